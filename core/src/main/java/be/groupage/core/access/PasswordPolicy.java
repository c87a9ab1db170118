package be.groupage.core.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a new password must be (OWASP ASVS 4.0 level 1, V2.1): at least {@value #MIN_LENGTH} characters and at most
 * {@value #MAX_LENGTH} (counted as people count them, an accented letter or an emoji is one), any printable
 * character including spaces and letters of any script (no composition rule: length is what makes a password
 * strong), no control character; and not an obvious one: not one of the passwords people choose first (a list in
 * French, Dutch and English, also with only digits and symbols around it, e.g. {@code Motdepasse2026!}), not a run
 * along the keyboard or the alphabet, not made of fewer than {@value #MIN_DISTINCT} different characters, and not
 * containing the login.
 *
 * <p>Stateless; {@link #standard()} is the policy the service applies.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int MIN_DISTINCT = 5;

    private static final List<String> RUNS = List.of("azertyuiopqsdfghjklmwxcvbn", "qwertyuiopasdfghjklzxcvbnm", "qwertzuiopasdfghjklyxcvbnm",
            "abcdefghijklmnopqrstuvwxyz", "01234567890", "09876543210", "zyxwvutsrqponmlkjihgfedcba", "&é\"'(-è_çà)=");

    private static final PasswordPolicy STANDARD = new PasswordPolicy(load());

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The policy with the list of common passwords shipped with core. */
    public static PasswordPolicy standard() {
        return STANDARD;
    }

    /** A policy over another list of common passwords (lower case), for tests. */
    public static PasswordPolicy withCommonPasswords(Set<String> common) {
        return new PasswordPolicy(Objects.requireNonNull(common, "common"));
    }

    /**
     * What is wrong with a new password for this login, each reason in French then English ({@code "… / …"}); empty
     * when it is acceptable.
     */
    public List<String> problems(String password, String login) {
        Objects.requireNonNull(password, "password");
        List<String> problems = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("Au moins " + MIN_LENGTH + " caractères. / at least " + MIN_LENGTH + " characters");
        } else if (length > MAX_LENGTH) {
            problems.add("Au plus " + MAX_LENGTH + " caractères. / at most " + MAX_LENGTH + " characters");
        }
        if (password.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            problems.add("Sans caractère de contrôle. / no control character");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        String lower = fold(password);
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            problems.add("Au moins " + MIN_DISTINCT + " caractères différents. / at least " + MIN_DISTINCT + " different characters");
        } else if (isCommon(lower)) {
            problems.add("Trop courant : facile à deviner. / too common, easy to guess");
        } else if (isRun(lower)) {
            problems.add("Une suite du clavier ou de l'alphabet se devine. / a run along the keyboard or the alphabet is easy to guess");
        }
        if (login != null && login.strip().length() >= 3 && lower.contains(fold(login.strip()))) {
            problems.add("Ne doit pas contenir l'identifiant. / must not contain the login");
        }
        return problems;
    }

    /** Whether the password, or what is left of it without the digits and symbols around it, is a common one. */
    private boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        String stem = lower.substring(start, end);
        return stem.isEmpty() ? isDigitsAndSymbolsOnlyCommon(lower) : common.contains(stem);
    }

    /** A password of digits and symbols only is common when its digits are a common one (e.g. {@code 123456789012}). */
    private boolean isDigitsAndSymbolsOnlyCommon(String lower) {
        String digits = lower.replaceAll("\\D", "");
        return common.contains(digits) || isRun(digits);
    }

    /** Whether it is (a repetition of) a run along a keyboard row or the alphabet, either way. */
    private static boolean isRun(String lower) {
        String plain = lower.replaceAll("\\s", "");
        for (String run : RUNS) {
            String twice = run + run;
            if (twice.contains(plain) || new StringBuilder(twice).reverse().toString().contains(plain)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without accents, as people type the same word either way. */
    private static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from core");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(fold(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
