package be.groupage.core.cycle;

/** An order line is not acceptable: unknown product, quantity not positive or not whole, maximum under quantity… */
public final class InvalidOrderLineException extends CycleException {
    private static final long serialVersionUID = 1L;

    public InvalidOrderLineException(String message) {
        super(message);
    }
}
