package be.groupage.core.payment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StructuredCommunicationTest {

    @Test
    void domainExample_base2026000123_gives_202_6000_12320() {
        StructuredCommunication ogm = StructuredCommunication.ofBase(2026000123L);

        assertThat(ogm.checkDigits()).isEqualTo(20);
        assertThat(ogm.digits()).isEqualTo("202600012320");
        assertThat(ogm.formatted()).isEqualTo("+++202/6000/12320+++");
    }

    @Test
    void checkDigitsAre97WhenTheBaseIsAMultipleOf97() {
        assertThat(StructuredCommunication.ofBase(97).formatted()).isEqualTo("+++000/0000/09797+++");
        assertThat(StructuredCommunication.ofBase(0).formatted()).isEqualTo("+++000/0000/00097+++");
    }

    @Test
    void leadingZerosOfTheBaseAreKept() {
        assertThat(StructuredCommunication.ofBase(123).formatted()).isEqualTo("+++000/0000/12326+++");
    }

    @Test
    void parsesTheLayoutsPeopleType() {
        StructuredCommunication expected = StructuredCommunication.ofBase(2026000123L);

        assertThat(StructuredCommunication.parse("+++202/6000/12320+++")).isEqualTo(expected);
        assertThat(StructuredCommunication.parse("***202/6000/12320***")).isEqualTo(expected);
        assertThat(StructuredCommunication.parse("202/6000/12320")).isEqualTo(expected);
        assertThat(StructuredCommunication.parse("202600012320")).isEqualTo(expected);
        assertThat(StructuredCommunication.parse(" +++ 202 / 6000 / 12320 +++ ")).isEqualTo(expected);
        assertThat(StructuredCommunication.parse("+++202600012320+++")).isEqualTo(expected);
    }

    @Test
    void rejectsWrongCheckDigits() {
        assertThatThrownBy(() -> StructuredCommunication.parse("+++202/6000/12321+++"))
                .isInstanceOf(InvalidPaymentDataException.class)
                .hasMessageContaining("check digits")
                .hasMessageContaining("expected 20");
        assertThat(StructuredCommunication.isValid("+++000/0000/00000+++")).as("00 is never a check value").isFalse();
    }

    @Test
    void rejectsMalformedText() {
        assertThat(StructuredCommunication.isValid("+++202/6000/12320***")).isFalse();
        assertThat(StructuredCommunication.isValid("+++202/6000/12320")).isFalse();
        assertThat(StructuredCommunication.isValid("2026/000/12320")).isFalse();
        assertThat(StructuredCommunication.isValid("20260001232")).isFalse();
        assertThat(StructuredCommunication.isValid("2026000123200")).isFalse();
        assertThat(StructuredCommunication.isValid("20260001232O")).isFalse();
        assertThat(StructuredCommunication.isValid("")).isFalse();
        assertThat(StructuredCommunication.isValid(null)).isFalse();
    }

    @Test
    void rejectsABaseOfMoreThanTenDigits() {
        assertThatThrownBy(() -> StructuredCommunication.ofBase(10_000_000_000L))
                .isInstanceOf(InvalidPaymentDataException.class)
                .satisfies(e -> assertThat(((InvalidPaymentDataException) e).field()).isEqualTo("structuredCommunication"));
        assertThatThrownBy(() -> StructuredCommunication.ofBase(-1)).isInstanceOf(InvalidPaymentDataException.class);
    }

    @Test
    void findsTheOgmsTypedInAFreeText() {
        StructuredCommunication a = StructuredCommunication.ofBase(2026000123L);
        StructuredCommunication b = StructuredCommunication.ofBase(2026000124L);

        assertThat(StructuredCommunication.findIn("facture +++202/6000/12320+++ merci")).containsExactly(a);
        assertThat(StructuredCommunication.findIn("VCS 202 6000 12320")).containsExactly(a);
        assertThat(StructuredCommunication.findIn("202600012320")).containsExactly(a);
        assertThat(StructuredCommunication.findIn("***202.6000.12320*** et " + b.formatted() + " et encore " + a.digits()))
                .containsExactly(a, b);
    }

    @Test
    void aMistypedOgmInAFreeTextIsACandidateButNotFound() {
        assertThat(StructuredCommunication.candidatesIn("paiement 202/6000/12321")).containsExactly("202600012321");
        assertThat(StructuredCommunication.findIn("paiement 202/6000/12321")).isEmpty();
    }

    @Test
    void longerRunsOfDigitsAndOtherNumbersAreNoCandidates() {
        assertThat(StructuredCommunication.candidatesIn("BE68539007547034")).isEmpty();
        assertThat(StructuredCommunication.candidatesIn("2026-000123 tel 0471234567")).isEmpty();
        assertThat(StructuredCommunication.candidatesIn("1202600012320")).isEmpty();
    }
}
