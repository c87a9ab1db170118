package be.groupage.service.infrastructure.security;

import be.groupage.core.access.SignInThrottle;
import be.groupage.service.application.port.access.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * The audit line of a sign-in lock ({@code SIGN_IN_LOCKED}, subject the login or the address), in a
 * transaction of its own: a sign-in runs in none, and the line must stay whatever the request does next.
 */
@ApplicationScoped
public class SignInLockAudit {

    static final String ACTION = "SIGN_IN_LOCKED";
    private static final int SUBJECT_LENGTH = 80;

    @Inject
    AuditLog log;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SignInThrottle.Lock lock) {
        String subjectType = lock.kind() == SignInThrottle.Kind.LOGIN ? "login" : "address";
        log.append(clock.instant(), "system", ACTION, subjectType, plain(lock.key()),
                lock.failures() + " failed sign-ins; locked until " + lock.until());
    }

    /** The key as a subject: control characters a client put in a login shown as {@code ?}, cut to the column's 80 characters. */
    static String plain(String key) {
        StringBuilder plain = new StringBuilder(Math.min(key.length(), SUBJECT_LENGTH));
        for (int i = 0; i < key.length() && plain.length() < SUBJECT_LENGTH; i++) {
            char c = key.charAt(i);
            plain.append(Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029' ? '?' : c);
        }
        return plain.toString();
    }
}
