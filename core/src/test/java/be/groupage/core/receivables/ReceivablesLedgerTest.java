package be.groupage.core.receivables;

import be.groupage.core.banking.BankStatement;
import be.groupage.core.banking.StatementFile;
import be.groupage.core.banking.CodaReader;
import be.groupage.core.banking.StatementEntry;
import be.groupage.core.banking.StatementId;
import be.groupage.core.invoicing.CreditNote;
import be.groupage.core.invoicing.Invoice;
import be.groupage.core.invoicing.InvoiceDraft;
import be.groupage.core.invoicing.InvoiceLine;
import be.groupage.core.invoicing.InvoiceSeries;
import be.groupage.core.invoicing.PaymentTerms;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import be.groupage.core.payment.StructuredCommunication;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static be.groupage.core.receivables.Fixtures.ANDENNE_ACCOUNT;
import static be.groupage.core.receivables.Fixtures.DUE;
import static be.groupage.core.receivables.Fixtures.NAMUR_ACCOUNT;
import static be.groupage.core.receivables.Fixtures.RESTO_ACCOUNT;
import static be.groupage.core.receivables.Fixtures.invoice;
import static be.groupage.core.receivables.Fixtures.number;
import static be.groupage.core.receivables.Fixtures.structured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceivablesLedgerTest {

    static final PaymentMatcher MATCHER = PaymentMatcher.of(List.of(
            Debtor.of("CPAS-NAMUR", "CPAS de Namur", Set.of(NAMUR_ACCOUNT)),
            Debtor.of("RESTO", "Le Resto du Cœur", Set.of(RESTO_ACCOUNT)),
            Debtor.of("CPAS-ANDENNE", "CPAS d'Andenne", Set.of(ANDENNE_ACCOUNT))));

    /** The invoices the sample statement pays: 123 and 124 by structured OGM, the others by free text or payer. */
    static final ReceivablesLedger LEDGER = ReceivablesLedger.of(List.of(
            invoice(123, "CPAS-NAMUR", "50.97"),
            invoice(124, "CPAS-ANDENNE", "150.00"),
            invoice(125, "RESTO", "80.00"),
            invoice(126, "RESTO", "35.50"),
            invoice(127, "CPAS-NAMUR", "100.00")));

    static BankStatement sample() {
        try (InputStream in = ReceivablesLedgerTest.class.getResourceAsStream("/coda/several-credits-and-a-debit.cod")) {
            StatementFile read = CodaReader.read(in);
            assertThat(read.errors()).isEmpty();
            return read.statements().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void importingTheSampleStatementAppliesTheStructuredCreditsAndAsksAboutTheOthers() {
        StatementImport result = LEDGER.importStatement(sample(), MATCHER);
        ReceivablesLedger ledger = result.ledger();

        assertThat(result.alreadyImported()).isFalse();
        assertThat(result.applied()).extracting(AppliedCredit::allocations).containsExactly(
                List.of(Allocation.of(number(123), Money.euros("50.97"))), List.of(Allocation.of(number(124), Money.euros("100.00"))));
        assertThat(result.debits()).hasSize(1);
        assertThat(result.toConfirm()).hasSize(3);
        assertThat(result.toConfirm()).extracting(p -> p.suggestions().get(0).invoiceNumbers()).containsExactly(
                List.of(number(125)), List.of(number(126)), List.of(number(127)));
        assertThat(result.toConfirm().get(2).suggestions().get(0).excess()).isEqualTo(Money.euros("23.45"));

        assertThat(ledger.status(number(123), DUE).state()).isEqualTo(PaymentState.PAID);
        assertThat(ledger.status(number(124), DUE).state()).isEqualTo(PaymentState.PARTLY_PAID);
        assertThat(ledger.open(number(124))).isEqualTo(Money.euros("50.00"));
        assertThat(ledger.status(number(125), DUE).state()).isEqualTo(PaymentState.ISSUED);
        assertThat(ledger.pendingCredits()).hasSize(3);
        // The ledger it started from is unchanged.
        assertThat(LEDGER.open(number(123))).isEqualTo(Money.euros("50.97"));
        assertThat(LEDGER.pendingCredits()).isEmpty();
    }

    @Test
    void importingTheSameStatementAgainChangesNothing() {
        ReceivablesLedger once = LEDGER.importStatement(sample(), MATCHER).ledger();

        StatementImport again = once.importStatement(sample(), MATCHER);

        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.ledger()).isEqualTo(once);
        assertThat(again.applied()).isEmpty();
        assertThat(again.toConfirm()).isEmpty();
    }

    @Test
    void anOverlappingStatementDoesNotCountItsMovementsAgain() {
        BankStatement first = sample();
        ReceivablesLedger once = LEDGER.importStatement(first, MATCHER).ledger();
        BankStatement overlapping = BankStatement.of(StatementId.of(first.id().account(), 2026, 99, 99), first.openingBalance(),
                first.openingDate(), first.closingBalance(), first.date(), first.entries());

        StatementImport result = once.importStatement(overlapping, MATCHER);

        assertThat(result.alreadyImported()).isFalse();
        assertThat(result.alreadySeen()).hasSize(5);
        assertThat(result.ledger().statuses(DUE)).isEqualTo(once.statuses(DUE));
        assertThat(result.ledger().appliedCredits()).isEqualTo(once.appliedCredits());
        assertThat(result.ledger().pendingCredits()).isEqualTo(once.pendingCredits());
        assertThat(result.ledger().hasImported(overlapping.id())).isTrue();
    }

    @Test
    void confirmingTheSuggestionsPaysTheInvoicesAndStatesTheOverpayment() {
        StatementImport imported = LEDGER.importStatement(sample(), MATCHER);
        ReceivablesLedger ledger = imported.ledger();
        for (PendingCredit p : imported.toConfirm()) {
            ledger = ledger.confirm(p.credit().key(), p.suggestions().get(0).confirmedBy("finance@groupage"));
        }

        assertThat(ledger.pendingCredits()).isEmpty();
        assertThat(ledger.statuses(DUE)).extracting(InvoiceStatus::state).containsExactly(
                PaymentState.PAID, PaymentState.PARTLY_PAID, PaymentState.PAID, PaymentState.PAID, PaymentState.PAID);
        assertThat(ledger.memberCredits()).singleElement().satisfies(c -> {
            assertThat(c.memberCode()).isEqualTo("CPAS-NAMUR");
            assertThat(c.reason()).isEqualTo(MemberCredit.Reason.OVERPAYMENT);
            assertThat(c.amount()).isEqualTo(Money.euros("23.45"));
        });
        assertThat(ledger.memberCredit("CPAS-NAMUR")).isEqualTo(Money.euros("23.45"));
        assertThat(ledger.appliedCredits()).filteredOn(a -> !a.isAutomatic())
                .extracting(a -> a.confirmedBy().orElseThrow()).containsOnly("finance@groupage");
        assertThat(ledger.status(number(127), DUE).settlements()).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(Settlement.Kind.PAYMENT));
    }

    @Test
    void aLedgerRestoredFromWhatWasStoredIsTheLedgerThatWasStored() {
        CreditNoteOffset before = CreditNoteOffset.of("NC-2026-000001", number(124), DUE, Money.euros("30.00"));
        StatementImport imported = LEDGER.withCreditNote(before).importStatement(sample(), MATCHER);
        PendingCredit first = imported.toConfirm().get(0);
        ReceivablesLedger confirmed = imported.ledger().confirm(first.credit().key(), first.suggestions().get(0).confirmedBy("finance"));
        CreditNoteOffset after = CreditNoteOffset.of("NC-2026-000002", number(123), DUE, Money.euros("10.00"));
        ReceivablesLedger stored = confirmed.withCreditNote(after);

        ReceivablesLedger.Restoration restoration = ReceivablesLedger.restoring(LEDGER.receivables()).creditNote(before);
        stored.appliedCredits().forEach(restoration::applied);
        restoration.creditNote(after);
        stored.pendingCredits().forEach(restoration::pending);
        ReceivablesLedger restored = restoration.imported(sample().id()).build();

        assertThat(restored).isEqualTo(stored);
        assertThat(restored.memberCredits()).singleElement().satisfies(c -> assertThat(c.reason())
                .isEqualTo(MemberCredit.Reason.CREDIT_NOTE_ON_PAID_INVOICE));
        assertThat(restored.importStatement(sample(), MATCHER).alreadyImported()).isTrue();
        assertThatThrownBy(() -> restoration.imported(sample().id())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRestorationRefusesWhatTheLedgerWouldNot() {
        StatementImport imported = LEDGER.importStatement(sample(), MATCHER);
        AppliedCredit paid = imported.applied().get(0);
        StatementEntry waiting = imported.toConfirm().get(0).credit();

        assertThatThrownBy(() -> ReceivablesLedger.restoring(LEDGER.receivables()).applied(paid).applied(paid))
                .hasMessageContaining("restored twice");
        assertThatThrownBy(() -> ReceivablesLedger.restoring(LEDGER.receivables()).applied(paid).pending(paid.credit()))
                .hasMessageContaining("restored twice");
        assertThatThrownBy(() -> ReceivablesLedger.restoring(List.of(invoice(124, "CPAS-ANDENNE", "150.00"))).applied(paid))
                .hasMessageContaining("not in the ledger");
        assertThatThrownBy(() -> ReceivablesLedger.restoring(LEDGER.receivables()).pending(waiting).pending(waiting))
                .hasMessageContaining("restored twice");
        assertThatThrownBy(() -> ReceivablesLedger.restoring(LEDGER.receivables())
                .creditNote(CreditNoteOffset.of("NC-2026-000001", number(999), DUE, Money.euros("1.00"))))
                .hasMessageContaining("not in the ledger");
    }

    @Test
    void aCreditIsConfirmedOnceOnlyAndWithinWhatIsOpen() {
        StatementImport imported = LEDGER.importStatement(sample(), MATCHER);
        StatementEntry fromResto = imported.toConfirm().get(0).credit();
        ReceivablesLedger ledger = imported.ledger();

        assertThatThrownBy(() -> ledger.confirm(fromResto.key(), Confirmation.of("RESTO",
                List.of(Allocation.of(number(126), Money.euros("36.00"))), "finance")))
                .hasMessageContaining("has EUR 35.50 open");
        assertThatThrownBy(() -> ledger.confirm(fromResto.key(), Confirmation.of("RESTO",
                List.of(Allocation.of(number(127), Money.euros("10.00"))), "finance")))
                .hasMessageContaining("is CPAS-NAMUR's, not RESTO's");
        assertThatThrownBy(() -> ledger.confirm(fromResto.key(), Confirmation.of("RESTO",
                List.of(Allocation.of(number(125), Money.euros("80.00")), Allocation.of(number(126), Money.euros("0.01"))), "finance")))
                .hasMessageContaining("more than the credit's");

        ReceivablesLedger confirmed = ledger.confirm(fromResto.key(), Confirmation.of("RESTO",
                List.of(Allocation.of(number(126), Money.euros("35.50"))), "finance"));

        assertThat(confirmed.memberCredit("RESTO")).isEqualTo(Money.euros("44.50"));
        assertThatThrownBy(() -> confirmed.confirm(fromResto.key(), Confirmation.of("RESTO", List.of(), "finance")))
                .hasMessageContaining("already applied");
        assertThatThrownBy(() -> confirmed.confirm(imported.applied().get(0).credit().key(), Confirmation.of("RESTO", List.of(), "finance")))
                .hasMessageContaining("already applied");
        assertThat(ledger.pendingCredits()).hasSize(3);
    }

    @Test
    void aCreditNoteReducesTheOpenAmountAndOnAPaidInvoiceBecomesAMemberCredit() {
        ReceivablesLedger ledger = LEDGER.withCreditNote(CreditNoteOffset.of("NC-2026-000001", number(124), DUE, Money.euros("30.00")));

        assertThat(ledger.open(number(124))).isEqualTo(Money.euros("120.00"));
        assertThat(ledger.status(number(124), DUE.minusDays(1)).state()).isEqualTo(PaymentState.PARTLY_PAID);
        assertThat(ledger.withCreditNote(CreditNoteOffset.of("NC-2026-000001", number(124), DUE, Money.euros("30.00")))).isEqualTo(ledger);

        ReceivablesLedger paid = ledger.importStatement(sample(), MATCHER).ledger();
        assertThat(paid.open(number(124))).isEqualTo(Money.euros("20.00"));
        ReceivablesLedger credited = paid.withCreditNote(CreditNoteOffset.of("NC-2026-000002", number(124), DUE, Money.euros("25.00")));

        InvoiceStatus status = credited.status(number(124), DUE);
        assertThat(status.state()).isEqualTo(PaymentState.PAID);
        assertThat(status.paid()).isEqualTo(Money.euros("100.00"));
        assertThat(status.credited()).isEqualTo(Money.euros("50.00"));
        assertThat(status.open()).isEqualTo(Money.zero());
        assertThat(credited.memberCredits()).singleElement().satisfies(c -> {
            assertThat(c.reason()).isEqualTo(MemberCredit.Reason.CREDIT_NOTE_ON_PAID_INVOICE);
            assertThat(c.amount()).isEqualTo(Money.euros("5.00"));
            assertThat(c.memberCode()).isEqualTo("CPAS-ANDENNE");
        });
        assertThatThrownBy(() -> LEDGER.withCreditNote(CreditNoteOffset.of("NC-2026-000003", number(999), DUE, Money.euros("1.00"))))
                .hasMessageContaining("not in the ledger");
    }

    @Test
    void aFullyCreditedInvoiceIsCancelledNotPaid() {
        ReceivablesLedger ledger = LEDGER.withCreditNote(CreditNoteOffset.of("NC-2026-000001", number(125), DUE, Money.euros("80.00")));

        assertThat(ledger.status(number(125), DUE.plusDays(100)).state()).isEqualTo(PaymentState.CANCELLED);
    }

    @Test
    void anInvoiceIsOverdueFromTheDayAfterItsDueDateWhilePartOfItIsOpen() {
        ReceivablesLedger ledger = LEDGER.importStatement(sample(), MATCHER).ledger();

        assertThat(ledger.status(number(125), DUE).state()).isEqualTo(PaymentState.ISSUED);
        assertThat(ledger.status(number(125), DUE.plusDays(1)).state()).isEqualTo(PaymentState.OVERDUE);
        assertThat(ledger.status(number(124), DUE.plusDays(1)).state()).isEqualTo(PaymentState.OVERDUE);
        assertThat(ledger.status(number(124), DUE.plusDays(1)).paid()).isEqualTo(Money.euros("100.00"));
        assertThat(ledger.status(number(123), DUE.plusDays(400)).state()).isEqualTo(PaymentState.PAID);
        assertThat(ledger.status(number(125), DUE.plusDays(1)).daysPastDue()).isEqualTo(1);
    }

    @Test
    void theAgedBalanceCountsFromTheDueDateIntoItsBuckets() {
        LocalDate today = LocalDate.of(2026, 6, 30);
        ReceivablesLedger ledger = ReceivablesLedger.of(List.of(
                invoice(1, "M", "1.00", today),
                invoice(2, "M", "2.00", today.minusDays(1)),
                invoice(3, "M", "4.00", today.minusDays(30)),
                invoice(4, "M", "8.00", today.minusDays(31)),
                invoice(5, "M", "16.00", today.minusDays(60)),
                invoice(6, "M", "32.00", today.minusDays(61)),
                invoice(7, "M", "64.00", today.minusDays(90)),
                invoice(8, "M", "128.00", today.minusDays(91)),
                invoice(9, "M", "256.00", today.plusDays(10)),
                invoice(10, "OTHER", "512.00", today.minusDays(91))));

        AgedBalance balance = ledger.agedBalance("M", today);

        assertThat(balance.bucket(AgeBucket.NOT_YET_DUE)).isEqualTo(Money.euros("257.00"));
        assertThat(balance.bucket(AgeBucket.UP_TO_30)).isEqualTo(Money.euros("6.00"));
        assertThat(balance.bucket(AgeBucket.DAYS_31_TO_60)).isEqualTo(Money.euros("24.00"));
        assertThat(balance.bucket(AgeBucket.DAYS_61_TO_90)).isEqualTo(Money.euros("96.00"));
        assertThat(balance.bucket(AgeBucket.OVER_90)).isEqualTo(Money.euros("128.00"));
        assertThat(balance.open()).isEqualTo(Money.euros("511.00"));
        assertThat(balance.overdue()).isEqualTo(Money.euros("254.00"));
        assertThat(ledger.agedBalances(today)).extracting(AgedBalance::memberCode).containsExactly("M", "OTHER");
        assertThat(AgeBucket.UP_TO_30.label()).isEqualTo("0–30");
    }

    @Test
    void theAgedBalanceStatesTheMembersCreditApart() {
        ReceivablesLedger ledger = LEDGER.importStatement(
                BankStatement.of(StatementId.of(Fixtures.ACCOUNT, 2026, 1, 1), Money.zero(), DUE, Money.euros("60.00"), DUE,
                        List.of(structured("X", "60.00", 123))), MATCHER).ledger();

        AgedBalance balance = ledger.agedBalance("CPAS-NAMUR", DUE);

        assertThat(balance.open()).isEqualTo(Money.euros("100.00"));
        assertThat(balance.credit()).isEqualTo(Money.euros("9.03"));
        assertThat(balance.net()).isEqualTo(Money.euros("90.97"));
    }

    @Test
    void twoInvoicesNeverShareANumberOrAnOgm() {
        Receivable first = invoice(1, "M", "1.00");

        assertThat(ReceivablesLedger.of(List.of(first)).withReceivable(first)).isEqualTo(ReceivablesLedger.of(List.of(first)));
        assertThatThrownBy(() -> ReceivablesLedger.of(List.of(first, invoice(1, "M", "2.00")))).hasMessageContaining("differently");
        assertThatThrownBy(() -> ReceivablesLedger.of(List.of(first, Receivable.of("X-1", "M", DUE, DUE, Money.euros("1.00"), first.ogm()))))
                .hasMessageContaining("share the OGM");
    }

    @Test
    void anIssuedInvoiceAndCreditNoteBecomeWhatReceivablesCount() {
        LocalDate issued = LocalDate.of(2026, 11, 26);
        Invoice invoice = InvoiceDraft.of("CPAS-NAMUR", List.of(
                        InvoiceLine.goods("CAR-01", "Carottes bio", Quantity.of("10.35", Unit.KGM), Money.euros("1.80"), VatRate.ofPercent("6"), true),
                        InvoiceLine.goods("SAV-12", "Savon", Quantity.of(12, Unit.H87), Money.euros("2.15"), VatRate.ofPercent("21"), false)))
                .issue(InvoiceSeries.invoices(2026).number(123), issued, PaymentTerms.days(30));
        CreditNote note = CreditNote.full(invoice, InvoiceSeries.creditNotes(2026).number(7), issued.plusDays(2));

        Receivable r = Receivable.of(invoice);
        CreditNoteOffset offset = CreditNoteOffset.of(note);

        assertThat(r.invoiceNumber()).isEqualTo("2026-000123");
        assertThat(r.payable()).isEqualTo(Money.euros("50.97"));
        assertThat(r.ogm()).isEqualTo(StructuredCommunication.parse("+++202/6000/12320+++"));
        assertThat(r.dueDate()).isEqualTo(issued.plusDays(30));
        assertThat(offset.invoiceNumber()).isEqualTo("2026-000123");
        assertThat(offset.amount()).isEqualTo(Money.euros("50.97"));
        assertThat(ReceivablesLedger.of(List.of(r)).withCreditNote(offset).status(r.invoiceNumber(), issued).state())
                .isEqualTo(PaymentState.CANCELLED);
    }

    @Test
    void theMistypedOgmsOfTheSampleStatementWaitForAPersonWithTheRightInvoiceFirst() {
        BankStatement mistyped;
        try (InputStream in = ReceivablesLedgerTest.class.getResourceAsStream("/coda/mistyped-ogm.cod")) {
            mistyped = CodaReader.read(in).statements().get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        StatementImport result = LEDGER.importStatement(mistyped, MATCHER);

        assertThat(result.applied()).isEmpty();
        assertThat(result.toConfirm()).extracting(p -> p.suggestions().get(0).invoiceNumbers())
                .containsExactly(List.of(number(123)), List.of(number(125)));
        assertThat(result.toConfirm().get(0).suggestions().get(0).evidence())
                .contains(Evidence.OGM_ONE_SLIP, Evidence.AMOUNT_EQUALS_OPEN, Evidence.KNOWN_ACCOUNT);
        assertThat(result.ledger().open(number(123))).isEqualTo(Money.euros("50.97"));
    }
}
