package be.groupage.core.receivables;

/**
 * Where an invoice stands on a given date. {@link #OVERDUE} wins over {@link #PARTLY_PAID}: an invoice partly
 * paid whose due date has passed is overdue (its status still shows what was paid).
 */
public enum PaymentState {
    /** Nothing paid or credited yet, and not past its due date. */
    ISSUED,
    /** Part paid or credited, an amount still open, not past its due date. */
    PARTLY_PAID,
    /** Nothing left open, and at least part of it was paid. */
    PAID,
    /** Nothing left open and nothing paid: credit notes cancelled it. */
    CANCELLED,
    /** Its due date has passed and an amount is still open. */
    OVERDUE
}
