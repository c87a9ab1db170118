package be.groupage.core.payment;

import be.groupage.core.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EpcQrPayloadTest {

    private static final Iban IBAN = Iban.parse("BE68 5390 0754 7034");
    private static final Bic BIC = Bic.parse("GKCCBEBB");

    @Test
    void invoiceWithOgm_lineByLine() {
        EpcQrPayload payload = EpcQrPayload.forInvoice("Distri-denrées", IBAN, Optional.of(BIC),
                Money.euros("50.97"), StructuredCommunication.ofBase(2026000123L));

        assertThat(payload.lines()).containsExactly(
                "BCD",
                "002",
                "1",
                "SCT",
                "GKCCBEBB",
                "Distri-denrées",
                "BE68539007547034",
                "EUR50.97",
                "",
                "",
                "+++202/6000/12320+++");
        assertThat(payload.text()).isEqualTo(
                "BCD\n002\n1\nSCT\nGKCCBEBB\nDistri-denrées\nBE68539007547034\nEUR50.97\n\n\n+++202/6000/12320+++");
    }

    @Test
    void bicMayBeLeftEmptyInVersion002() {
        EpcQrPayload payload = EpcQrPayload.forInvoice("Distri-denrées", IBAN, Optional.empty(),
                Money.euros("50.97"), StructuredCommunication.ofBase(2026000123L));

        assertThat(payload.lines().get(4)).isEmpty();
        assertThat(payload.lines()).hasSize(11);
    }

    @Test
    void creditorReferenceGoesToTheStructuredFieldAndTheTextFieldStaysEmpty() {
        EpcQrPayload payload = EpcQrPayload.builder()
                .beneficiaryName("Coopérative Paysanne")
                .iban(IBAN)
                .amount(Money.euros("12.3"))
                .purpose("GDDS")
                .remittance(Remittance.reference(CreditorReference.parse("RF18539007547034")))
                .note("Merci")
                .build();

        assertThat(payload.text()).isEqualTo(
                "BCD\n002\n1\nSCT\n\nCoopérative Paysanne\nBE68539007547034\nEUR12.30\nGDDS\nRF18539007547034\n\nMerci");
    }

    @Test
    void trailingEmptyElementsAreOmitted() {
        EpcQrPayload payload = EpcQrPayload.builder()
                .beneficiaryName("CPAS de Namur")
                .iban(IBAN)
                .amount(Money.euros("1000"))
                .build();

        assertThat(payload.text()).isEqualTo("BCD\n002\n1\nSCT\n\nCPAS de Namur\nBE68539007547034\nEUR1000.00");
        assertThat(payload.text()).doesNotEndWith("\n");
    }

    @Test
    void amountLimits() {
        EpcQrPayload.Builder builder = EpcQrPayload.builder().beneficiaryName("X").iban(IBAN);

        assertThat(builder.amount(Money.euros("0.01")).build().lines().get(7)).isEqualTo("EUR0.01");
        assertThat(builder.amount(Money.euros("999999999.99")).build().lines().get(7)).isEqualTo("EUR999999999.99");
        assertThatThrownBy(() -> builder.amount(Money.euros("0.00")).build())
                .isInstanceOf(InvalidPaymentDataException.class).hasMessageStartingWith("amount:");
        assertThatThrownBy(() -> builder.amount(Money.euros("1000000000.00")).build())
                .isInstanceOf(InvalidPaymentDataException.class).hasMessageStartingWith("amount:");
        assertThatThrownBy(() -> builder.amount(Money.euros("10.005")).build())
                .isInstanceOf(InvalidPaymentDataException.class).hasMessageContaining("exact to the cent");
        assertThatThrownBy(() -> builder.amount(Money.of(BigDecimal.TEN, Currency.getInstance("CHF"))).build())
                .isInstanceOf(InvalidPaymentDataException.class).hasMessageContaining("EUR");
    }

    @Test
    void lengthsAreEnforcedWithTheFieldNamed() {
        EpcQrPayload.Builder builder = EpcQrPayload.builder().iban(IBAN).amount(Money.euros("5"));

        assertThat(builder.beneficiaryName("é".repeat(70)).build().lines().get(5)).hasSize(70);
        assertThatThrownBy(() -> builder.beneficiaryName("n".repeat(71)).build())
                .isInstanceOf(InvalidPaymentDataException.class)
                .hasMessage("beneficiaryName: has at most 70 characters, not 71");
        builder.beneficiaryName("Name");
        assertThatThrownBy(() -> builder.beneficiaryName(" ").build())
                .isInstanceOf(InvalidPaymentDataException.class).hasMessageStartingWith("beneficiaryName:");
        builder.beneficiaryName("Name");
        assertThatThrownBy(() -> Remittance.text("t".repeat(141)))
                .isInstanceOf(InvalidPaymentDataException.class).hasMessageStartingWith("remittanceText:");
        assertThat(Remittance.text("t".repeat(140)).textField()).hasSize(140);
        assertThatThrownBy(() -> builder.note("n".repeat(71)).build())
                .isInstanceOf(InvalidPaymentDataException.class).hasMessageStartingWith("note:");
        builder.note("");
        assertThatThrownBy(() -> builder.purpose("GDDSX").build())
                .isInstanceOf(InvalidPaymentDataException.class).hasMessageStartingWith("purpose:");
        assertThatThrownBy(() -> builder.purpose("gdds").build())
                .isInstanceOf(InvalidPaymentDataException.class).hasMessageStartingWith("purpose:");
    }

    @Test
    void aLineBreakInsideAFieldIsRefused() {
        assertThatThrownBy(() -> EpcQrPayload.builder().beneficiaryName("CPAS\nNamur").iban(IBAN).amount(Money.euros("5")).build())
                .isInstanceOf(InvalidPaymentDataException.class).hasMessageContaining("single line");
        assertThatThrownBy(() -> Remittance.text("a\rb")).isInstanceOf(InvalidPaymentDataException.class);
    }

    @Test
    void payloadOver331BytesIsRefused() {
        // 70 two-byte names + 140 three-byte remittance characters + a 70-character note go beyond 331 bytes.
        assertThatThrownBy(() -> EpcQrPayload.builder()
                .beneficiaryName("é".repeat(70))
                .iban(IBAN)
                .amount(Money.euros("5"))
                .remittance(Remittance.text("€".repeat(140)))
                .note("n".repeat(70))
                .build())
                .isInstanceOf(InvalidPaymentDataException.class)
                .hasMessageStartingWith("payload:");
    }

    @Test
    void missingMandatoryElements() {
        assertThatThrownBy(() -> EpcQrPayload.builder().beneficiaryName("X").amount(Money.euros("5")).build())
                .isInstanceOf(InvalidPaymentDataException.class).hasMessageStartingWith("iban:");
        assertThatThrownBy(() -> EpcQrPayload.builder().beneficiaryName("X").iban(IBAN).build())
                .isInstanceOf(InvalidPaymentDataException.class).hasMessageStartingWith("amount:");
        assertThatThrownBy(() -> EpcQrPayload.builder().iban(IBAN).amount(Money.euros("5")).build())
                .isInstanceOf(InvalidPaymentDataException.class).hasMessageStartingWith("beneficiaryName:");
    }
}
