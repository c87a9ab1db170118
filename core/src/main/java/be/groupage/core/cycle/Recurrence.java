package be.groupage.core.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The dates of a recurring cycle's next cycles, from a first cycle's opening and closing times and delivery date:
 * occurrence {@code n} is the first moved on by {@code n} times the cadence's weeks, on the wall clock of the platform's
 * zone (Europe/Brussels), so a cycle that opens Monday 08:00 still opens Monday 08:00 after the change to or from
 * summer time. The first cycle is occurrence 0.
 *
 * @param cadence  how often
 * @param opensAt  the first cycle's opening time
 * @param closesAt the first cycle's closing time (after {@code opensAt})
 * @param delivery the first cycle's delivery date
 * @param zone     the wall clock the hours are kept on
 */
public record Recurrence(Cadence cadence, Instant opensAt, Instant closesAt, LocalDate delivery, ZoneId zone) {

    /** One cycle of the series: its number and its dates. */
    public record Occurrence(int number, Instant opensAt, Instant closesAt, LocalDate deliveryDate) {
    }

    public Recurrence {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(zone, "zone");
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("closesAt " + closesAt + " must be after opensAt " + opensAt);
        }
    }

    public static Recurrence of(Cadence cadence, Instant opensAt, Instant closesAt, LocalDate delivery, ZoneId zone) {
        return new Recurrence(cadence, opensAt, closesAt, delivery, zone);
    }

    /** Occurrence {@code n} (0 is the first cycle). */
    public Occurrence occurrence(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("An occurrence number is 0 or more: " + n);
        }
        long weeks = (long) n * cadence.weeks();
        return new Occurrence(n, opensAt.atZone(zone).plusWeeks(weeks).toInstant(), closesAt.atZone(zone).plusWeeks(weeks).toInstant(),
                delivery.plusWeeks(weeks));
    }

    /**
     * The next {@code ahead} cycles to have created at {@code now}: the first occurrences after the first cycle whose
     * opening time is still to come, so that each opens by itself ({@link OpeningSchedule}). Creating them is
     * idempotent by their number; one already created is simply found again.
     */
    public List<Occurrence> upcoming(Instant now, int ahead) {
        Objects.requireNonNull(now, "now");
        if (ahead < 1) {
            throw new IllegalArgumentException("At least one cycle ahead: " + ahead);
        }
        long period = (long) cadence.weeks() * 7 * 24 * 3600;
        // Start a period before now rather than walking from the first cycle: the occurrence before the start opens
        // at least a period minus an hour (summer time) before now, so none still to come is skipped.
        long elapsed = now.getEpochSecond() - opensAt.getEpochSecond();
        int n = (int) Math.max(1, elapsed / period - 1);
        List<Occurrence> next = new ArrayList<>(ahead);
        for (; next.size() < ahead; n++) {
            Occurrence o = occurrence(n);
            if (o.opensAt().isAfter(now)) {
                next.add(o);
            }
        }
        return next;
    }
}
