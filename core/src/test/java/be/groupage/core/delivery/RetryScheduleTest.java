package be.groupage.core.delivery;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryScheduleTest {

    @Test
    void theDefaultWaitsOneFourSixteenSixtyFourMinutesThenFourHoursSixteenThenLeavesItToAPerson() {
        RetrySchedule schedule = RetrySchedule.DEFAULT;

        assertThat(schedule.waitAfter(1)).contains(Duration.ofMinutes(1));
        assertThat(schedule.waitAfter(2)).contains(Duration.ofMinutes(4));
        assertThat(schedule.waitAfter(3)).contains(Duration.ofMinutes(16));
        assertThat(schedule.waitAfter(4)).contains(Duration.ofMinutes(64));
        assertThat(schedule.waitAfter(5)).contains(Duration.ofMinutes(256));
        assertThat(schedule.waitAfter(6)).isEmpty();
    }

    @Test
    void theWaitNeverPassesTheCeiling() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), 10, Duration.ofMinutes(5), 100);

        assertThat(schedule.waitAfter(3)).contains(Duration.ofMinutes(5));
        assertThat(schedule.waitAfter(99)).contains(Duration.ofMinutes(5));
    }

    @Test
    void nonsenseSchedulesAreRefused() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, 2, Duration.ofMinutes(1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(2), 2, Duration.ofMinutes(1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(1), 0, Duration.ofMinutes(1), 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(1), 2, Duration.ofMinutes(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void waitsNeverShrinkStayBetweenFirstAndCeilingAndStopAtTheLastAttempt(@ForAll @IntRange(min = 1, max = 600) int firstSeconds,
                                                                          @ForAll @IntRange(min = 1, max = 10) int factor,
                                                                          @ForAll @IntRange(min = 0, max = 100_000) int extraSeconds,
                                                                          @ForAll @IntRange(min = 1, max = 40) int maxAttempts) {
        Duration first = Duration.ofSeconds(firstSeconds);
        Duration ceiling = first.plusSeconds(extraSeconds);
        RetrySchedule schedule = new RetrySchedule(first, factor, ceiling, maxAttempts);
        Duration previous = Duration.ZERO;
        for (int attempts = 1; attempts < maxAttempts; attempts++) {
            Optional<Duration> wait = schedule.waitAfter(attempts);
            assertThat(wait).isPresent();
            assertThat(wait.get()).isGreaterThanOrEqualTo(previous).isGreaterThanOrEqualTo(first).isLessThanOrEqualTo(ceiling);
            previous = wait.get();
        }
        assertThat(schedule.waitAfter(maxAttempts)).isEmpty();
    }
}
