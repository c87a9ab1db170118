package be.groupage.service.interfaces.rest.payments;

import be.groupage.core.banking.BankStatement;
import be.groupage.core.banking.StatementEntry;
import be.groupage.core.money.Money;
import be.groupage.core.receivables.AgeBucket;
import be.groupage.core.receivables.Allocation;
import be.groupage.core.receivables.AppliedCredit;
import be.groupage.core.receivables.Evidence;
import be.groupage.core.receivables.InvoiceStatus;
import be.groupage.core.receivables.Settlement;
import be.groupage.core.receivables.Suggestion;
import be.groupage.service.application.payments.PaymentsService;
import be.groupage.service.application.payments.ReminderService;
import be.groupage.service.application.port.payments.ReceivablesBook.StatementRecord;
import be.groupage.service.interfaces.rest.common.Decimals;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The JSON shapes of bank statements, payments, invoice states, the aged balance and reminders; amounts in EUR, two decimals. */
public final class PaymentViews {

    private PaymentViews() {
    }

    static BigDecimal money(Money m) {
        return Decimals.money(m.amount());
    }

    /** What importing a file did. */
    public record ImportView(String format, List<StatementImportView> statements) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hashCode(format) * 31 + statements.size();
        }

        static ImportView of(PaymentsService.ImportOutcome o) {
            return new ImportView(o.format(), o.statements().stream().map(StatementImportView::of).toList());
        }
    }

    /** One statement of an imported file. */
    @JsonbPropertyOrder({"account", "year", "number", "sequence", "date", "openingBalance", "closingBalance", "alreadyImported",
            "paidAutomatically", "waiting", "alreadySeen", "debits"})
    public record StatementImportView(String account, int year, int number, int sequence, LocalDate date, BigDecimal openingBalance,
                                      BigDecimal closingBalance, boolean alreadyImported, List<AppliedView> paidAutomatically, int waiting,
                                      int alreadySeen, int debits) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hash(account, year, number, sequence);
        }

        static StatementImportView of(PaymentsService.StatementOutcome o) {
            BankStatement s = o.statement();
            return new StatementImportView(s.id().account().formatted(), s.id().year(), s.id().number(), s.id().sequence(), s.date(),
                    money(s.openingBalance()), money(s.closingBalance()), o.alreadyImported(),
                    o.applied().stream().map(AppliedView::of).toList(), o.waiting(), o.alreadySeen(), o.debits());
        }
    }

    /** A credit applied: to which member, what it paid of which invoices, what was kept as the member's credit. */
    @JsonbPropertyOrder({"bookingDate", "amount", "counterparty", "communication", "member", "allocations", "excess", "confirmedBy"})
    public record AppliedView(LocalDate bookingDate, BigDecimal amount, String counterparty, String communication, String member,
                              List<AllocationView> allocations, BigDecimal excess, String confirmedBy) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hash(bookingDate, amount, member);
        }

        static AppliedView of(AppliedCredit a) {
            return new AppliedView(a.credit().bookingDate(), money(a.credit().amount()), a.credit().counterpartyName(), communicationOf(a.credit()),
                    a.memberCode(), a.allocations().stream().map(AllocationView::of).toList(), money(a.excess()), a.confirmedBy().orElse(null));
        }
    }

    static String communicationOf(StatementEntry e) {
        return e.structuredCommunication().map(o -> o.formatted()).orElse(e.freeCommunication());
    }

    public record AllocationView(String invoice, BigDecimal amount) {
        static AllocationView of(Allocation a) {
            return new AllocationView(a.invoiceNumber(), money(a.amount()));
        }
    }

    /** A request to confirm a waiting credit: the member who paid and what goes to which of its invoices. */
    public record ConfirmationRequest(String member, List<AllocationRequest> allocations) {

        @Override
        public int hashCode() {
            return Objects.hashCode(member);
        }
    }

    public record AllocationRequest(String invoice, BigDecimal amount) {
    }

    /** A credit waiting for a person, with the matcher's suggestions, best first. */
    @JsonbPropertyOrder({"id", "bookingDate", "amount", "counterparty", "counterpartyAccount", "communication", "information", "suggestions"})
    public record WaitingView(long id, LocalDate bookingDate, BigDecimal amount, String counterparty, String counterpartyAccount,
                              String communication, String information, List<SuggestionView> suggestions) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Long.hashCode(id);
        }

        static WaitingView of(PaymentsService.WaitingCredit w) {
            StatementEntry e = w.credit();
            return new WaitingView(w.id(), e.bookingDate(), money(e.amount()), e.counterpartyName(),
                    e.counterpartyAccount().map(i -> i.formatted()).orElse(null), communicationOf(e), e.information(),
                    w.suggestions().stream().map(SuggestionView::of).toList());
        }
    }

    /** What the matcher suggests: a member, what goes to which invoice, the rest as the member's credit, and why. */
    public record SuggestionView(String member, List<AllocationView> allocations, BigDecimal excess, List<String> evidence, int score) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hash(member, score);
        }

        static SuggestionView of(Suggestion s) {
            return new SuggestionView(s.memberCode(), s.allocations().stream().map(AllocationView::of).toList(), money(s.excess()),
                    s.evidence().stream().sorted().map(Evidence::description).toList(), s.score());
        }
    }

    /** An invoice's state on a day, with the payments and credit notes that settled it. */
    @JsonbPropertyOrder({"invoice", "member", "memberName", "issueDate", "dueDate", "ogm", "payable", "paid", "credited", "open", "state",
            "daysPastDue", "asOf", "settlements"})
    public record ReceivableView(String invoice, String member, String memberName, LocalDate issueDate, LocalDate dueDate, String ogm,
                                 BigDecimal payable, BigDecimal paid, BigDecimal credited, BigDecimal open, String state, long daysPastDue,
                                 LocalDate asOf, List<SettlementView> settlements) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hashCode(invoice);
        }

        static ReceivableView of(PaymentsService.ReceivableView v) {
            InvoiceStatus s = v.status();
            return new ReceivableView(s.receivable().invoiceNumber(), s.receivable().memberCode(), v.memberName(), s.receivable().issueDate(),
                    s.receivable().dueDate(), s.receivable().ogm().formatted(), money(s.receivable().payable()), money(s.paid()),
                    money(s.credited()), money(s.open()), s.state().name(), Math.max(0, s.daysPastDue()), s.asOf(),
                    s.settlements().stream().map(SettlementView::of).toList());
        }
    }

    /** A payment ({@code PAYMENT}, by the bank movement's key) or a credit note ({@code CREDIT_NOTE}, by its number) on an invoice. */
    public record SettlementView(String kind, String source, LocalDate date, BigDecimal amount) {
        static SettlementView of(Settlement s) {
            return new SettlementView(s.kind().name(), s.source(), s.date(), money(s.amount()));
        }
    }

    /** A member's open amounts by age (days past the due date) and its credit on account. */
    @JsonbPropertyOrder({"member", "memberName", "asOf", "notDue", "days0to30", "days31to60", "days61to90", "over90", "open", "credit", "net"})
    public record AgedBalanceView(String member, String memberName, LocalDate asOf, BigDecimal notDue, BigDecimal days0to30,
                                  BigDecimal days31to60, BigDecimal days61to90, BigDecimal over90, BigDecimal open, BigDecimal credit,
                                  BigDecimal net) {
        static AgedBalanceView of(PaymentsService.AgedBalanceView v) {
            var b = v.balance();
            return new AgedBalanceView(b.memberCode(), v.memberName(), b.asOf(), money(b.bucket(AgeBucket.NOT_YET_DUE)),
                    money(b.bucket(AgeBucket.UP_TO_30)), money(b.bucket(AgeBucket.DAYS_31_TO_60)), money(b.bucket(AgeBucket.DAYS_61_TO_90)),
                    money(b.bucket(AgeBucket.OVER_90)), money(b.open()), money(b.credit()), money(b.net()));
        }
    }

    /** A statement as imported. */
    @JsonbPropertyOrder({"id", "account", "year", "number", "sequence", "format", "fileName", "openingDate", "openingBalance", "date",
            "closingBalance", "entries", "importedAt", "importedBy"})
    public record StatementView(long id, String account, int year, int number, int sequence, String format, String fileName,
                                LocalDate openingDate, BigDecimal openingBalance, LocalDate date, BigDecimal closingBalance, int entries,
                                Instant importedAt, String importedBy) {
        static StatementView of(StatementRecord s) {
            return new StatementView(s.id(), s.statementId().account().formatted(), s.statementId().year(), s.statementId().number(),
                    s.statementId().sequence(), s.format(), s.fileName(), s.openingDate(), money(s.openingBalance()), s.closingDate(),
                    money(s.closingBalance()), s.entryCount(), s.importedAt(), s.importedBy());
        }
    }

    /** A reminder due on a day. */
    @JsonbPropertyOrder({"level", "invoice", "member", "memberName", "invoiceDate", "dueDate", "open", "daysPastDue", "ogm"})
    public record DueReminderView(String level, String invoice, String member, String memberName, LocalDate invoiceDate, LocalDate dueDate,
                                  BigDecimal open, long daysPastDue, String ogm) {
        static DueReminderView of(ReminderService.DueReminder d) {
            var r = d.reminder();
            return new DueReminderView(r.level().name(), r.invoiceNumber(), r.memberCode(), d.memberName(), r.invoiceDate(), r.dueDate(),
                    money(r.openAmount()), r.daysPastDue(), r.ogm().formatted());
        }
    }

    /** A reminder as sent; its PDF at {@code pdf}. */
    @JsonbPropertyOrder({"id", "level", "invoice", "member", "memberName", "sentOn", "open", "daysPastDue", "pdf"})
    public record SentReminderView(long id, String level, String invoice, String member, String memberName, LocalDate sentOn, BigDecimal open,
                                   long daysPastDue, String pdf) {
        static SentReminderView of(ReminderService.SentReminderView v) {
            var r = v.reminder();
            return new SentReminderView(r.id(), r.level().name(), r.invoiceNumber(), r.memberCode(), v.memberName(), r.sentOn(),
                    money(r.openAmount()), r.daysPastDue(), "/api/reminders/" + r.id() + "/pdf");
        }
    }

    /** When reminders are due, in days. */
    public record ReminderPolicyView(int firstAfterDays, int secondAfterDays) {
        static ReminderPolicyView of(be.groupage.core.receivables.ReminderPolicy p) {
            return new ReminderPolicyView(p.firstAfterDays(), p.secondAfterDays());
        }
    }
}
