package be.groupage.core.banking;

/** Whether a movement brings money into the account (a credit, e.g. a member's payment) or takes it out. */
public enum Direction {
    CREDIT,
    DEBIT
}
