package be.groupage.core.reception;

/**
 * What the date printed on a lot means (Reg. 1169/2011): a use-by date (DLC, "à consommer jusqu'au")
 * may never be exceeded; a best-before date (DDM, "à consommer de préférence avant") may.
 */
public enum DateKind {
    /** DLC: after this date the food may not be distributed. */
    USE_BY,
    /** DDM: after this date the food may still be distributed; quality is no longer guaranteed. */
    BEST_BEFORE
}
