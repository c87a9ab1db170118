package be.groupage.core.reception;

import be.groupage.core.money.Quantity;
import java.util.Objects;

/**
 * What the platform keeps of a lot after serving every member line: more delivered than allocated, a
 * ROUND_UP surplus, or a weighed lot not weighed out in full.
 */
public record StockPortion(String productCode, String lotNumber, Quantity quantity) {

    public StockPortion {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(lotNumber, "lotNumber");
        Objects.requireNonNull(quantity, "quantity");
    }
}
