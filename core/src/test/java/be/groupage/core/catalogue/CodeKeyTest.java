package be.groupage.core.catalogue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Codes compared as MariaDB's utf8mb4_unicode_ci compares them (each pair as the real server answered it). */
class CodeKeyTest {

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "ABC-1|abc-1|true", "CAFÉ|CAFE|true", "café|CAFE|true", "straße|STRASSE|true", "ÇA-VA|ca-va|true",
            "naïve|NAIVE|true", "ŒUF|oeuf|true", "Ñ-1|n-1|true", "ﬁ-1|FI-1|true", "Ａ-1|A-1|true", "İ|i|true",
            "ĳ|IJ|true", "Ⅳ|IV|true", "ſ|s|true", "A\u200B1|A1|true", "'A1 '|A1|true",
            "ABC-1|ABC-2|false", "A-1|A1|false", "A-1|A_1|false", "'A 1'|A1|false", "ØRE|ORE|false", "Ł-1|L-1|false",
            "Æ|AE|false", "Đ-1|D-1|false", "ß|s|false", "ı|I|false", "ẞ|SS|false", "x|×|false", "A\u00AD1|A1|false"})
    void equalExactlyWhenTheCollationCallsThemEqual(String one, String other, boolean same) {
        assertThat(CodeKey.same(one, other)).isEqualTo(same);
        if (same) {
            assertThat(CodeKey.of(one)).hasSameHashCodeAs(CodeKey.of(other));
        }
    }

    @Property
    void caseNeverMattersForAsciiCodes(@ForAll("asciiCodes") String code) {
        assertThat(CodeKey.of(code.toLowerCase(Locale.ROOT))).isEqualTo(CodeKey.of(code.toUpperCase(Locale.ROOT)));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> asciiCodes() {
        return net.jqwik.api.Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.")
                .ofMinLength(1).ofMaxLength(40);
    }
}
