package be.groupage.core.purchasing;

import be.groupage.core.money.Money;
import be.groupage.core.money.VatRate;

import java.util.Objects;

/** A VAT subtotal as the supplier declared it (UBL {@code TaxSubtotal}): category, rate, taxable base and VAT. */
public record DeclaredVat(String category, VatRate rate, Money base, Money vat) {
    public DeclaredVat {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(vat, "vat");
    }
}
