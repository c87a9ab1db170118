package be.groupage.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class KboNumberTest {

    @Test
    void accepts_the_usual_spellings_and_keeps_ten_digits() {
        assertThat(KboNumber.of("0203.201.340").digits()).isEqualTo("0203201340");
        assertThat(KboNumber.of("BE 0203 201 340")).isEqualTo(KboNumber.of("0203201340"));
        assertThat(KboNumber.of("203.201.340").formatted()).isEqualTo("0203.201.340");
        assertThat(KboNumber.of("be0850.777.003").formatted()).isEqualTo("0850.777.003");
    }

    @Test
    void rejects_a_wrong_check_a_wrong_length_or_a_bad_first_digit() {
        assertThatThrownBy(() -> KboNumber.of("0203.201.341")).isInstanceOf(InvalidKboNumberException.class)
                .hasMessage("KBO number 0203201341 fails its check: the last two digits should be 40");
        assertThatThrownBy(() -> KboNumber.of("0203.201.34")).isInstanceOf(InvalidKboNumberException.class);
        assertThatThrownBy(() -> KboNumber.of("2203.201.340")).isInstanceOf(InvalidKboNumberException.class);
        assertThatThrownBy(() -> KboNumber.of("ABCD.EFG.HIJ")).isInstanceOf(InvalidKboNumberException.class);
        assertThat(KboNumber.isValid("0412.506.059")).isTrue();
        assertThat(KboNumber.isValid("0412.506.095")).isFalse();
    }

    @Property(tries = 3000)
    void every_number_built_with_its_check_digits_is_valid(@ForAll @LongRange(min = 0, max = 19_999_999) long firstEight) {
        String digits = String.format("%08d%02d", firstEight, KboNumber.checkDigits(firstEight));

        assertThat(KboNumber.isValid(digits)).isTrue();
        assertThat(KboNumber.of("BE" + digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7)).digits())
                .isEqualTo(digits);
    }

    @Property(tries = 3000)
    void changing_any_one_digit_makes_a_number_invalid(@ForAll @LongRange(min = 0, max = 19_999_999) long firstEight,
                                                       @ForAll @IntRange(min = 0, max = 9) int position,
                                                       @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] digits = String.format("%08d%02d", firstEight, KboNumber.checkDigits(firstEight)).toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);

        assertThat(KboNumber.isValid(new String(digits))).isFalse();
    }
}
