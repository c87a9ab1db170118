package be.groupage.core.costsplit;

/** How a shared cost is divided among the members who received goods in a cycle. */
public enum SplitRule {
    /** In proportion to each member's goods value excluding VAT. */
    BY_VALUE,
    /** In proportion to each member's delivered weight in kg. */
    BY_WEIGHT,
    /** The same part for every member (to the cent; leftover cents by largest remainder). */
    EQUAL,
    /**
     * The same part for every delivery point, then inside a point in proportion to its members' goods
     * value: a delivery fee is charged per stop, and the members sharing a stop share its fee.
     */
    PER_DELIVERY_POINT
}
