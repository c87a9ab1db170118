package be.groupage.core.costsplit;

import be.groupage.core.money.Money;
import be.groupage.core.money.VatRate;

import java.util.Objects;
import java.util.Optional;

/**
 * One member's part of a shared cost or of a subsidy, exact to the cent.
 *
 * @param label   the label of the cost or subsidy it comes from
 * @param kind    a cost (carries a VAT rate) or a subsidy (negative, no VAT rate)
 * @param amount  excluding VAT; never zero (zero parts are left out of a split)
 * @param vatRate the cost's VAT rate; empty for a subsidy
 */
public record CostShare(String label, Kind kind, Money amount, Optional<VatRate> vatRate) {

    /** Where the part comes from. */
    public enum Kind {
        /** A part of a shared cost: invoiced as a line taxed at the cost's VAT rate. */
        SHARED_COST,
        /**
         * A part paid by a third party (e.g. the province). Under art. 26 of the Belgian VAT code the
         * taxable amount includes subsidies directly linked to the price, so a subsidy does not reduce
         * the taxable base nor the VAT: the invoice shows goods and costs with their full VAT, then the
         * subsidy as an amount already paid by the third party, which reduces only the amount the
         * member must pay (UBL: {@code PrepaidAmount}).
         */
        SUBSIDY
    }

    public CostShare {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(vatRate, "vatRate");
        if (kind == Kind.SHARED_COST && vatRate.isEmpty()) {
            throw new IllegalArgumentException("A share of cost " + label + " needs a VAT rate");
        }
        if (kind == Kind.SUBSIDY && (vatRate.isPresent() || amount.isPositive())) {
            throw new IllegalArgumentException("A subsidy share (" + label + ") is negative and has no VAT rate");
        }
    }

    public static CostShare ofCost(String label, Money amount, VatRate vatRate) {
        return new CostShare(label, Kind.SHARED_COST, amount, Optional.of(vatRate));
    }

    /** A subsidy part, given as the (positive) amount the third party pays; stored negated. */
    public static CostShare ofSubsidy(String label, Money paidByThirdParty) {
        return new CostShare(label, Kind.SUBSIDY, paidByThirdParty.negate(), Optional.empty());
    }
}
