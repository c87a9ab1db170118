package be.groupage.core.cycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test sets and moves by hand. */
final class TestClock extends Clock {

    private Instant instant;

    TestClock(Instant start) {
        this.instant = start;
    }

    void advance(Duration d) {
        instant = instant.plus(d);
    }

    void set(Instant at) {
        instant = at;
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
        return instant;
    }
}
