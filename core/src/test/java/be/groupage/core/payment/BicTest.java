package be.groupage.core.payment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BicTest {

    @Test
    void acceptsEightAndElevenCharacters() {
        assertThat(Bic.parse("GKCCBEBB").code()).isEqualTo("GKCCBEBB");
        assertThat(Bic.parse(" gebabebbxxx ").code()).isEqualTo("GEBABEBBXXX");
        assertThat(Bic.parse("KREDBEBB").countryCode()).isEqualTo("BE");
        assertThat(Bic.parse("BBRUBEB1").code()).isEqualTo("BBRUBEB1");
    }

    @Test
    void rejectsWrongFormats() {
        assertThat(Bic.isValid("GKCCBEB")).isFalse();
        assertThat(Bic.isValid("GKCCBEBBX")).isFalse();
        assertThat(Bic.isValid("GKC1BEBB")).as("institution is letters").isFalse();
        assertThat(Bic.isValid("GKCCB3BB")).as("country is letters").isFalse();
        assertThat(Bic.isValid("GKCCBEB-")).isFalse();
        assertThatThrownBy(() -> Bic.parse("GKCC"))
                .isInstanceOf(InvalidPaymentDataException.class)
                .hasMessageContaining("8 or 11");
    }
}
