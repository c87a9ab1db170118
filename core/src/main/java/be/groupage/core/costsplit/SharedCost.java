package be.groupage.core.costsplit;

import be.groupage.core.money.Money;
import be.groupage.core.money.VatRate;

import java.util.Objects;

/**
 * A cost of the cycle charged to its members, e.g. transport EUR 120.00 at 21% split by weight. The
 * amount excludes VAT and is exact to the cent; it may be zero (nothing charged) or negative (a refund
 * shared out the same way). Each member's share carries the cost's VAT rate.
 */
public record SharedCost(String label, Money amount, VatRate vatRate, SplitRule rule) {

    public SharedCost {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(rule, "rule");
        if (label.isBlank()) {
            throw new IllegalArgumentException("A shared cost needs a label");
        }
        if (amount.amount().stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Shared cost " + label + " must be exact to the cent: " + amount);
        }
    }

    public static SharedCost of(String label, Money amount, VatRate vatRate, SplitRule rule) {
        return new SharedCost(label, amount, vatRate, rule);
    }
}
