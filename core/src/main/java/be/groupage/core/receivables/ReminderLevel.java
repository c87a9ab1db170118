package be.groupage.core.receivables;

/** Which reminder of an invoice: the first, or the second and last. */
public enum ReminderLevel {
    FIRST,
    SECOND
}
