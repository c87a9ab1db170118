package be.groupage.core.pooling;

/**
 * How a quantity that does not match the demand is shared among the member lines of one product.
 * Lines are ranked by order time, then member code (then quantity and maximum, so identical lines are
 * interchangeable): that rank is the tie-break, so the result never depends on the input order.
 */
public enum AllocationStrategy {
    /**
     * In proportion: a shortfall is shared in proportion to what each line ordered; a tolerance extra in
     * proportion to each line's headroom (maximum − ordered). Parts are whole selling units (thousandths
     * for measured units) by largest remainder, ties to the better-ranked line, so each part is within
     * one unit of its exact share and no line gets more than it ordered (or its maximum).
     */
    PROPORTIONAL,
    /**
     * First come, first served: lines are served fully in rank order until the quantity runs out (for a
     * tolerance extra, lines are filled up to their maximum in rank order).
     */
    FIRST_COME
}
