package be.groupage.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import be.groupage.core.cycle.OpeningSchedule.Opening;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class OpeningScheduleProperties {

    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    /** Due exactly when a draft scheduled ahead of its creation has reached its opening time and not its closing time. */
    @Property
    void due_exactly_inside_the_window_of_a_draft_scheduled_ahead(@ForAll @LongRange(min = 0, max = 1_000_000) long created,
                                                                  @ForAll @LongRange(min = 0, max = 1_000_000) long opens,
                                                                  @ForAll @LongRange(min = 1, max = 1_000_000) long window,
                                                                  @ForAll @LongRange(min = 0, max = 3_000_000) long now) {
        OpeningSchedule schedule = OpeningSchedule.of(EPOCH.plusSeconds(opens), EPOCH.plusSeconds(opens + window), EPOCH.plusSeconds(created));
        boolean inWindow = now >= opens && now < opens + window;
        assertThat(schedule.at(CycleStatus.DRAFT, EPOCH.plusSeconds(now)) == Opening.DUE).isEqualTo(inWindow && opens > created);
    }

    /** Opening by itself happens at most once, whatever the moments the timers of several instances look at it. */
    @Property
    void opens_at_most_once_however_many_times_it_is_tried(@ForAll @IntRange(min = 1, max = 20) int tries,
                                                          @ForAll @LongRange(min = 0, max = 600) long step) {
        Instant closes = EPOCH.plusSeconds(3_600);
        OpeningSchedule schedule = OpeningSchedule.of(EPOCH.plusSeconds(60), closes, EPOCH);
        Cycle cycle = Cycle.draft(1, "Hebdomadaire", OpeningScheduleTest.catalogue(), closes);
        TestClock clock = new TestClock(EPOCH);
        int opened = 0;
        for (int i = 0; i < tries; i++) {
            clock.advance(java.time.Duration.ofSeconds(step));
            if (schedule.at(cycle.status(), clock.instant()) == Opening.DUE) {
                cycle.openOnSchedule(schedule, clock);
                opened++;
            }
        }
        assertThat(opened).isLessThanOrEqualTo(1);
        assertThat(cycle.status() == CycleStatus.OPEN).isEqualTo(opened == 1);
        cycle.openedAt().ifPresent(at -> assertThat(at).isBetween(schedule.opensAt(), closes));
    }
}
