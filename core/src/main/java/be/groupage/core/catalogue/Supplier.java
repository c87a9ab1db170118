package be.groupage.core.catalogue;

import be.groupage.core.money.Money;
import java.util.Objects;

/**
 * A supplier, in practice the local cooperative, identified by its code. It receives one consolidated
 * order per cycle and may require a minimum order value (excl. VAT) per order; zero when it has none.
 */
public record Supplier(String code, String name, Money minimumOrderValue) {

    public Supplier {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(minimumOrderValue, "minimumOrderValue");
        if (code.isBlank()) {
            throw new IllegalArgumentException("A supplier code must not be blank");
        }
        if (minimumOrderValue.isNegative()) {
            throw new IllegalArgumentException("A minimum order value must not be negative: " + minimumOrderValue);
        }
    }

    public static Supplier of(String code, String name, Money minimumOrderValue) {
        return new Supplier(code, name, minimumOrderValue);
    }

    /** A supplier without a minimum order value. */
    public static Supplier of(String code, String name) {
        return new Supplier(code, name, Money.zero());
    }
}
