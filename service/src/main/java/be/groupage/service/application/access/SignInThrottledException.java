package be.groupage.service.application.access;

import java.time.Duration;

/**
 * A sign-in refused before any password was checked, because its login or address failed too often
 * lately: the caller may try again after {@link #retryAfter()}. Says nothing of whether the login exists.
 */
public class SignInThrottledException extends RuntimeException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins: try again in " + retryAfter.toSeconds() + " s.", null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The wait in whole seconds, rounded up (at least 1), as {@code Retry-After} gives it. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
