package be.groupage.core.receivables;

/**
 * How long an open amount is past due, counted in calendar days <b>from the invoice's due date</b> (not its
 * issue date), as aged receivables reports usually do. An invoice on its due date is not late yet (it may still
 * be paid that day), so it is {@link #NOT_YET_DUE}; the "0–30" bucket therefore holds the invoices 1 to 30 days
 * past due, the day after the due date being day 1.
 */
public enum AgeBucket {
    /** Not past its due date (due today or later). */
    NOT_YET_DUE("not yet due"),
    /** 1 to 30 days past due (shown as 0–30). */
    UP_TO_30("0–30"),
    /** 31 to 60 days past due. */
    DAYS_31_TO_60("31–60"),
    /** 61 to 90 days past due. */
    DAYS_61_TO_90("61–90"),
    /** More than 90 days past due. */
    OVER_90("> 90");

    private final String label;

    AgeBucket(String label) {
        this.label = label;
    }

    /** The bucket of an open amount that many days past its due date (0 or less: not yet due). */
    public static AgeBucket of(long daysPastDue) {
        if (daysPastDue <= 0) {
            return NOT_YET_DUE;
        }
        if (daysPastDue <= 30) {
            return UP_TO_30;
        }
        if (daysPastDue <= 60) {
            return DAYS_31_TO_60;
        }
        return daysPastDue <= 90 ? DAYS_61_TO_90 : OVER_90;
    }

    /** The column heading, e.g. {@code 31–60}. */
    public String label() {
        return label;
    }
}
