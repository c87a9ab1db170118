package be.groupage.service.application.port.common;

/**
 * A unique key (a code, a login, a number) that another transaction stored first: the database refused
 * the second row as it was written. The use case tells the caller that the thing is taken (409), as it does
 * when it finds the row before writing.
 */
public class TakenKeyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TakenKeyException(String key, Throwable cause) {
        super("The key " + key + " is already stored", cause);
    }
}
