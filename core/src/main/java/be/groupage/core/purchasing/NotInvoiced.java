package be.groupage.core.purchasing;

import be.groupage.core.money.Money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A product the cycle ordered or received that no invoice line names: the supplier may have forgotten it (or
 * invoiced it under a code the catalogue does not know). {@code receivedValue} is the received quantity at the
 * catalogue price, excl. VAT, half-up to the cent.
 */
public record NotInvoiced(String productCode, String name, BigDecimal ordered, BigDecimal received, Money receivedValue) {
    public NotInvoiced {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ordered, "ordered");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(receivedValue, "receivedValue");
    }

    /** Whether some of it came in, so that its absence from the invoice is a discrepancy (not just nothing to pay). */
    public boolean wasReceived() {
        return received.signum() > 0;
    }
}
