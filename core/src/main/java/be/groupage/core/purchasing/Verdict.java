package be.groupage.core.purchasing;

/** Finance's decision about a supplier's invoice. */
public enum Verdict {
    /** To be paid as invoiced. */
    APPROVED,
    /** Not to be paid as invoiced: the supplier is asked for a credit note or a corrected invoice; the note says why. */
    DISPUTED
}
