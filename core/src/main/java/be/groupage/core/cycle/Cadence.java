package be.groupage.core.cycle;

/** How often a recurring cycle comes back: every week or every two weeks. */
public enum Cadence {
    WEEKLY(1),
    FORTNIGHTLY(2);

    private final int weeks;

    Cadence(int weeks) {
        this.weeks = weeks;
    }

    /** The weeks between two cycles. */
    public int weeks() {
        return weeks;
    }
}
