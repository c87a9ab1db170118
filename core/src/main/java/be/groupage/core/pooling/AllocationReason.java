package be.groupage.core.pooling;

/** Why a member line was allocated what it was. */
public enum AllocationReason {
    /** Allocated exactly what was ordered. */
    FULL,
    /** Allocated less: the product was rounded down to whole cases and the shortfall shared out. */
    SHORTFALL_SHARED,
    /** Allocated more than ordered, within the member's stated maximum, to fill a case. */
    TOLERANCE_FILLED,
    /** Allocated nothing: the pooled demand did not reach the supplier's minimum number of cases. */
    BELOW_MINIMUM_CASES
}
