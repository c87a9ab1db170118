package be.groupage.core.cycle;

/**
 * The life of a cycle: DRAFT (being prepared) → OPEN (members order) → CLOSED (orders frozen, pooled)
 * → ORDERED (sent to the supplier) → RECEIVED (delivered) → INVOICED; CANCELLED from any state
 * before RECEIVED.
 */
public enum CycleStatus {
    DRAFT,
    OPEN,
    CLOSED,
    ORDERED,
    RECEIVED,
    INVOICED,
    CANCELLED;

    /** Whether a cycle in this state may go to {@code next}. */
    public boolean canGoTo(CycleStatus next) {
        switch (next) {
            case OPEN:
                return this == DRAFT;
            case CLOSED:
                return this == OPEN;
            case ORDERED:
                return this == CLOSED;
            case RECEIVED:
                return this == ORDERED;
            case INVOICED:
                return this == RECEIVED;
            case CANCELLED:
                return this == DRAFT || this == OPEN || this == CLOSED || this == ORDERED;
            default:
                return false;
        }
    }
}
