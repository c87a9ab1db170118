package be.groupage.service.infrastructure.persistence.common;

import be.groupage.service.application.port.common.IdempotencyRecord;
import be.groupage.service.application.port.common.IdempotencyRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.Optional;

/** Idempotency keys in the {@code idempotency_record} table (the key is unique), inside the caller's transaction. */
@ApplicationScoped
public class JpaIdempotencyRecords implements IdempotencyRecords {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Override
    public Optional<IdempotencyRecord> byKey(String key) {
        return entity(key).map(r -> new IdempotencyRecord(r.requestHash(), r.requestLine(), Optional.ofNullable(r.status())
                .map(status -> new IdempotencyRecord.Answer(status, r.contentType(), r.location(), r.body()))));
    }

    @Override
    public boolean claim(String key, String requestHash, String requestLine, Instant at) {
        try {
            em.persist(new IdempotencyRecordEntity(key, requestHash, requestLine, at));
            em.flush();
            return true;
        } catch (PersistenceException raced) {
            // The unique key was inserted by another request between our look-up and this insert.
            return false;
        }
    }

    @Override
    public void complete(String key, IdempotencyRecord.Answer answer) {
        entity(key).ifPresent(r -> r.complete(answer.status(), answer.contentType(), answer.location(), answer.body()));
    }

    @Override
    public void release(String key) {
        entity(key).ifPresent(em::remove);
    }

    private Optional<IdempotencyRecordEntity> entity(String key) {
        return em.createNamedQuery("Idempotency.byKey", IdempotencyRecordEntity.class).setParameter("key", key)
                .getResultStream().findFirst();
    }
}
