package be.groupage.core.purchasing;

import be.groupage.core.money.Money;
import be.groupage.core.money.VatRate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a supplier's invoice as it was written: its position (1-based, in document order), the line's own
 * id, the seller's item code (the catalogue code when the cooperative invoices with its catalogue) and the item's
 * GTIN when given, the description, the invoiced quantity and its UN/ECE Rec 20 unit code, the net price for
 * {@code baseQuantity} units (EN 16931 BT-146 and BT-149, 1 when absent), the VAT category code and rate, and the
 * line net amount the supplier declared (BT-131). Nothing here is checked against anything: that is
 * {@link ThreeWayMatch}'s job.
 */
public record SupplierInvoiceLine(int position, String lineId, Optional<String> sellerItemId, Optional<String> gtin,
                                  String description, BigDecimal quantity, String unitCode, BigDecimal price,
                                  BigDecimal baseQuantity, String vatCategory, VatRate vatRate, Money lineNet) {

    public SupplierInvoiceLine {
        if (position < 1) {
            throw new IllegalArgumentException("A line's position starts at 1: " + position);
        }
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(sellerItemId, "sellerItemId");
        Objects.requireNonNull(gtin, "gtin");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(baseQuantity, "baseQuantity");
        Objects.requireNonNull(vatCategory, "vatCategory");
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(lineNet, "lineNet");
        if (baseQuantity.signum() <= 0) {
            throw new IllegalArgumentException("A price's base quantity is above 0: " + baseQuantity.toPlainString());
        }
    }

    /** A line of one unit of base quantity, as most invoices write them. */
    public static SupplierInvoiceLine of(int position, String sellerItemId, String description, BigDecimal quantity, String unitCode,
                                         BigDecimal price, VatRate vatRate, Money lineNet) {
        return new SupplierInvoiceLine(position, String.valueOf(position), Optional.of(sellerItemId), Optional.empty(), description,
                quantity, unitCode, price, BigDecimal.ONE, "S", vatRate, lineNet);
    }

    /** The net price of one unit: price / base quantity (exact when the base quantity is 1). */
    public BigDecimal unitPrice() {
        if (baseQuantity.compareTo(BigDecimal.ONE) == 0) {
            return price;
        }
        return price.divide(baseQuantity, 10, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** What the line net should be from its own quantity and price: quantity x price / base quantity, half-up to the cent. */
    public Money computedNet() {
        return Money.of(quantity.multiply(price).divide(baseQuantity, 2, RoundingMode.HALF_UP), lineNet.currency());
    }
}
