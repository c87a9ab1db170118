package be.groupage.core.payment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IbanTest {

    @Test
    void belgianExampleIsValidAndFormattedInGroupsOfFour() {
        Iban iban = Iban.parse("BE68 5390 0754 7034");

        assertThat(iban.electronic()).isEqualTo("BE68539007547034");
        assertThat(iban.formatted()).isEqualTo("BE68 5390 0754 7034");
        assertThat(iban.countryCode()).isEqualTo("BE");
        assertThat(Iban.parse("be68539007547034")).isEqualTo(iban);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "DE89 3704 0044 0532 0130 00",
            "FR14 2004 1010 0505 0001 3M02 606",
            "NL91 ABNA 0417 1643 00",
            "GB82 WEST 1234 5698 7654 32",
            "LU28 0019 4006 4475 0000",
            "CH93 0076 2011 6238 5295 7",
            "NO93 8601 1117 947"})
    void otherSepaExamplesAreValid(String text) {
        assertThat(Iban.isValid(text)).isTrue();
        assertThat(Iban.parse(text).formatted()).isEqualTo(text);
    }

    @Test
    void rejectsWrongCheckDigits() {
        assertThatThrownBy(() -> Iban.parse("BE69 5390 0754 7034"))
                .isInstanceOf(InvalidPaymentDataException.class)
                .hasMessageContaining("check digits");
    }

    @Test
    void rejectsABelgianIbanWhoseNationalCheckIsWrong() {
        // BBAN 539007547035 breaks the Belgian mod-97 rule; its IBAN check digits are made right, so only the national check fails.
        String bban = "539007547035";
        int check = 98 - Iban.mod97(bban + "BE00");
        String iban = "BE" + (check < 10 ? "0" : "") + check + bban;

        assertThatThrownBy(() -> Iban.parse(iban))
                .isInstanceOf(InvalidPaymentDataException.class)
                .hasMessageContaining("Belgian account check digits");
    }

    @Test
    void rejectsAWrongLengthForTheCountry() {
        assertThatThrownBy(() -> Iban.parse("BE68 5390 0754 703"))
                .isInstanceOf(InvalidPaymentDataException.class)
                .hasMessageContaining("16 characters");
    }

    @Test
    void rejectsACountryOutsideSepa() {
        assertThatThrownBy(() -> Iban.parse("BR15 0000 0000 0000 1093 2840 814 P2"))
                .isInstanceOf(InvalidPaymentDataException.class)
                .hasMessageContaining("not a SEPA country");
    }

    @Test
    void rejectsStrayCharacters() {
        assertThat(Iban.isValid("BE68-5390-0754-7034")).isFalse();
        assertThat(Iban.isValid("B368 5390 0754 7034")).isFalse();
        assertThat(Iban.isValid("")).isFalse();
        assertThat(Iban.isValid(null)).isFalse();
    }

    @Test
    void knowsSepaLengths() {
        assertThat(Iban.lengthFor("BE")).contains(16);
        assertThat(Iban.lengthFor("fr")).contains(27);
        assertThat(Iban.lengthFor("US")).isEmpty();
    }
}
