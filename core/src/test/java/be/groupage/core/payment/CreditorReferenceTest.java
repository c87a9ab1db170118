package be.groupage.core.payment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditorReferenceTest {

    @Test
    void isoExampleIsValid() {
        assertThat(CreditorReference.parse("RF18 5390 0754 7034").electronic()).isEqualTo("RF18539007547034");
        assertThat(CreditorReference.parse("RF45G72UUR").electronic()).isEqualTo("RF45G72UUR");
    }

    @Test
    void computesCheckDigits() {
        assertThat(CreditorReference.of("539007547034").electronic()).isEqualTo("RF18539007547034");
        assertThat(CreditorReference.of("G72UUR").electronic()).isEqualTo("RF45G72UUR");
    }

    @Test
    void rejectsWrongCheckDigitsAndFormats() {
        assertThatThrownBy(() -> CreditorReference.parse("RF19539007547034"))
                .isInstanceOf(InvalidPaymentDataException.class).hasMessageContaining("check digits");
        assertThatThrownBy(() -> CreditorReference.parse("+++202/6000/12320+++"))
                .isInstanceOf(InvalidPaymentDataException.class);
        assertThatThrownBy(() -> CreditorReference.of("1234567890123456789012"))
                .isInstanceOf(InvalidPaymentDataException.class).hasMessageContaining("1 to 21");
    }
}
