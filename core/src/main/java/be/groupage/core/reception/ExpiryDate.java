package be.groupage.core.reception;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date printed on a lot and its kind. A use-by date (DLC) is the last day the food may be
 * distributed: distribution on that day is allowed, the day after it is not. A best-before date (DDM)
 * only gives a notice when passed.
 */
public record ExpiryDate(DateKind kind, LocalDate date) {

    public ExpiryDate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
    }

    /** A use-by date (DLC). */
    public static ExpiryDate useBy(LocalDate date) {
        return new ExpiryDate(DateKind.USE_BY, date);
    }

    /** A best-before date (DDM). */
    public static ExpiryDate bestBefore(LocalDate date) {
        return new ExpiryDate(DateKind.BEST_BEFORE, date);
    }

    /** Whether the date is before {@code day} (so the lot is past it on that day). */
    public boolean passedOn(LocalDate day) {
        return date.isBefore(Objects.requireNonNull(day, "day"));
    }

    /** Whether a lot with this date must not be distributed on {@code day}: a use-by date already past. */
    public boolean forbidsDistributionOn(LocalDate day) {
        return kind == DateKind.USE_BY && passedOn(day);
    }

    @Override
    public String toString() {
        return (kind == DateKind.USE_BY ? "use by " : "best before ") + date;
    }
}
