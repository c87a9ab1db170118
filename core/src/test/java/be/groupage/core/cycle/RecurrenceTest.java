package be.groupage.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.groupage.core.cycle.Recurrence.Occurrence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    // Monday 16 March 2026 08:00 in Brussels (UTC+1), closing Thursday 18:00, delivery Friday
    private static final Instant OPENS = Instant.parse("2026-03-16T07:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-19T17:00:00Z");
    private static final LocalDate DELIVERY = LocalDate.parse("2026-03-20");

    @Test
    void weekly_cycles_keep_their_brussels_hours_across_the_change_to_summer_time() {
        Recurrence weekly = Recurrence.of(Cadence.WEEKLY, OPENS, CLOSES, DELIVERY, BRUSSELS);
        // summer time starts on Sunday 29 March 2026: the third cycle opens at 08:00 Brussels, 06:00 UTC
        Occurrence third = weekly.occurrence(2);
        assertThat(third.opensAt()).isEqualTo(Instant.parse("2026-03-30T06:00:00Z"));
        assertThat(third.closesAt()).isEqualTo(Instant.parse("2026-04-02T16:00:00Z"));
        assertThat(third.deliveryDate()).isEqualTo(LocalDate.parse("2026-04-03"));
        assertThat(weekly.occurrence(0).opensAt()).isEqualTo(OPENS);
    }

    @Test
    void fortnightly_cycles_come_every_two_weeks_and_keep_their_hours_back_to_winter_time() {
        Recurrence fortnightly = Recurrence.of(Cadence.FORTNIGHTLY, OPENS, CLOSES, DELIVERY, BRUSSELS);
        Occurrence o = fortnightly.occurrence(17); // 34 weeks on: Monday 9 November 2026, winter time again
        assertThat(o.opensAt()).isEqualTo(Instant.parse("2026-11-09T07:00:00Z"));
        assertThat(o.deliveryDate()).isEqualTo(LocalDate.parse("2026-11-13"));
    }

    @Test
    void the_next_cycles_ahead_are_those_still_to_open() {
        Recurrence weekly = Recurrence.of(Cadence.WEEKLY, OPENS, CLOSES, DELIVERY, BRUSSELS);
        // on the first cycle's Tuesday, the next two are the 2nd and the 3rd
        assertThat(weekly.upcoming(Instant.parse("2026-03-17T10:00:00Z"), 2)).extracting(Occurrence::number).containsExactly(1, 2);
        // at the very moment the 2nd opens, it is no longer ahead
        assertThat(weekly.upcoming(weekly.occurrence(1).opensAt(), 2)).extracting(Occurrence::number).containsExactly(2, 3);
        // long after, still the next two
        assertThat(weekly.upcoming(Instant.parse("2027-06-01T00:00:00Z"), 2)).extracting(Occurrence::number).containsExactly(64, 65);
        // before the first cycle opens, the next are still after it
        assertThat(weekly.upcoming(OPENS.minusSeconds(3600 * 24 * 30), 1)).extracting(Occurrence::number).containsExactly(1);
    }

    @Test
    void refuses_a_negative_occurrence_and_nothing_ahead() {
        Recurrence weekly = Recurrence.of(Cadence.WEEKLY, OPENS, CLOSES, DELIVERY, BRUSSELS);
        assertThatThrownBy(() -> weekly.occurrence(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> weekly.upcoming(OPENS, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recurrence.of(Cadence.WEEKLY, CLOSES, OPENS, DELIVERY, BRUSSELS)).isInstanceOf(IllegalArgumentException.class);
    }

    static LocalTime brusselsTime(Instant at) {
        return ZonedDateTime.ofInstant(at, BRUSSELS).toLocalTime();
    }

    static List<Occurrence> sample(Recurrence r, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(r::occurrence).toList();
    }
}
