package be.groupage.service.application;

import be.groupage.service.infrastructure.persistence.AuditEventEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Records who changed what and when, in the transaction of the change itself: a change that rolls back
 * leaves no audit line, and no change is kept without one.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    CurrentAccount caller;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String subjectType, String subjectId, String detail) {
        String actor = caller.get().map(Account::login).orElse("system");
        em.persist(new AuditEventEntity(clock.instant(), actor, action, subjectType, subjectId, detail));
    }
}
