package be.groupage.service.application.port.common;

import java.time.Instant;
import java.util.Optional;

/** The claimed idempotency keys, one row each, inside the caller's transaction. */
public interface IdempotencyRecords {

    Optional<IdempotencyRecord> byKey(String key);

    /**
     * Claims a key that no record holds yet; {@code false} when another request claimed it at the same
     * moment (the key is unique).
     */
    boolean claim(String key, String requestHash, String requestLine, Instant at);

    /** Keeps the answer of the request that claimed the key. */
    void complete(String key, IdempotencyRecord.Answer answer);

    /** Frees the key. */
    void release(String key);
}
