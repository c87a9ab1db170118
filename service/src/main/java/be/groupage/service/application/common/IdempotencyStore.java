package be.groupage.service.application.common;

import be.groupage.service.application.port.common.IdempotencyRecord;
import be.groupage.service.application.port.common.IdempotencyRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    private static final String BUSY = "A request with this Idempotency-Key is being processed; retry in a moment.";

    /** A kept answer. */
    public record StoredAnswer(int status, String contentType, String location, byte[] body) {
    }

    /** What to do with a request: run it (the key is now claimed) or replay an earlier answer. */
    public record Claim(boolean run, StoredAnswer replay) {
    }

    @Inject
    IdempotencyRecords records;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(String key, String requestHash, String requestLine) {
        Optional<IdempotencyRecord> existing = records.byKey(key);
        if (existing.isEmpty()) {
            if (!records.claim(key, requestHash, requestLine, clock.instant())) {
                throw new ConflictException(BUSY);
            }
            return new Claim(true, null);
        }
        IdempotencyRecord record = existing.get();
        if (!record.requestHash().equals(requestHash) || !record.requestLine().equals(requestLine)) {
            throw new ConflictException("This Idempotency-Key was used for a different request.");
        }
        IdempotencyRecord.Answer answer = record.answer().orElseThrow(() -> new ConflictException(BUSY));
        return new Claim(false, new StoredAnswer(answer.status(), answer.contentType(), answer.location(), answer.body()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String key, StoredAnswer answer) {
        records.complete(key, new IdempotencyRecord.Answer(answer.status(), answer.contentType(), answer.location(), answer.body()));
    }

    /** Frees the key after a failure that a retry may fix. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String key) {
        records.release(key);
    }
}
