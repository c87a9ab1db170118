package be.groupage.core.receivables;

import java.time.LocalDate;
import java.util.Objects;

/** A reminder that was sent: of which invoice, which level, on which day. The service keeps these. */
public record SentReminder(String invoiceNumber, ReminderLevel level, LocalDate sentOn) {

    public SentReminder {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(sentOn, "sentOn");
    }

    public static SentReminder of(String invoiceNumber, ReminderLevel level, LocalDate sentOn) {
        return new SentReminder(invoiceNumber, level, sentOn);
    }
}
