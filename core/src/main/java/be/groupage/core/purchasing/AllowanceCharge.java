package be.groupage.core.purchasing;

import be.groupage.core.money.Money;
import be.groupage.core.money.VatRate;

import java.util.Objects;

/**
 * A document-level allowance (a discount) or charge (e.g. transport) of the invoice (UBL {@code AllowanceCharge}):
 * its amount excl. VAT (positive), VAT rate and reason. It counts in the taxable base of its rate.
 */
public record AllowanceCharge(boolean charge, Money amount, VatRate rate, String reason) {
    public AllowanceCharge {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(reason, "reason");
    }

    /** What it adds to the base: the amount for a charge, minus it for an allowance. */
    public Money signed() {
        return charge ? amount : amount.negate();
    }
}
