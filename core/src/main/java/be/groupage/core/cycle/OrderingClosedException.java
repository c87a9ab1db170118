package be.groupage.core.cycle;

/** An order was placed or changed while the cycle is not open, or after its closing time. */
public final class OrderingClosedException extends CycleException {
    private static final long serialVersionUID = 1L;

    public OrderingClosedException(String message) {
        super(message);
    }
}
