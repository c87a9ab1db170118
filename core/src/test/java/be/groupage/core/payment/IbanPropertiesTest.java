package be.groupage.core.payment;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class IbanPropertiesTest {

    /** A Belgian IBAN built by the rules: 10 digits, national check, then the ISO 13616 check digits. */
    @Provide
    Arbitrary<String> belgianIbans() {
        return Arbitraries.longs().between(0, 9_999_999_999L).map(first10 -> {
            long national = first10 % 97 == 0 ? 97 : first10 % 97;
            String bban = String.format("%010d%02d", first10, national);
            int check = 98 - Iban.mod97(bban + "BE00");
            return String.format("BE%02d%s", check, bban);
        });
    }

    @Property(tries = 3000)
    void wellFormedBelgianIbansAreAcceptedAndRoundTrip(@ForAll("belgianIbans") String text) {
        Iban iban = Iban.parse(text);

        assertThat(Iban.parse(iban.formatted())).isEqualTo(iban);
        assertThat(iban.electronic()).isEqualTo(text);
        assertThat(iban.formatted()).hasSize(19).matches("BE\\d{2}( \\d{4}){3}");
    }

    @Property(tries = 3000)
    void anySingleDigitChangeIsRejected(@ForAll("belgianIbans") String text,
                                        @ForAll @IntRange(min = 2, max = 15) int position,
                                        @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] chars = text.toCharArray();
        chars[position] = (char) ('0' + (chars[position] - '0' + shift) % 10);

        assertThat(Iban.isValid(new String(chars))).isFalse();
    }

    @Property(tries = 3000)
    void anyAdjacentSwapOfDifferentDigitsIsRejected(@ForAll("belgianIbans") String text,
                                                    @ForAll @IntRange(min = 2, max = 14) int position) {
        char[] chars = text.toCharArray();
        if (chars[position] == chars[position + 1]) {
            return;
        }
        char c = chars[position];
        chars[position] = chars[position + 1];
        chars[position + 1] = c;

        assertThat(Iban.isValid(new String(chars))).isFalse();
    }
}
