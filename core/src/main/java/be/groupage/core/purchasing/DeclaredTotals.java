package be.groupage.core.purchasing;

import be.groupage.core.money.Money;

import java.util.Objects;

/**
 * The document totals as the supplier declared them (UBL {@code LegalMonetaryTotal} and the VAT total of
 * {@code TaxTotal}): sum of line nets, document allowances and charges, total without VAT, VAT, total with VAT,
 * prepaid, rounding and the amount to pay.
 */
public record DeclaredTotals(Money lineNets, Money allowances, Money charges, Money taxExclusive, Money vat, Money taxInclusive,
                             Money prepaid, Money rounding, Money payable) {
    public DeclaredTotals {
        Objects.requireNonNull(lineNets, "lineNets");
        Objects.requireNonNull(allowances, "allowances");
        Objects.requireNonNull(charges, "charges");
        Objects.requireNonNull(taxExclusive, "taxExclusive");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(taxInclusive, "taxInclusive");
        Objects.requireNonNull(prepaid, "prepaid");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(payable, "payable");
    }

    /** Totals without allowances, charges, prepaid amount nor rounding. */
    public static DeclaredTotals of(Money lineNets, Money vat) {
        Money taxInclusive = lineNets.plus(vat);
        return new DeclaredTotals(lineNets, Money.zero(), Money.zero(), lineNets, vat, taxInclusive, Money.zero(), Money.zero(), taxInclusive);
    }
}
