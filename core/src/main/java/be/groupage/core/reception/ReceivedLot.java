package be.groupage.core.reception;

import be.groupage.core.money.Quantity;
import java.util.Objects;
import java.util.Optional;

/**
 * One lot of a product as the cooperative delivered it (goods in): its lot number, the quantity in the
 * product's selling unit, and its use-by or best-before date when it has one (fresh vegetables often
 * have none). For a product received by weighing, the quantity is the weight on the delivery note.
 */
public record ReceivedLot(String lotNumber, Quantity quantity, Optional<ExpiryDate> expiry) {

    public ReceivedLot {
        Objects.requireNonNull(lotNumber, "lotNumber");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(expiry, "expiry");
        lotNumber = lotNumber.strip();
        if (lotNumber.isEmpty()) {
            throw new IllegalArgumentException("A lot needs a lot number");
        }
        if (quantity.isNegative()) {
            throw new IllegalArgumentException("Lot " + lotNumber + ": the quantity must not be negative, not " + quantity);
        }
    }

    public static ReceivedLot of(String lotNumber, Quantity quantity, ExpiryDate expiry) {
        return new ReceivedLot(lotNumber, quantity, Optional.of(expiry));
    }

    /** A lot without a printed date. */
    public static ReceivedLot undated(String lotNumber, Quantity quantity) {
        return new ReceivedLot(lotNumber, quantity, Optional.empty());
    }
}
