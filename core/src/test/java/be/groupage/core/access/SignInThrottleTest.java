package be.groupage.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import be.groupage.core.access.SignInThrottle.Kind;
import be.groupage.core.access.SignInThrottle.Limits;
import be.groupage.core.access.SignInThrottle.Lock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The throttling rule on a clock the test moves: thresholds, delays, the lock, resets and the bound on memory. */
class SignInThrottleTest {

    private static final Instant START = Instant.parse("2026-12-04T10:00:00Z");
    private static final String ADDRESS = "192.0.2.7";

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = SignInThrottle.of(Limits.forLogins(), Limits.forAddresses(), clock);

    @Test
    void four_failures_cost_nothing_the_fifth_asks_for_one_second_then_each_doubles() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("coord", ADDRESS);
            assertThat(throttle.waitFor("coord", ADDRESS)).as("after %d failures", i + 1).isEmpty();
        }
        throttle.failed("coord", ADDRESS);
        assertThat(throttle.waitFor("coord", ADDRESS)).contains(Duration.ofSeconds(1));

        for (long expected : new long[] {2, 4, 8, 16}) {
            clock.pass(throttle.waitFor("coord", ADDRESS).orElseThrow());
            assertThat(throttle.waitFor("coord", ADDRESS)).isEmpty();
            throttle.failed("coord", ADDRESS);
            assertThat(throttle.waitFor("coord", ADDRESS)).contains(Duration.ofSeconds(expected));
        }
        clock.pass(Duration.ofMillis(500));
        assertThat(throttle.waitFor("coord", ADDRESS)).as("the wait counts down").contains(Duration.ofMillis(15_500));
    }

    @Test
    void the_tenth_failure_locks_the_login_for_fifteen_minutes_once_and_it_starts_afresh_after() {
        List<Lock> locks = failTimes("coord", 9);
        assertThat(locks).isEmpty();
        clock.pass(throttle.waitFor("coord", ADDRESS).orElseThrow());
        List<Lock> tenth = throttle.failed("coord", ADDRESS);
        assertThat(tenth).containsExactly(new Lock(Kind.LOGIN, "coord", clock.instant().plus(Duration.ofMinutes(15)), 10));
        assertThat(throttle.waitFor("coord", ADDRESS)).contains(Duration.ofMinutes(15));
        assertThat(throttle.failed("coord", ADDRESS)).as("a failure counted while locked is no second lock").isEmpty();

        clock.pass(Duration.ofMinutes(14));
        assertThat(throttle.waitFor("coord", null)).as("the lock holds whatever the address").contains(Duration.ofMinutes(1));
        clock.pass(Duration.ofMinutes(1));
        assertThat(throttle.waitFor("coord", ADDRESS)).isEmpty();
        throttle.failed("coord", ADDRESS);
        assertThat(throttle.waitFor("coord", ADDRESS)).as("after the lock, failures count from zero").isEmpty();
    }

    @Test
    void an_unknown_login_is_delayed_and_locked_exactly_like_an_existing_one() {
        SignInThrottle other = SignInThrottle.of(Limits.forLogins(), Limits.forAddresses(), clock);
        for (int i = 0; i < 10; i++) {
            Optional<Duration> known = throttle.waitFor("coord", ADDRESS);
            Optional<Duration> unknown = other.waitFor("nobody-here", ADDRESS);
            assertThat(unknown).isEqualTo(known);
            clock.pass(known.orElse(Duration.ZERO));
            assertThat(other.failed("nobody-here", ADDRESS)).hasSameSizeAs(throttle.failed("coord", ADDRESS));
        }
        assertThat(other.waitFor("nobody-here", ADDRESS)).isEqualTo(throttle.waitFor("coord", ADDRESS)).contains(Duration.ofMinutes(15));
    }

    @Test
    void a_success_clears_the_logins_count_but_not_the_addresss() {
        Limits addresses = new Limits(Duration.ofMinutes(15), 3, Duration.ofSeconds(1), 6, Duration.ofMinutes(15), 100);
        SignInThrottle strict = SignInThrottle.of(Limits.forLogins(), addresses, clock);
        for (int i = 0; i < 4; i++) {
            clock.pass(strict.waitFor("coord", ADDRESS).orElse(Duration.ZERO));
            strict.failed("coord", ADDRESS);
        }
        strict.succeeded("coord");
        assertThat(strict.waitFor("coord", "198.51.100.1")).as("the login is forgiven").isEmpty();
        assertThat(strict.waitFor("coord", ADDRESS)).as("its address is not").isPresent();
        assertThat(strict.waitFor("someone-else", ADDRESS)).as("nor any login from there").isPresent();
    }

    @Test
    void logins_and_addresses_are_counted_apart_and_an_address_locks_every_login_tried_from_it() {
        Limits addresses = new Limits(Duration.ofMinutes(15), 3, Duration.ofSeconds(1), 4, Duration.ofMinutes(15), 100);
        SignInThrottle strict = SignInThrottle.of(Limits.forLogins(), addresses, clock);
        List<Lock> last = List.of();
        for (int i = 0; i < 4; i++) {
            clock.pass(strict.waitFor("login-" + i, ADDRESS).orElse(Duration.ZERO));
            last = strict.failed("login-" + i, ADDRESS);
        }
        assertThat(last).containsExactly(new Lock(Kind.ADDRESS, ADDRESS, clock.instant().plus(Duration.ofMinutes(15)), 4));
        assertThat(strict.waitFor("coord", ADDRESS)).contains(Duration.ofMinutes(15));
        assertThat(strict.waitFor("coord", "198.51.100.1")).as("the same login from elsewhere").isEmpty();
    }

    @Test
    void failures_older_than_the_window_no_longer_count() {
        failTimes("coord", 4);
        clock.pass(Duration.ofMinutes(15));
        throttle.failed("coord", ADDRESS);
        assertThat(throttle.waitFor("coord", ADDRESS)).as("four failures have left the window").isEmpty();
    }

    @Test
    void a_right_password_never_counts() {
        for (int i = 0; i < 100; i++) {
            assertThat(throttle.waitFor("coord", ADDRESS)).isEmpty();
            throttle.succeeded("coord");
        }
        assertThat(throttle.tracked()).isZero();
    }

    @Property(tries = 50)
    void memory_is_bounded_by_the_keys_kept(@ForAll @IntRange(min = 1, max = 2_000) int logins) {
        Limits small = new Limits(Duration.ofMinutes(15), 5, Duration.ofSeconds(1), 10, Duration.ofMinutes(15), 100);
        SignInThrottle bounded = SignInThrottle.of(small, small, clock);
        for (int i = 0; i < logins; i++) {
            bounded.failed("made-up-" + i, "203.0.113." + (i % 300));
        }
        assertThat(bounded.tracked()).isLessThanOrEqualTo(200);
    }

    @Test
    void the_oldest_key_is_forgotten_first() {
        Limits two = new Limits(Duration.ofMinutes(15), 1, Duration.ofSeconds(30), 10, Duration.ofMinutes(15), 2);
        SignInThrottle bounded = SignInThrottle.of(two, Limits.forAddresses(), clock);
        bounded.failed("first", null);
        bounded.failed("second", null);
        bounded.failed("third", null);
        assertThat(bounded.waitFor("first", null)).isEmpty();
        assertThat(bounded.waitFor("second", null)).isPresent();
        assertThat(bounded.waitFor("third", null)).isPresent();
    }

    private List<Lock> failTimes(String login, int times) {
        List<Lock> locks = new java.util.ArrayList<>();
        for (int i = 0; i < times; i++) {
            clock.pass(throttle.waitFor(login, ADDRESS).orElse(Duration.ZERO));
            locks.addAll(throttle.failed(login, ADDRESS));
        }
        return locks;
    }

    private static final class MovableClock extends Clock {
        private Instant now = START;

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
