package be.groupage.core.receivables;

import be.groupage.core.banking.BankStatement;
import be.groupage.core.banking.StatementEntry;
import be.groupage.core.banking.StatementId;
import be.groupage.core.money.Money;
import be.groupage.core.payment.StructuredCommunication;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static be.groupage.core.receivables.Fixtures.DUE;
import static be.groupage.core.receivables.Fixtures.credit;
import static be.groupage.core.receivables.Fixtures.invoice;
import static be.groupage.core.receivables.Fixtures.number;
import static be.groupage.core.receivables.Fixtures.ogm;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The receivables invariants on generated invoices and statements: invoice i belongs to member M(i mod 3) and
 * falls due i days after {@link Fixtures#DUE}; credit j targets invoice t by its structured OGM when t is below
 * the number of invoices, by its OGM typed as free text when t is in the next range, and nothing otherwise.
 */
class ReceivablesProperties {

    private static final PaymentMatcher MATCHER = PaymentMatcher.of(List.of(
            Debtor.of("M0", "Zero", Set.of()), Debtor.of("M1", "One", Set.of()), Debtor.of("M2", "Two", Set.of())));

    private static List<Receivable> invoices(List<Integer> payableCents) {
        List<Receivable> invoices = new ArrayList<>();
        for (int i = 0; i < payableCents.size(); i++) {
            invoices.add(invoice(i + 1, "M" + (i % 3), Money.ofCents(payableCents.get(i)).amount().toPlainString(), DUE.plusDays(i)));
        }
        return invoices;
    }

    private static BankStatement statement(int number, int invoiceCount, List<Integer> creditCents, List<Integer> targets) {
        List<StatementEntry> entries = new ArrayList<>();
        Money total = Money.zero();
        for (int j = 0; j < Math.min(creditCents.size(), targets.size()); j++) {
            int t = targets.get(j);
            String amount = Money.ofCents(creditCents.get(j)).amount().toPlainString();
            Optional<StructuredCommunication> structured = t < invoiceCount ? Optional.of(ogm(t + 1)) : Optional.empty();
            String free = t >= invoiceCount && t < 2 * invoiceCount ? "paiement " + ogm(t - invoiceCount + 1).formatted() : "";
            StatementEntry e = credit("REF" + j, amount, structured, free, j % 2 == 0 ? "Zero" : "", Optional.empty());
            entries.add(e);
            total = total.plus(e.amount());
        }
        return BankStatement.of(StatementId.of(Fixtures.ACCOUNT, 2026, number, number), Money.zero(), DUE, total, DUE, entries);
    }

    /** Imports, applies credit notes of the given cents on the first invoices, then confirms each waiting credit's best suggestion. */
    private static ReceivablesLedger settle(List<Receivable> invoices, BankStatement statement, List<Integer> creditNoteCents) {
        ReceivablesLedger ledger = ReceivablesLedger.of(invoices);
        for (int i = 0; i < Math.min(creditNoteCents.size(), invoices.size()); i++) {
            ledger = ledger.withCreditNote(CreditNoteOffset.of("NC-" + i, invoices.get(i).invoiceNumber(), DUE,
                    Money.ofCents(creditNoteCents.get(i))));
        }
        ledger = ledger.importStatement(statement, MATCHER).ledger();
        for (StatementEntry waiting : ledger.pendingCredits()) {
            List<Suggestion> suggestions = ledger.suggestionsFor(waiting.key(), MATCHER);
            if (!suggestions.isEmpty()) {
                ledger = ledger.confirm(waiting.key(), suggestions.get(0).confirmedBy("property"));
            }
        }
        return ledger;
    }

    @Property(tries = 300)
    void everyCreditsAllocationsAddUpToTheCreditExactly(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 50_000) Integer> payables,
            @ForAll @Size(max = 15) List<@IntRange(min = 1, max = 60_000) Integer> credits,
            @ForAll @Size(max = 15) List<@IntRange(min = 0, max = 30) Integer> targets,
            @ForAll @Size(max = 4) List<@IntRange(min = 1, max = 30_000) Integer> creditNotes) {
        List<Receivable> invoices = invoices(payables);
        BankStatement statement = statement(1, invoices.size(), credits, targets);

        ReceivablesLedger ledger = settle(invoices, statement, creditNotes);

        for (AppliedCredit applied : ledger.appliedCredits()) {
            long cents = applied.excess().cents();
            for (Allocation a : applied.allocations()) {
                assertThat(a.amount().isPositive()).isTrue();
                cents += a.amount().cents();
            }
            assertThat(cents).isEqualTo(applied.credit().amount().cents());
        }
        assertThat(ledger.appliedCredits().size() + ledger.pendingCredits().size()).isEqualTo(statement.credits().size());
    }

    @Property(tries = 300)
    void anInvoicesPaidCreditedAndOpenAmountsAddUpToItsPayable(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 50_000) Integer> payables,
            @ForAll @Size(max = 15) List<@IntRange(min = 1, max = 60_000) Integer> credits,
            @ForAll @Size(max = 15) List<@IntRange(min = 0, max = 30) Integer> targets,
            @ForAll @Size(max = 4) List<@IntRange(min = 1, max = 30_000) Integer> creditNotes,
            @ForAll @IntRange(min = -10, max = 200) int daysAfterDue) {
        List<Receivable> invoices = invoices(payables);
        ReceivablesLedger ledger = settle(invoices, statement(1, invoices.size(), credits, targets), creditNotes);
        LocalDate asOf = DUE.plusDays(daysAfterDue);

        for (Receivable r : invoices) {
            InvoiceStatus status = ledger.status(r.invoiceNumber(), asOf);
            // Paid counted again from the applied credits, independently of the status.
            long paidCents = ledger.appliedCredits().stream().flatMap(a -> a.allocations().stream())
                    .filter(a -> a.invoiceNumber().equals(r.invoiceNumber())).mapToLong(a -> a.amount().cents()).sum();
            assertThat(status.paid().cents()).isEqualTo(paidCents);
            assertThat(status.paid().cents() + status.credited().cents() + status.open().cents()).isEqualTo(r.payable().cents());
            assertThat(status.open().isNegative()).isFalse();
            assertThat(status.state() == PaymentState.OVERDUE).isEqualTo(status.open().isPositive() && asOf.isAfter(r.dueDate()));
            if (creditNotes.isEmpty()) {
                assertThat(status.paid().plus(status.open())).isEqualTo(r.payable());
            }
        }
    }

    @Property(tries = 300)
    void importingAStatementTwiceOrAnOverlappingOneEqualsImportingItOnce(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 50_000) Integer> payables,
            @ForAll @Size(max = 15) List<@IntRange(min = 1, max = 60_000) Integer> credits,
            @ForAll @Size(max = 15) List<@IntRange(min = 0, max = 30) Integer> targets) {
        ReceivablesLedger start = ReceivablesLedger.of(invoices(payables));
        BankStatement statement = statement(1, payables.size(), credits, targets);
        BankStatement overlapping = statement(2, payables.size(), credits, targets);

        ReceivablesLedger once = start.importStatement(statement, MATCHER).ledger();
        ReceivablesLedger twice = once.importStatement(statement, MATCHER).ledger();
        ReceivablesLedger overlapped = once.importStatement(overlapping, MATCHER).ledger();

        assertThat(twice).isEqualTo(once);
        assertThat(overlapped.appliedCredits()).isEqualTo(once.appliedCredits());
        assertThat(overlapped.pendingCredits()).isEqualTo(once.pendingCredits());
        assertThat(overlapped.memberCredits()).isEqualTo(once.memberCredits());
        assertThat(overlapped.statuses(DUE)).isEqualTo(once.statuses(DUE));
    }

    @Property(tries = 300)
    void theAgedBucketsAddUpToTheMembersOpenBalance(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 50_000) Integer> payables,
            @ForAll @Size(max = 15) List<@IntRange(min = 1, max = 60_000) Integer> credits,
            @ForAll @Size(max = 15) List<@IntRange(min = 0, max = 30) Integer> targets,
            @ForAll @IntRange(min = -30, max = 400) int daysAfterDue) {
        List<Receivable> invoices = invoices(payables);
        ReceivablesLedger ledger = settle(invoices, statement(1, invoices.size(), credits, targets), List.of());
        LocalDate asOf = DUE.plusDays(daysAfterDue);

        for (String member : List.of("M0", "M1", "M2")) {
            AgedBalance balance = ledger.agedBalance(member, asOf);
            long buckets = balance.buckets().values().stream().mapToLong(Money::cents).sum();
            long open = invoices.stream().filter(r -> r.memberCode().equals(member)).mapToLong(r -> ledger.open(r.invoiceNumber()).cents()).sum();
            long overdue = invoices.stream().filter(r -> r.memberCode().equals(member) && asOf.isAfter(r.dueDate()))
                    .mapToLong(r -> ledger.open(r.invoiceNumber()).cents()).sum();
            assertThat(buckets).isEqualTo(open);
            assertThat(balance.open().cents()).isEqualTo(open);
            assertThat(balance.overdue().cents()).isEqualTo(overdue);
        }
    }

    @Property(tries = 500)
    void aValidStructuredOgmMatchesExactlyItsInvoiceAndNothingElse(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 50_000) Integer> payables,
            @ForAll @IntRange(min = 0, max = 11) int target,
            @ForAll @IntRange(min = 1, max = 60_000) int creditCents,
            @ForAll @LongRange(min = 0, max = StructuredCommunication.MAX_BASE) long otherBase) {
        List<Receivable> invoices = invoices(payables);
        ReceivablesLedger ledger = ReceivablesLedger.of(invoices);
        Receivable invoice = invoices.get(target % invoices.size());
        String amount = Money.ofCents(creditCents).amount().toPlainString();

        AppliedCredit applied = MATCHER.automatic(credit("X", amount, Optional.of(invoice.ogm()), "", "", Optional.empty()), ledger)
                .orElseThrow();

        assertThat(applied.memberCode()).isEqualTo(invoice.memberCode());
        assertThat(applied.allocations()).extracting(Allocation::invoiceNumber).containsOnly(invoice.invoiceNumber());
        assertThat(applied.allocations()).hasSize(1);
        assertThat(applied.allocations().get(0).amount()).isEqualTo(invoice.payable().min(Money.ofCents(creditCents)));

        StructuredCommunication other = StructuredCommunication.ofBase(otherBase);
        boolean ofAnInvoice = invoices.stream().anyMatch(r -> r.ogm().equals(other));
        assertThat(MATCHER.automatic(credit("Y", amount, Optional.of(other), "", "", Optional.empty()), ledger).isPresent())
                .isEqualTo(ofAnInvoice);
    }

    @Property(tries = 300)
    void everySuggestionAppliesTheWholeCreditToInvoicesOfItsMember(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 50_000) Integer> payables,
            @ForAll @IntRange(min = 1, max = 60_000) int creditCents,
            @ForAll @IntRange(min = 0, max = 11) int typed) {
        List<Receivable> invoices = invoices(payables);
        ReceivablesLedger ledger = ReceivablesLedger.of(invoices);
        String text = "factures " + number(typed % invoices.size() + 1) + " " + ogm(typed % invoices.size() + 1).digits();
        StatementEntry entry = credit("X", Money.ofCents(creditCents).amount().toPlainString(), Optional.empty(), text, "One",
                Optional.empty());

        for (Suggestion s : MATCHER.suggest(entry, ledger)) {
            assertThat(s.total()).isEqualTo(entry.amount());
            for (Allocation a : s.allocations()) {
                assertThat(ledger.receivable(a.invoiceNumber()).orElseThrow().memberCode()).isEqualTo(s.memberCode());
                assertThat(a.amount().isGreaterThan(ledger.open(a.invoiceNumber()))).isFalse();
            }
        }
    }
}
