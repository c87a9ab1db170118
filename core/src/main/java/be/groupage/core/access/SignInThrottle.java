package be.groupage.core.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The sign-in throttling rule: repeated wrong passwords for one login, or from one client address, first
 * slow that login or address down, then lock it for a while.
 *
 * <p>Logins and addresses are counted separately, each with its own {@link Limits}, over a sliding
 * window: only failures count (a right password never adds to a count). Once a key has
 * {@link Limits#delayAfter} failures within the window, each further attempt must wait an increasing
 * delay after the last failure ({@link Limits#firstDelay}, doubled at each failure, never beyond the
 * lock); at {@link Limits#lockAfter} failures it is locked for {@link Limits#lockFor} and its failures
 * are forgotten, so after the lock it starts afresh. An attempt that comes too soon is refused
 * (the caller checks no password and reads no account for it) and is not counted. A success clears the
 * login's count, never the address's: one right password does not excuse a hundred guesses from there.
 *
 * <p>Nothing here knows whether a login exists: an unknown login is counted, delayed and locked exactly
 * like an existing one, so the answers do not tell them apart. Memory is bounded: at most
 * {@link Limits#keysKept} logins and as many addresses are tracked, the least recently seen forgotten
 * first (a flood of made-up logins can at worst make a login forget its own failures; its address still
 * counts them). Thread-safe.
 */
public final class SignInThrottle {

    /** What is throttled: a login or a client address. */
    public enum Kind { LOGIN, ADDRESS }

    /**
     * The thresholds for one kind of key.
     *
     * @param window     how far back failures count
     * @param delayAfter failures within the window from which each further attempt must wait
     * @param firstDelay the wait after the {@code delayAfter}-th failure, doubled at each further one
     * @param lockAfter  failures within the window that lock the key
     * @param lockFor    how long a lock lasts
     * @param keysKept   how many keys are tracked at most
     */
    public record Limits(Duration window, int delayAfter, Duration firstDelay, int lockAfter, Duration lockFor, int keysKept) {

        public Limits {
            requireNonNull(window, "window");
            requireNonNull(firstDelay, "firstDelay");
            requireNonNull(lockFor, "lockFor");
            if (window.isNegative() || window.isZero() || firstDelay.isNegative() || lockFor.isNegative()) {
                throw new IllegalArgumentException("durations must be positive");
            }
            if (delayAfter < 1 || lockAfter < delayAfter || keysKept < 1) {
                throw new IllegalArgumentException("need 1 <= delayAfter <= lockAfter and keysKept >= 1");
            }
        }

        /** For logins: delayed after 5 failures in 15 minutes (1 s, 2 s, 4 s…), locked 15 minutes at 10. */
        public static Limits forLogins() {
            return new Limits(Duration.ofMinutes(15), 5, Duration.ofSeconds(1), 10, Duration.ofMinutes(15), 10_000);
        }

        /**
         * For addresses: a CPAS office or a proxy puts many people behind one address, so delayed after 30
         * failures in 15 minutes and locked 15 minutes at 100.
         */
        public static Limits forAddresses() {
            return new Limits(Duration.ofMinutes(15), 30, Duration.ofSeconds(1), 100, Duration.ofMinutes(15), 10_000);
        }
    }

    /** A login or address that has just become locked, until when, after how many failures. */
    public record Lock(Kind kind, String key, Instant until, int failures) {
    }

    private final Clock clock;
    private final Tracked logins;
    private final Tracked addresses;

    private SignInThrottle(Limits logins, Limits addresses, Clock clock) {
        this.clock = requireNonNull(clock, "clock");
        this.logins = new Tracked(Kind.LOGIN, requireNonNull(logins, "logins"));
        this.addresses = new Tracked(Kind.ADDRESS, requireNonNull(addresses, "addresses"));
    }

    public static SignInThrottle of(Limits logins, Limits addresses, Clock clock) {
        return new SignInThrottle(logins, addresses, clock);
    }

    /**
     * How long an attempt for this login from this address must still wait, empty if it may be checked
     * now. The address may be {@code null} (unknown): then only the login is looked at.
     */
    public synchronized Optional<Duration> waitFor(String login, String address) {
        requireNonNull(login, "login");
        Instant now = clock.instant();
        Duration wait = logins.waitFor(login, now);
        if (address != null) {
            Duration byAddress = addresses.waitFor(address, now);
            wait = byAddress.compareTo(wait) > 0 ? byAddress : wait;
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a wrong password (or unknown or disabled login) for both; answers what became locked by it. */
    public synchronized List<Lock> failed(String login, String address) {
        requireNonNull(login, "login");
        Instant now = clock.instant();
        List<Lock> locked = new ArrayList<>(2);
        logins.failed(login, now).ifPresent(locked::add);
        if (address != null) {
            addresses.failed(address, now).ifPresent(locked::add);
        }
        return List.copyOf(locked);
    }

    /** A right password: the login's failures are forgotten, the address's are kept. */
    public synchronized void succeeded(String login) {
        logins.keys.remove(requireNonNull(login, "login"));
    }

    /** How many logins and addresses are tracked now (for the bound on memory). */
    public synchronized int tracked() {
        return logins.keys.size() + addresses.keys.size();
    }

    private static final class State {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lockedUntil;
    }

    /** The keys of one kind, least recently seen (checked or failed) first. */
    private static final class Tracked {
        final Kind kind;
        final Limits limits;
        final LinkedHashMap<String, State> keys;

        Tracked(Kind kind, Limits limits) {
            this.kind = kind;
            this.limits = limits;
            this.keys = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
                    return size() > limits.keysKept();
                }
            };
        }

        Duration waitFor(String key, Instant now) {
            State state = keys.get(key);
            if (state == null) {
                return Duration.ZERO;
            }
            if (state.lockedUntil != null) {
                if (now.isBefore(state.lockedUntil)) {
                    return Duration.between(now, state.lockedUntil);
                }
                state.lockedUntil = null;
            }
            forgetOld(state, now);
            int count = state.failures.size();
            if (count < limits.delayAfter()) {
                return Duration.ZERO;
            }
            Instant allowedAt = state.failures.peekLast().plus(delay(count));
            return now.isBefore(allowedAt) ? Duration.between(now, allowedAt) : Duration.ZERO;
        }

        Optional<Lock> failed(String key, Instant now) {
            State state = keys.computeIfAbsent(key, k -> new State());
            if (state.lockedUntil != null && now.isBefore(state.lockedUntil)) {
                return Optional.empty();
            }
            state.lockedUntil = null;
            forgetOld(state, now);
            state.failures.addLast(now);
            int count = state.failures.size();
            if (count < limits.lockAfter()) {
                return Optional.empty();
            }
            state.failures.clear();
            state.lockedUntil = now.plus(limits.lockFor());
            return Optional.of(new Lock(kind, key, state.lockedUntil, count));
        }

        /** The wait after the {@code count}-th failure: the first delay, doubled at each failure past the threshold. */
        private Duration delay(int count) {
            int doublings = Math.min(count - limits.delayAfter(), 30);
            Duration delay = limits.firstDelay().multipliedBy(1L << doublings);
            return delay.compareTo(limits.lockFor()) > 0 ? limits.lockFor() : delay;
        }

        private void forgetOld(State state, Instant now) {
            Instant from = now.minus(limits.window());
            while (!state.failures.isEmpty() && !state.failures.peekFirst().isAfter(from)) {
                state.failures.removeFirst();
            }
        }
    }
}
