package be.groupage.core.cycle;

/** A cycle was asked to change state from a state that does not allow it (the service answers 409). */
public final class IllegalCycleTransitionException extends CycleException {
    private static final long serialVersionUID = 1L;

    private final CycleStatus from;
    private final CycleStatus to;

    public IllegalCycleTransitionException(long cycleId, CycleStatus from, CycleStatus to, String message) {
        super(message);
        this.from = from;
        this.to = to;
    }

    public CycleStatus from() {
        return from;
    }

    public CycleStatus to() {
        return to;
    }
}
