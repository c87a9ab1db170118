package be.groupage.core.cycle;

import java.time.Instant;
import java.util.Objects;

/**
 * When a cycle opens for orders by itself: at its opening time, if that time still lay ahead when the cycle
 * was created (a coordinator who gives an opening time already past means to open the draft by hand, once it
 * is ready), and only while its ordering window is not over.
 *
 * <p>A DRAFT whose whole window passed before it could open ({@link Opening#WINDOW_PASSED}) is left as it is:
 * it never opens by itself, {@link Cycle#open} refuses it too, and the coordinator sees it as such and cancels
 * it. Cancelling it without a person would hide that a planned cycle never took place.
 *
 * @param opensAt   when ordering is to start
 * @param closesAt  when ordering ends (after {@code opensAt})
 * @param createdAt when the cycle was created as a DRAFT
 */
public record OpeningSchedule(Instant opensAt, Instant closesAt, Instant createdAt) {

    /** What a cycle's schedule says about opening it by itself at a moment. */
    public enum Opening {
        /** Not a DRAFT (any more): nothing to open. */
        NOT_DRAFT,
        /** Its opening time was already past at creation: the coordinator opens it. */
        BY_HAND,
        /** Its opening time is still ahead. */
        NOT_YET,
        /** Opening time reached, closing time not yet: it opens now. */
        DUE,
        /** Its closing time passed while it was a DRAFT: it never opens. */
        WINDOW_PASSED
    }

    public OpeningSchedule {
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("closesAt " + closesAt + " must be after opensAt " + opensAt);
        }
    }

    /** The schedule of a cycle created at {@code createdAt} to open at {@code opensAt} and close at {@code closesAt}. */
    public static OpeningSchedule of(Instant opensAt, Instant closesAt, Instant createdAt) {
        return new OpeningSchedule(opensAt, closesAt, createdAt);
    }

    /** Whether the cycle opens by itself at all: its opening time lay ahead when it was created. */
    public boolean opensBySelf() {
        return opensAt.isAfter(createdAt);
    }

    /** What to do at {@code now} with a cycle in {@code status} on this schedule. */
    public Opening at(CycleStatus status, Instant now) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(now, "now");
        if (status != CycleStatus.DRAFT) {
            return Opening.NOT_DRAFT;
        }
        if (!now.isBefore(closesAt)) {
            return Opening.WINDOW_PASSED;
        }
        if (!opensBySelf()) {
            return Opening.BY_HAND;
        }
        return now.isBefore(opensAt) ? Opening.NOT_YET : Opening.DUE;
    }
}
