package be.groupage.service.infrastructure.security;

import be.groupage.core.access.SignInThrottle;
import be.groupage.service.application.access.SignInThrottledException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * core's {@link SignInThrottle} for this instance, with its thresholds from MicroProfile Config
 * ({@code groupage.signin.*}, defaults those of {@link SignInThrottle.Limits#forLogins()} and
 * {@link SignInThrottle.Limits#forAddresses()}), and one audit line each time a login or an address
 * becomes locked. The counts are in memory, per instance: behind a proxy spreading requests over several
 * instances, each counts what it sees.
 */
@ApplicationScoped
public class SignInThrottling {

    private static final Logger LOG = Logger.getLogger(SignInThrottling.class.getName());
    /** Longer than any login an account may have (80). */
    private static final int LOGIN_KEPT = 100;

    @Inject
    Clock clock;

    @Inject
    SignInLockAudit audit;

    @Inject
    @ConfigProperty(name = "groupage.signin.window-minutes", defaultValue = "15")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "groupage.signin.lock-minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "groupage.signin.first-delay-seconds", defaultValue = "1")
    int firstDelaySeconds;

    @Inject
    @ConfigProperty(name = "groupage.signin.login.delay-after", defaultValue = "5")
    int loginDelayAfter;

    @Inject
    @ConfigProperty(name = "groupage.signin.login.lock-after", defaultValue = "10")
    int loginLockAfter;

    @Inject
    @ConfigProperty(name = "groupage.signin.address.delay-after", defaultValue = "30")
    int addressDelayAfter;

    @Inject
    @ConfigProperty(name = "groupage.signin.address.lock-after", defaultValue = "100")
    int addressLockAfter;

    private SignInThrottle throttle;

    @PostConstruct
    void configure() {
        int keys = SignInThrottle.Limits.forLogins().keysKept();
        throttle = SignInThrottle.of(limits(loginDelayAfter, loginLockAfter, keys), limits(addressDelayAfter, addressLockAfter, keys), clock);
    }

    private SignInThrottle.Limits limits(int delayAfter, int lockAfter, int keys) {
        return new SignInThrottle.Limits(Duration.ofMinutes(windowMinutes), delayAfter, Duration.ofSeconds(firstDelaySeconds), lockAfter,
                Duration.ofMinutes(lockMinutes), keys);
    }

    /** For tests: a given rule and audit, no configuration. */
    static SignInThrottling of(SignInThrottle throttle, SignInLockAudit audit) {
        SignInThrottling throttling = new SignInThrottling();
        throttling.throttle = throttle;
        throttling.audit = audit;
        return throttling;
    }

    /** Refuses an attempt that comes too soon for its login or address; costs a map look-up, nothing more. */
    public void check(String login, String address) {
        Optional<Duration> wait = throttle.waitFor(key(login), address);
        if (wait.isPresent()) {
            throw new SignInThrottledException(wait.get());
        }
    }

    /** Counts a failed attempt; a login or address it locks gets its audit line (once per lock). */
    public void failed(String login, String address) {
        for (SignInThrottle.Lock lock : throttle.failed(key(login), address)) {
            LOG.warning(() -> "Sign-in locked for " + lock.kind().name().toLowerCase(Locale.ROOT) + " " + SignInLockAudit.plain(lock.key())
                    + " until " + lock.until() + " after " + lock.failures() + " failures");
            try {
                audit.record(lock);
            } catch (RuntimeException e) {
                // The lock holds whether or not its audit line could be written.
                LOG.log(Level.WARNING, "Could not write the audit line of a sign-in lock", e);
            }
        }
    }

    public void succeeded(String login) {
        throttle.succeeded(key(login));
    }

    /**
     * A login as counted: no account's login is this long, so a made-up one is cut (they are counted
     * together), and the logins kept cost at most so many characters each.
     */
    private static String key(String login) {
        return login.length() > LOGIN_KEPT ? login.substring(0, LOGIN_KEPT) : login;
    }
}
