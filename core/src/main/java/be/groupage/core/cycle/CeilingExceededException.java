package be.groupage.core.cycle;

import be.groupage.core.money.Money;
import java.util.Objects;

/** An order would pass a framework-agreement lot's ceiling; carries what remains under it. */
public final class CeilingExceededException extends CycleException {
    private static final long serialVersionUID = 1L;

    private final transient Money remaining;
    private final transient Money requested;

    public CeilingExceededException(String agreementNumber, String lotNumber, Money ceiling, Money remaining, Money requested) {
        super("Framework agreement " + agreementNumber + " lot " + lotNumber + " has " + remaining + " left under its ceiling of "
                + ceiling + "; this order needs " + requested);
        this.remaining = Objects.requireNonNull(remaining, "remaining");
        this.requested = Objects.requireNonNull(requested, "requested");
    }

    /** What can still be ordered under the ceiling (excl. VAT). */
    public Money remaining() {
        return remaining;
    }

    /** The increase the refused order asked for (excl. VAT). */
    public Money requested() {
        return requested;
    }
}
