package be.groupage.core.receivables;

import be.groupage.core.money.Money;
import be.groupage.core.payment.StructuredCommunication;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The content of a reminder to send: the invoice's number and date, its due date, what is still open on it and
 * the invoice's <b>same</b> OGM, so that the payment still matches automatically. Rendering it (PDF, e-mail) is
 * the service's job.
 *
 * @param openAmount what is open on the day the reminder is due, positive
 */
public record Reminder(ReminderLevel level, String memberCode, String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate,
                       Money openAmount, StructuredCommunication ogm, long daysPastDue) {

    public Reminder {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(memberCode, "memberCode");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(openAmount, "openAmount");
        Objects.requireNonNull(ogm, "ogm");
        if (!openAmount.isPositive()) {
            throw new IllegalArgumentException("A reminder is for an open amount, not " + openAmount);
        }
    }

    /** What was sent once the service sent it. */
    public SentReminder sentOn(LocalDate day) {
        return SentReminder.of(invoiceNumber, level, day);
    }
}
