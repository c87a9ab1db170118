package be.groupage.core.invoicing;

import be.groupage.core.money.Money;
import be.groupage.core.money.VatRate;

import java.util.Objects;

/**
 * The taxable base and VAT for one rate on a document: base = sum of the line nets at that rate,
 * VAT = base x rate rounded half-up to the cent (on the summed base, never per line).
 */
public record VatBreakdown(VatRate rate, Money base, Money vat) {
    public VatBreakdown {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(vat, "vat");
    }

    public Money gross() {
        return base.plus(vat);
    }
}
