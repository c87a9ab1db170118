package be.groupage.core.cycle;

/** A business rule of cycles refused an action; the message says which and why, in English. */
public abstract class CycleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected CycleException(String message) {
        super(message);
    }
}
