package be.groupage.core.receivables;

import be.groupage.core.banking.StatementEntry;
import be.groupage.core.money.Money;
import be.groupage.core.payment.StructuredCommunication;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static be.groupage.core.receivables.Fixtures.ANDENNE_ACCOUNT;
import static be.groupage.core.receivables.Fixtures.NAMUR_ACCOUNT;
import static be.groupage.core.receivables.Fixtures.RESTO_ACCOUNT;
import static be.groupage.core.receivables.Fixtures.credit;
import static be.groupage.core.receivables.Fixtures.free;
import static be.groupage.core.receivables.Fixtures.invoice;
import static be.groupage.core.receivables.Fixtures.number;
import static be.groupage.core.receivables.Fixtures.ogm;
import static be.groupage.core.receivables.Fixtures.structured;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentMatcherTest {

    private static final PaymentMatcher MATCHER = PaymentMatcher.of(List.of(
            Debtor.of("CPAS-NAMUR", "CPAS de Namur", Set.of(NAMUR_ACCOUNT)),
            Debtor.of("RESTO", "Le Resto du Cœur", Set.of(RESTO_ACCOUNT)),
            Debtor.of("CPAS-ANDENNE", "CPAS d'Andenne", Set.of(ANDENNE_ACCOUNT))));

    private static final ReceivablesLedger LEDGER = ReceivablesLedger.of(List.of(
            invoice(1, "CPAS-NAMUR", "50.97"),
            invoice(2, "CPAS-NAMUR", "120.00"),
            invoice(3, "RESTO", "80.00"),
            invoice(4, "RESTO", "35.50"),
            invoice(5, "CPAS-ANDENNE", "80.00"),
            invoice(6, "RESTO", "12.25")));

    private static Suggestion best(StatementEntry credit) {
        assertThat(MATCHER.automatic(credit, LEDGER)).isEmpty();
        List<Suggestion> suggestions = MATCHER.suggest(credit, LEDGER);
        assertThat(suggestions).isNotEmpty();
        return suggestions.get(0);
    }

    @Test
    void aStructuredOgmPaysItsInvoiceAutomatically() {
        AppliedCredit applied = MATCHER.automatic(structured("R1", "50.97", 1), LEDGER).orElseThrow();

        assertThat(applied.memberCode()).isEqualTo("CPAS-NAMUR");
        assertThat(applied.allocations()).containsExactly(Allocation.of(number(1), Money.euros("50.97")));
        assertThat(applied.excess()).isEqualTo(Money.zero());
        assertThat(applied.isAutomatic()).isTrue();
    }

    @Test
    void aStructuredOgmForLessPaysPartOfItsInvoice() {
        AppliedCredit applied = MATCHER.automatic(structured("R1", "20.00", 2), LEDGER).orElseThrow();

        assertThat(applied.allocations()).containsExactly(Allocation.of(number(2), Money.euros("20.00")));
        assertThat(applied.excess()).isEqualTo(Money.zero());
    }

    @Test
    void aStructuredOgmForMoreLeavesTheExcessOnTheMembersAccount() {
        AppliedCredit applied = MATCHER.automatic(structured("R1", "60.00", 1), LEDGER).orElseThrow();

        assertThat(applied.allocations()).containsExactly(Allocation.of(number(1), Money.euros("50.97")));
        assertThat(applied.excess()).isEqualTo(Money.euros("9.03"));
    }

    @Test
    void aStructuredOgmOfNoInvoiceIsNotAppliedAndADebitNeverIs() {
        assertThat(MATCHER.automatic(structured("R1", "50.97", 99), LEDGER)).isEmpty();
        assertThat(MATCHER.automatic(free("R1", "50.97", ogm(1).formatted()), LEDGER)).isEmpty();
    }

    @Test
    void anOgmTypedAsFreeTextIsSuggestedFirstWhateverItsLayout() {
        for (String text : List.of("+++202/6000/00394+++", "202/6000/00394", "202600000394", "Facture ***202.6000.00394***")) {
            assertThat(StructuredCommunication.findIn(text)).containsExactly(ogm(3));
            Suggestion best = best(free("R1", "80.00", text));

            assertThat(best.allocations()).as(text).containsExactly(Allocation.of(number(3), Money.euros("80.00")));
            assertThat(best.evidence()).contains(Evidence.OGM_IN_FREE_TEXT, Evidence.AMOUNT_EQUALS_OPEN);
        }
    }

    @Test
    void anOgmOneDigitOffOrWithTwoDigitsSwappedIsSuggested() {
        String right = ogm(4).digits();
        String oneOff = right.substring(0, 11) + (char) ('0' + (right.charAt(11) - '0' + 1) % 10);
        String swapped = right.substring(0, 3) + right.charAt(4) + right.charAt(3) + right.substring(5);
        assertThat(swapped).isNotEqualTo(right);

        for (String typed : List.of(oneOff, swapped)) {
            Suggestion best = best(free("R1", "30.00", "VCS " + typed));

            assertThat(best.invoiceNumbers()).as(typed).containsExactly(number(4));
            assertThat(best.evidence()).containsExactly(Evidence.OGM_ONE_SLIP);
        }
    }

    @Test
    void aStructuredOgmWithWrongCheckDigitsPassedOnAsTextIsSuggested() {
        String wrong = ogm(1).digits().substring(0, 11) + "9";

        Suggestion best = best(free("R1", "50.97", wrong));

        assertThat(best.invoiceNumbers()).containsExactly(number(1));
        assertThat(best.evidence()).contains(Evidence.OGM_ONE_SLIP, Evidence.AMOUNT_EQUALS_OPEN);
    }

    @Test
    void aTransferListingSeveralOgmsIsSuggestedOverAllOfThem() {
        Suggestion best = best(free("R1", "100.00", ogm(3).formatted() + " " + ogm(6).formatted()));

        assertThat(best.memberCode()).isEqualTo("RESTO");
        assertThat(best.allocations()).containsExactly(
                Allocation.of(number(3), Money.euros("80.00")), Allocation.of(number(6), Money.euros("12.25")));
        assertThat(best.excess()).isEqualTo(Money.euros("7.75"));
        assertThat(best.total()).isEqualTo(Money.euros("100.00"));
    }

    @Test
    void aTransferListingInvoiceNumbersIsSuggestedOverThem() {
        Suggestion best = best(free("R1", "115.50", "factures 2026-000003 et 2026/000004"));

        assertThat(best.invoiceNumbers()).containsExactly(number(3), number(4));
        assertThat(best.evidence()).containsExactlyInAnyOrder(Evidence.INVOICE_NUMBER_IN_TEXT, Evidence.AMOUNT_EQUALS_SUM_OF_OPEN);
        assertThat(best.excess()).isEqualTo(Money.zero());
    }

    @Test
    void anAmountEqualToTheSumOfSeveralOpenInvoicesOfOneMemberIsSuggested() {
        Suggestion best = best(free("R1", "47.75", ""));

        assertThat(best.memberCode()).isEqualTo("RESTO");
        assertThat(best.invoiceNumbers()).containsExactly(number(4), number(6));
        assertThat(best.evidence()).containsExactly(Evidence.AMOUNT_EQUALS_SUM_OF_OPEN);
    }

    @Test
    void theKnownAccountDecidesBetweenTwoInvoicesOfTheSameAmount() {
        StatementEntry fromAndenne = credit("R1", "80.00", Optional.empty(), "", "", Optional.of(ANDENNE_ACCOUNT));
        StatementEntry fromResto = credit("R1", "80.00", Optional.empty(), "", "ASBL LE RESTO DU COEUR", Optional.empty());

        assertThat(best(fromAndenne).invoiceNumbers()).containsExactly(number(5));
        assertThat(best(fromAndenne).evidence()).containsExactlyInAnyOrder(Evidence.AMOUNT_EQUALS_OPEN, Evidence.KNOWN_ACCOUNT);
        assertThat(best(fromResto).invoiceNumbers()).containsExactly(number(3));
        assertThat(best(fromResto).evidence()).contains(Evidence.MEMBER_NAME);
    }

    @Test
    void aRecognisedPayerWithoutReferenceIsSuggestedItsEarliestInvoicesFirst() {
        StatementEntry credit = credit("R1", "100.00", Optional.empty(), "merci", "CPAS DE NAMUR", Optional.of(NAMUR_ACCOUNT));

        Suggestion best = best(credit);

        assertThat(best.allocations()).containsExactly(
                Allocation.of(number(1), Money.euros("50.97")), Allocation.of(number(2), Money.euros("49.03")));
        assertThat(best.evidence()).containsExactlyInAnyOrder(Evidence.KNOWN_ACCOUNT, Evidence.MEMBER_NAME);
    }

    @Test
    void aCreditPointingAtNothingHasNoSuggestion() {
        assertThat(MATCHER.suggest(free("R1", "1.23", "don"), LEDGER)).isEmpty();
    }

    @Test
    void suggestionsAreRankedByScoreAndAtMostFive() {
        List<Suggestion> suggestions = MATCHER.suggest(
                credit("R1", "80.00", Optional.empty(), "facture 2026-000005", "", Optional.of(ANDENNE_ACCOUNT)), LEDGER);

        assertThat(suggestions).hasSizeLessThanOrEqualTo(PaymentMatcher.MAX_SUGGESTIONS);
        assertThat(suggestions.get(0).invoiceNumbers()).containsExactly(number(5));
        assertThat(suggestions).extracting(Suggestion::score).isSortedAccordingTo((a, b) -> b - a);
        assertThat(suggestions).anySatisfy(s -> assertThat(s.invoiceNumbers()).containsExactly(number(3)));
    }

    @Test
    void namesAreComparedWithoutCaseAccentsOrPunctuation() {
        assertThat(PaymentMatcher.words("CPAS d'Andenne — Cœur, Liège")).isEqualTo("CPAS D ANDENNE COEUR LIEGE");
        assertThat(PaymentMatcher.oneSlip("123", "124")).isTrue();
        assertThat(PaymentMatcher.oneSlip("123", "213")).isTrue();
        assertThat(PaymentMatcher.oneSlip("123", "321")).isFalse();
        assertThat(PaymentMatcher.oneSlip("123", "223")).isTrue();
        assertThat(PaymentMatcher.oneSlip("1234", "2143")).isFalse();
    }
}
