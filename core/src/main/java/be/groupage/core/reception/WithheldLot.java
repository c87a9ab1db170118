package be.groupage.core.reception;

import be.groupage.core.money.Quantity;
import java.util.Objects;

/**
 * A lot received but not distributed, with the reason (e.g. its use-by date is before the distribution
 * date). It stays on record as goods in; its quantity reaches no member.
 */
public record WithheldLot(String productCode, String lotNumber, Quantity quantity, String reason) {

    public WithheldLot {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(lotNumber, "lotNumber");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(reason, "reason");
    }
}
