package be.groupage.service.infrastructure.persistence.access;

import be.groupage.service.application.port.access.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/** Audit lines in the {@code audit_event} table, inside the caller's transaction. */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Override
    public void append(Instant at, String actor, String action, String subjectType, String subjectId, String detail) {
        em.persist(new AuditEventEntity(at, actor, action, subjectType, subjectId, detail));
    }
}
