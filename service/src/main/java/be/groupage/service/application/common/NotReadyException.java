package be.groupage.service.application.common;

/**
 * What was asked exists but is not ready yet (an invoice numbered whose documents are still being
 * rendered): ask again after {@link #retryAfterSeconds()}.
 */
public class NotReadyException extends RuntimeException {

    private final int retryAfterSeconds;

    public NotReadyException(String detail, int retryAfterSeconds) {
        super(detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
