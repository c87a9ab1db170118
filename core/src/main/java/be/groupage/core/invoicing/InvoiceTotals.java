package be.groupage.core.invoicing;

import be.groupage.core.money.Money;

import java.util.Objects;

/**
 * A document's totals, exact to the cent (EN 16931 names in brackets).
 *
 * @param net                 sum of the taxable line nets, goods and cost shares (BT-109, total without VAT)
 * @param vat                 sum of the VAT per rate (BT-110)
 * @param gross               net + VAT (BT-112, total with VAT)
 * @param paidByThirdParties  subsidies, as a non-negative amount already paid by third parties (BT-113)
 * @param payable             gross - paidByThirdParties: what the member pays (BT-115)
 */
public record InvoiceTotals(Money net, Money vat, Money gross, Money paidByThirdParties, Money payable) {

    public InvoiceTotals {
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(paidByThirdParties, "paidByThirdParties");
        Objects.requireNonNull(payable, "payable");
    }

    /** Net minus subsidies: goods + cost shares - subsidies, the member's net cost. */
    public Money netAfterSubsidies() {
        return net.minus(paidByThirdParties);
    }

    /** Every amount negated: how a credit note counts against its invoice. */
    public InvoiceTotals negate() {
        return new InvoiceTotals(net.negate(), vat.negate(), gross.negate(), paidByThirdParties.negate(), payable.negate());
    }
}
