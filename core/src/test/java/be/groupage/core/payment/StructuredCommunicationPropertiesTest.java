package be.groupage.core.payment;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;

class StructuredCommunicationPropertiesTest {

    @Property(tries = 5000)
    void formattedAndDigitsRoundTrip(@ForAll @LongRange(min = 0, max = 9_999_999_999L) long base) {
        StructuredCommunication ogm = StructuredCommunication.ofBase(base);

        assertThat(StructuredCommunication.parse(ogm.formatted())).isEqualTo(ogm);
        assertThat(StructuredCommunication.parse(ogm.digits())).isEqualTo(ogm);
        assertThat(StructuredCommunication.parse(ogm.formatted().replace('+', '*'))).isEqualTo(ogm);
        assertThat(ogm.base()).isEqualTo(base);
        assertThat(ogm.formatted()).matches("\\+\\+\\+\\d{3}/\\d{4}/\\d{5}\\+\\+\\+");
        long check = Long.parseLong(ogm.digits().substring(10));
        assertThat(check).isBetween(1L, 97L).isEqualTo(base % 97 == 0 ? 97 : base % 97);
    }

    @Property(tries = 5000)
    void anySingleDigitChangeIsRejected(@ForAll @LongRange(min = 0, max = 9_999_999_999L) long base,
                                        @ForAll @IntRange(min = 0, max = 11) int position,
                                        @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] digits = StructuredCommunication.ofBase(base).digits().toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);

        assertThat(StructuredCommunication.isValid(new String(digits))).isFalse();
    }

    @Property(tries = 3000)
    void anyAdjacentSwapOfDifferentDigitsInTheBaseIsRejected(@ForAll @LongRange(min = 0, max = 9_999_999_999L) long base,
                                                              @ForAll @IntRange(min = 0, max = 8) int position) {
        char[] digits = StructuredCommunication.ofBase(base).digits().toCharArray();
        if (digits[position] == digits[position + 1]) {
            return;
        }
        char c = digits[position];
        digits[position] = digits[position + 1];
        digits[position + 1] = c;

        assertThat(StructuredCommunication.isValid(new String(digits))).isFalse();
    }
}
