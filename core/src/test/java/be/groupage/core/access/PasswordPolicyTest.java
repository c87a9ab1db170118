package be.groupage.core.access;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void aLongPassphraseOfAnyScriptIsAccepted() {
        assertThat(policy.problems("les carottes de Gembloux", "cpas-namur")).isEmpty();
        assertThat(policy.problems("Zéro déchet à l'épicerie 🥕", "finance")).isEmpty();
        assertThat(policy.problems("vrijwilliger-in-het-depot", "ocmw-gent")).isEmpty();
    }

    @Test
    void aShortOrOverlongPasswordIsRefusedByItsLength() {
        assertThat(policy.problems("k8#vR2!qL0z", "cpas-namur")).containsExactly("Au moins 12 caractères. / at least 12 characters");
        assertThat(policy.problems("🥕".repeat(11), "x")).containsExactly("Au moins 12 caractères. / at least 12 characters");
        assertThat(policy.problems("a very long passphrase ".repeat(6), "x")).containsExactly("Au plus 128 caractères. / at most 128 characters");
    }

    @Test
    void controlCharactersAreRefused() {
        assertThat(policy.problems("long-enough\u0000secret", "x")).containsExactly("Sans caractère de contrôle. / no control character");
        assertThat(policy.problems("long-enough\u200Bsecret", "x")).containsExactly("Sans caractère de contrôle. / no control character");
    }

    @Test
    void commonPasswordsAreRefusedAlsoWithDigitsAndSymbolsAroundThem() {
        for (String common : new String[] {"motdepasse123", "Motdepasse2026!", "MotDePasse-2026", "Wachtwoord2026!", "Password1234", "2026-Bonjour!!",
                "123456789012", "azertyuiop123", "Groupage2026!", "Distri-Denrées 2026", "Distri-denrees2026"}) {
            assertThat(policy.problems(common, "someone")).as(common).containsExactly("Trop courant : facile à deviner. / too common, easy to guess");
        }
    }

    @Test
    void runsAlongTheKeyboardOrTheAlphabetAreRefused() {
        for (String run : new String[] {"azertyuiopqsdf", "QWERTYUIOPASDF", "abcdefghijklmn", "nmlkjihgfedcba", "wxcvbnazertyui"}) {
            assertThat(policy.problems(run, "someone")).as(run).hasSize(1).first().asString().startsWith("Une suite");
        }
    }

    @Test
    void fewDifferentCharactersOrTheLoginInsideAreRefused() {
        assertThat(policy.problems("abababababab", "someone")).containsExactly("Au moins 5 caractères différents. / at least 5 different characters");
        assertThat(policy.problems("cpas-namur-depot-2026", "CPAS-Namur")).containsExactly("Ne doit pas contenir l'identifiant. / must not contain the login");
        assertThat(policy.problems("the depot of ab is far", "ab")).isEmpty();
    }

    @Test
    void anotherListOfCommonPasswordsCanBeGiven() {
        PasswordPolicy strict = PasswordPolicy.withCommonPasswords(Set.of("carottes"));
        assertThat(strict.problems("Carottes-2026!", "x")).containsExactly("Trop courant : facile à deviner. / too common, easy to guess");
        assertThat(strict.problems("Motdepasse2026!", "x")).isEmpty();
    }

    @Property(tries = 500)
    void anythingShorterThanTwelveIsRefusedAndNothingThrows(@ForAll @StringLength(max = 140) String password, @ForAll String login) {
        var problems = policy.problems(password, login);
        if (password.codePointCount(0, password.length()) < PasswordPolicy.MIN_LENGTH) {
            assertThat(problems).contains("Au moins 12 caractères. / at least 12 characters");
        }
        assertThat(problems).doesNotContainNull().allSatisfy(p -> assertThat(p).contains(" / "));
    }
}
