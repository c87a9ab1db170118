package be.groupage.core.cycle;

import be.groupage.core.money.Money;
import java.util.Objects;

/** A cycle cannot be sent to its supplier: its order value is under the supplier's minimum. */
public final class BelowSupplierMinimumException extends CycleException {
    private static final long serialVersionUID = 1L;

    private final transient Money orderValue;
    private final transient Money minimum;

    public BelowSupplierMinimumException(String reason, Money orderValue, Money minimum) {
        super(reason);
        this.orderValue = Objects.requireNonNull(orderValue, "orderValue");
        this.minimum = Objects.requireNonNull(minimum, "minimum");
    }

    public Money orderValue() {
        return orderValue;
    }

    public Money minimum() {
        return minimum;
    }

    /** How much more must be ordered to reach the minimum. */
    public Money missing() {
        return minimum.minus(orderValue);
    }
}
