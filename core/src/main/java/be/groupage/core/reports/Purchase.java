package be.groupage.core.reports;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.money.Money;
import be.groupage.core.reception.ReceivedLine;
import be.groupage.core.reception.Reception;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One delivered member line, as reports read it: who bought what, how much was delivered (in the
 * product's selling unit), at what price excl. VAT, on which distribution date and in which cycle.
 * Only goods bought count: FSE+ goods, given free by the state, are never purchases.
 */
public record Purchase(String memberCode, long cycleId, LocalDate deliveredOn, String productCode, BigDecimal quantity, Money unitPrice) {

    public Purchase {
        Objects.requireNonNull(memberCode, "memberCode");
        Objects.requireNonNull(deliveredOn, "deliveredOn");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity.signum() < 0 || unitPrice.isNegative()) {
            throw new IllegalArgumentException("Member " + memberCode + ", product " + productCode + ": quantity and price must not be negative");
        }
    }

    /** Delivered quantity × price, rounded half-up to the cent: the invoice line's net. */
    public Money value() {
        return unitPrice.times(quantity).rounded();
    }

    /** The delivered lines of a reception (those delivered something) at the cycle's prices. */
    public static List<Purchase> fromReception(Reception reception, CatalogueVersion prices) {
        Objects.requireNonNull(reception, "reception");
        Objects.requireNonNull(prices, "prices");
        List<Purchase> purchases = new ArrayList<>();
        for (ReceivedLine line : reception.lines()) {
            if (line.isDelivered()) {
                Product product = prices.product(line.productCode()).orElseThrow(() -> new IllegalArgumentException(
                        "Product " + line.productCode() + " is not in " + prices));
                purchases.add(new Purchase(line.memberCode(), reception.cycleId(), reception.distributionDate(), line.productCode(),
                        line.deliveredAmount(), product.price()));
            }
        }
        return purchases;
    }
}
