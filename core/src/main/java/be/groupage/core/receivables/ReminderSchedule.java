package be.groupage.core.receivables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which reminders are due on a day, by a {@link ReminderPolicy}: the first for an invoice with an amount open
 * at least {@code firstAfterDays} days past its due date, the second once {@code secondAfterDays} days have passed
 * since the first was sent. Never for an invoice with nothing open (paid or cancelled), never a level already
 * sent, never the second before the first was sent (a late run sends the first, not both at once).
 *
 * <p>Credits waiting for a person's confirmation do not hold a reminder back: confirm them first.
 */
public final class ReminderSchedule {

    private final ReminderPolicy policy;

    private ReminderSchedule(ReminderPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public static ReminderSchedule of(ReminderPolicy policy) {
        return new ReminderSchedule(policy);
    }

    public ReminderPolicy policy() {
        return policy;
    }

    /** The reminders due on a day, earliest due invoice first. */
    public List<Reminder> due(ReceivablesLedger ledger, Collection<SentReminder> sent, LocalDate today) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(today, "today");
        Map<String, Map<ReminderLevel, LocalDate>> sentByInvoice = new HashMap<>();
        for (SentReminder s : sent) {
            sentByInvoice.computeIfAbsent(s.invoiceNumber(), k -> new EnumMap<>(ReminderLevel.class)).merge(s.level(), s.sentOn(),
                    (a, b) -> a.isBefore(b) ? a : b);
        }
        List<Reminder> due = new ArrayList<>();
        for (Receivable r : ledger.openReceivables()) {
            InvoiceStatus status = ledger.status(r.invoiceNumber(), today);
            Map<ReminderLevel, LocalDate> already = sentByInvoice.getOrDefault(r.invoiceNumber(), Map.of());
            ReminderLevel level = null;
            if (!already.containsKey(ReminderLevel.FIRST)) {
                if (status.daysPastDue() >= policy.firstAfterDays()) {
                    level = ReminderLevel.FIRST;
                }
            } else if (!already.containsKey(ReminderLevel.SECOND)
                    && !today.isBefore(already.get(ReminderLevel.FIRST).plusDays(policy.secondAfterDays()))) {
                level = ReminderLevel.SECOND;
            }
            if (level != null) {
                due.add(new Reminder(level, r.memberCode(), r.invoiceNumber(), r.issueDate(), r.dueDate(), status.open(), r.ogm(),
                        status.daysPastDue()));
            }
        }
        return due;
    }
}
