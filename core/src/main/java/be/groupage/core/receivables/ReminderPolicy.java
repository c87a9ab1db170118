package be.groupage.core.receivables;

/**
 * When members are reminded of an unpaid invoice: a first reminder once the invoice is
 * {@code firstAfterDays} days past its due date, a second one {@code secondAfterDays} days after the first was
 * sent. There is no third level: after the second, finance staff take it up in person.
 */
public record ReminderPolicy(int firstAfterDays, int secondAfterDays) {

    public ReminderPolicy {
        if (firstAfterDays < 1 || secondAfterDays < 1) {
            throw new IllegalArgumentException("Reminders come at least a day after the due date and after each other, not "
                    + firstAfterDays + " and " + secondAfterDays);
        }
    }

    /** 15 days past due, then 15 days later. */
    public static ReminderPolicy defaults() {
        return new ReminderPolicy(15, 15);
    }

    public static ReminderPolicy of(int firstAfterDays, int secondAfterDays) {
        return new ReminderPolicy(firstAfterDays, secondAfterDays);
    }
}
