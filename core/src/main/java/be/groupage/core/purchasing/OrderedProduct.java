package be.groupage.core.purchasing;

import be.groupage.core.catalogue.Product;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A product of the cycle as the three-way match sees it: the catalogue version's product (its price, unit and VAT
 * rate are what the cycle agreed on), the quantity ordered from the supplier (whole cases) and the quantity
 * received (zero when nothing came in), both in the selling unit.
 */
public record OrderedProduct(Product product, BigDecimal ordered, BigDecimal received) {
    public OrderedProduct {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(ordered, "ordered");
        Objects.requireNonNull(received, "received");
        if (ordered.signum() < 0 || received.signum() < 0) {
            throw new IllegalArgumentException("Ordered and received quantities are not negative: " + product.code());
        }
    }
}
