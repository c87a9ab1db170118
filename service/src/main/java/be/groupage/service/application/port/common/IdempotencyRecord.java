package be.groupage.service.application.port.common;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A claimed {@code Idempotency-Key}: a hash of the request body, the request line, and the answer once
 * the first request finished (empty while it still runs).
 */
public record IdempotencyRecord(String requestHash, String requestLine, Optional<Answer> answer) {

    public IdempotencyRecord {
        requireNonNull(requestHash, "requestHash");
        requireNonNull(requestLine, "requestLine");
        requireNonNull(answer, "answer");
    }

    /** The kept answer: status, and content type, location and body when it had them (else {@code null}). */
    public record Answer(int status, String contentType, String location, byte[] body) {
    }
}
