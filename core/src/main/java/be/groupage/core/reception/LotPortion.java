package be.groupage.core.reception;

import be.groupage.core.money.Quantity;
import java.util.Objects;

/** A quantity taken from one lot: what a member line (or the platform stock) got of that lot. */
public record LotPortion(String lotNumber, Quantity quantity) {

    public LotPortion {
        Objects.requireNonNull(lotNumber, "lotNumber");
        Objects.requireNonNull(quantity, "quantity");
    }

    public static LotPortion of(String lotNumber, Quantity quantity) {
        return new LotPortion(lotNumber, quantity);
    }
}
