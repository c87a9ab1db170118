package be.groupage.service.application;

import be.groupage.service.infrastructure.persistence.IdempotencyRecordEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Remembers POSTs sent with an {@code Idempotency-Key}: the first request claims the key (a unique row),
 * runs, and stores its answer; a retry with the same key and body gets that answer again without running
 * twice; the same key with another body, or while the first is still running, is a conflict.
 * Keys are per account.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** A kept answer. */
    public record StoredAnswer(int status, String contentType, String location, byte[] body) {
    }

    /** What to do with a request: run it (the key is now claimed) or replay an earlier answer. */
    public record Claim(boolean run, StoredAnswer replay) {
    }

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String key, String requestHash, String requestLine) {
        Optional<IdempotencyRecordEntity> existing = find(key);
        if (existing.isEmpty()) {
            try {
                em.persist(new IdempotencyRecordEntity(key, requestHash, requestLine, clock.instant()));
                em.flush();
                return new Claim(true, null);
            } catch (PersistenceException raced) {
                throw new ConflictException("A request with this Idempotency-Key is being processed; retry in a moment.");
            }
        }
        IdempotencyRecordEntity record = existing.get();
        if (!record.requestHash().equals(requestHash) || !record.requestLine().equals(requestLine)) {
            throw new ConflictException("This Idempotency-Key was used for a different request.");
        }
        if (record.status() == null) {
            throw new ConflictException("A request with this Idempotency-Key is being processed; retry in a moment.");
        }
        return new Claim(false, new StoredAnswer(record.status(), record.contentType(), record.location(), record.body()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String key, StoredAnswer answer) {
        find(key).ifPresent(r -> r.complete(answer.status(), answer.contentType(), answer.location(), answer.body()));
    }

    /** Frees the key after a failure that a retry may fix. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String key) {
        find(key).ifPresent(em::remove);
    }

    private Optional<IdempotencyRecordEntity> find(String key) {
        return em.createNamedQuery("Idempotency.byKey", IdempotencyRecordEntity.class).setParameter("key", key)
                .getResultStream().findFirst();
    }
}
