package be.groupage.core.cycle;

import be.groupage.core.money.Quantity;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One product in a member's order: the quantity in the product's selling unit, the optional maximum the
 * member accepts when cases are filled (tolerance), and when the line was placed — or last raised,
 * since a raise joins the queue again while a cut keeps its place.
 *
 * <p>Invariants: quantity positive; maximum in the same unit and not under the quantity.
 */
public record OrderLine(String productCode, Quantity quantity, Optional<Quantity> maximum, Instant orderedAt) {

    public OrderLine {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(orderedAt, "orderedAt");
        if (quantity.amount().signum() <= 0) {
            throw new IllegalArgumentException("Product " + productCode + ": the quantity must be positive, not " + quantity);
        }
        if (maximum.isPresent() && maximum.get().compareTo(quantity) < 0) {
            throw new IllegalArgumentException("Product " + productCode + ": the maximum " + maximum.get() + " is under the quantity " + quantity);
        }
    }

    public static OrderLine of(String productCode, Quantity quantity, Optional<Quantity> maximum, Instant orderedAt) {
        return new OrderLine(productCode, quantity, maximum, orderedAt);
    }

    /** The most this line may receive: the maximum when stated, else the quantity. */
    public Quantity ceiling() {
        return maximum.orElse(quantity);
    }
}
