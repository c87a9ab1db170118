package be.groupage.core.cycle;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an order as a member submits it, before the cycle judges it.
 *
 * @param quantity in the product's selling unit
 * @param maximum  the most the member accepts when cases are filled, or {@code null} for none
 */
public record OrderRequestLine(String productCode, BigDecimal quantity, BigDecimal maximum) {

    public OrderRequestLine {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(quantity, "quantity");
    }
}
