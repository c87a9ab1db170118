package be.groupage.core.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When a delivery that did not end with a receipt is tried again: {@code first} after the first attempt, then each
 * wait {@code factor} times the previous one, never more than {@code ceiling}; after {@code maxAttempts} automatic
 * attempts, never (a person resends). With the defaults (1 min, ×4, 6 h, 6 attempts): 1 min, 4 min, 16 min,
 * 64 min, 4 h 16 min, then a person.
 */
public record RetrySchedule(Duration first, int factor, Duration ceiling, int maxAttempts) {

    /** 1 minute, ×4, at most 6 hours, 6 attempts. */
    public static final RetrySchedule DEFAULT = new RetrySchedule(Duration.ofMinutes(1), 4, Duration.ofHours(6), 6);

    public RetrySchedule {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(ceiling, "ceiling");
        if (first.isNegative() || first.isZero()) {
            throw new IllegalArgumentException("The first wait must be positive: " + first);
        }
        if (ceiling.compareTo(first) < 0) {
            throw new IllegalArgumentException("The ceiling " + ceiling + " is below the first wait " + first);
        }
        if (factor < 1) {
            throw new IllegalArgumentException("The factor is at least 1: " + factor);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt is made: " + maxAttempts);
        }
    }

    /** The wait after the {@code attempts}-th attempt failed, or empty when no automatic attempt is left. */
    public Optional<Duration> waitAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("No attempt was made yet: " + attempts);
        }
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(ceiling) < 0; i++) {
            wait = wait.multipliedBy(factor);
        }
        return Optional.of(wait.compareTo(ceiling) > 0 ? ceiling : wait);
    }
}
