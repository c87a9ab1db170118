package be.groupage.service.application.access;

import be.groupage.service.application.port.access.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Records who changed what and when, in the transaction of the change itself: a change that rolls back
 * leaves no audit line, and no change is kept without one.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditLog log;

    @Inject
    CurrentAccount caller;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String subjectType, String subjectId, String detail) {
        String actor = caller.get().map(Account::login).orElse("system");
        log.append(clock.instant(), actor, action, subjectType, subjectId, detail);
    }
}
