package be.groupage.service.application.payments;

import be.groupage.core.receivables.ReceivablesLedger;
import be.groupage.core.receivables.Reminder;
import be.groupage.core.receivables.ReminderPolicy;
import be.groupage.core.receivables.ReminderSchedule;
import be.groupage.service.application.access.Account;
import be.groupage.service.application.access.AuditTrail;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.document.ReminderDocument;
import be.groupage.service.application.port.document.ReminderRenderer;
import be.groupage.service.application.port.invoicing.InvoiceBook;
import be.groupage.service.application.port.invoicing.InvoicingParty;
import be.groupage.service.application.port.payments.ReceivablesBook;
import be.groupage.service.application.port.payments.ReceivablesBook.ReminderRecord;
import be.groupage.service.application.port.payments.ReceivablesBook.ReminderToPrint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Payment reminders for finance staff and the coordinator: which are due on a day by the configured
 * {@link ReminderPolicy} ({@code core}'s {@link ReminderSchedule} decides), sending them (each reminder recorded
 * once, with what was open that day), and each one's PDF. Sending runs under the receivables' lock, so two runs
 * never send the same reminder.
 */
@ApplicationScoped
@Transactional
public class ReminderService {

    /** Days a reminder gives to pay, printed on it. */
    static final int PAY_WITHIN_DAYS = 8;
    /** How far ahead a mailing of reminders may be dated. */
    static final int MAX_DAYS_AHEAD = 31;

    @Inject
    ReceivablesBook book;

    @Inject
    InvoiceBook invoices;

    @Inject
    ReminderRenderer renderer;

    @Inject
    ReminderPolicy policy;

    @Inject
    CurrentAccount caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A reminder due, with the member's name. */
    public record DueReminder(Reminder reminder, String memberName) {
    }

    /** A reminder as it was sent, with the member's name. */
    public record SentReminderView(ReminderRecord reminder, String memberName) {
    }

    /** The policy in force, for the page to say when reminders go out. */
    public ReminderPolicy policy() {
        requireFinance();
        return policy;
    }

    /** The reminders due on a day (today when none is given), earliest due invoice first. */
    public List<DueReminder> due(Optional<LocalDate> asOf) {
        requireFinance();
        var names = book.memberNames();
        return dueOn(asOf.orElseGet(() -> LocalDate.ofInstant(clock.instant(), PaymentsService.BRUSSELS))).stream().map(r -> new DueReminder(r, names.getOrDefault(r.memberCode(), r.memberCode()))).toList();
    }

    private List<Reminder> dueOn(LocalDate asOf) {
        ReceivablesLedger ledger = PaymentsService.restore(book.ledger());
        return ReminderSchedule.of(policy).due(ledger, book.sentReminders(), asOf);
    }

    /**
     * Sends (records) every reminder due on the letters' date: today, or a day up to {@value #MAX_DAYS_AHEAD} days
     * ahead when finance prepares a mailing; returns them as sent.
     */
    public List<SentReminderView> sendDue(Optional<LocalDate> letterDate) {
        Account account = requireFinance();
        LocalDate today = LocalDate.ofInstant(clock.instant(), PaymentsService.BRUSSELS);
        LocalDate on = letterDate.orElse(today);
        if (on.isBefore(today) || on.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw InvalidInputException.of("date", "the letters' date is today or up to " + MAX_DAYS_AHEAD + " days ahead ("
                    + today + " to " + today.plusDays(MAX_DAYS_AHEAD) + "), not " + on);
        }
        invoices.invoicingParty().orElseThrow(() -> new ConflictException("Set the invoicing party first: a reminder names it and its account."));
        book.lock();
        List<Reminder> due = dueOn(on);
        List<Long> ids = book.saveReminders(due, on, clock.instant(), account.login());
        var names = book.memberNames();
        List<SentReminderView> sent = new ArrayList<>(due.size());
        for (int i = 0; i < due.size(); i++) {
            Reminder r = due.get(i);
            audit.record("REMINDER_SENT", "invoice", r.invoiceNumber(), r.level() + " reminder, " + r.openAmount() + " open, "
                    + r.daysPastDue() + " days past due");
            sent.add(new SentReminderView(new ReminderRecord(ids.get(i), r.invoiceNumber(), r.memberCode(), r.level(), on, r.openAmount(),
                    r.daysPastDue()), names.getOrDefault(r.memberCode(), r.memberCode())));
        }
        return sent;
    }

    /** The reminders sent, latest first. */
    public List<SentReminderView> sent() {
        requireFinance();
        var names = book.memberNames();
        return book.reminders().stream().map(r -> new SentReminderView(r, names.getOrDefault(r.memberCode(), r.memberCode()))).toList();
    }

    /** A reminder's PDF, as it was sent: what was open that day, under the invoicing party's current letterhead. */
    public byte[] pdf(long id) {
        requireFinance();
        ReminderToPrint r = book.reminder(id).orElseThrow(() -> new NotFoundException("No reminder " + id + "."));
        InvoicingParty issuer = invoices.invoicingParty()
                .orElseThrow(() -> new ConflictException("Set the invoicing party first: a reminder names it and its account."));
        ReminderRecord sent = r.reminder();
        return renderer.reminderPdf(new ReminderDocument(sent.level(), sent.sentOn(), sent.invoiceNumber(), r.invoiceDate(), r.dueDate(),
                r.payable(), sent.openAmount(), sent.daysPastDue(), r.ogm(), issuer.party(), r.member(), issuer.account(), r.firstSentOn(),
                PAY_WITHIN_DAYS));
    }

    private Account requireFinance() {
        return caller.requireRole(Role.FINANCE, Role.COORDINATOR);
    }
}
