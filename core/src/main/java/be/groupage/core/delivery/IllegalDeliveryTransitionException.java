package be.groupage.core.delivery;

/** A delivery was asked to change state from a state that does not allow it (the service answers 409). */
public final class IllegalDeliveryTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final DeliveryState from;

    public IllegalDeliveryTransitionException(DeliveryState from, String message) {
        super(message);
        this.from = from;
    }

    public DeliveryState from() {
        return from;
    }
}
