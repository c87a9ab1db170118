package be.groupage.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import be.groupage.core.cycle.Recurrence.Occurrence;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class RecurrenceProperties {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Instant BASE = Instant.parse("2026-01-05T07:00:00Z");

    /** Every occurrence opens and closes on the first cycle's weekday and Brussels hours, a whole number of cadences later. */
    @Property
    void every_occurrence_keeps_the_weekday_and_the_wall_clock_hours(@ForAll Cadence cadence,
                                                                   @ForAll @LongRange(min = 0, max = 365 * 24 * 4) long quarterHours,
                                                                   @ForAll @IntRange(min = 1, max = 7 * 24) int openHours,
                                                                   @ForAll @IntRange(min = 0, max = 300) int n) {
        Instant opens = BASE.plusSeconds(quarterHours * 900);
        Instant closes = opens.plusSeconds(openHours * 3600L);
        Recurrence r = Recurrence.of(cadence, opens, closes, LocalDate.ofInstant(closes, BRUSSELS).plusDays(1), BRUSSELS);
        Occurrence o = r.occurrence(n);
        ZonedDateTime first = opens.atZone(BRUSSELS);
        ZonedDateTime at = o.opensAt().atZone(BRUSSELS);
        DayOfWeek day = first.getDayOfWeek();
        assertThat(at.getDayOfWeek()).isEqualTo(day);
        // the wall clock is kept, except for an hour skipped by the change to summer time
        if (first.toLocalTime().equals(at.toLocalTime())) {
            assertThat(at.toLocalDate()).isEqualTo(first.toLocalDate().plusWeeks((long) n * cadence.weeks()));
        } else {
            assertThat(BRUSSELS.getRules().isValidOffset(first.toLocalDateTime().plusWeeks((long) n * cadence.weeks()), at.getOffset())).isTrue();
        }
        assertThat(o.closesAt()).isAfter(o.opensAt());
        assertThat(o.deliveryDate()).isEqualTo(r.delivery().plusWeeks((long) n * cadence.weeks()));
    }

    /** The cycles ahead are the very next ones still to open: consecutive, all after now, the one before not. */
    @Property
    void the_cycles_ahead_are_the_next_ones_still_to_open(@ForAll Cadence cadence,
                                                         @ForAll @LongRange(min = -30L * 24 * 3600, max = 3L * 365 * 24 * 3600) long secondsFromFirst,
                                                         @ForAll @IntRange(min = 1, max = 4) int ahead) {
        Recurrence r = Recurrence.of(cadence, BASE, BASE.plusSeconds(3 * 24 * 3600), LocalDate.parse("2026-01-09"), BRUSSELS);
        Instant now = BASE.plusSeconds(secondsFromFirst);
        List<Occurrence> next = r.upcoming(now, ahead);
        assertThat(next).hasSize(ahead);
        for (int i = 0; i < next.size(); i++) {
            assertThat(next.get(i).opensAt()).isAfter(now);
            assertThat(next.get(i).number()).isEqualTo(next.get(0).number() + i);
        }
        int first = next.get(0).number();
        assertThat(first).isGreaterThanOrEqualTo(1);
        if (first > 1) {
            assertThat(r.occurrence(first - 1).opensAt()).isBeforeOrEqualTo(now);
        }
    }
}
