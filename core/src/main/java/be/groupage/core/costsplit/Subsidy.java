package be.groupage.core.costsplit;

import be.groupage.core.money.Money;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A third party (e.g. the province) paying {@code percent}% of each member's goods value excluding
 * VAT, rounded half-up to the cent per member, and at most {@code capPerMember} per member when a cap
 * is given. Each member's part is recorded as a negative {@link CostShare} without VAT rate: see
 * {@link CostShare.Kind#SUBSIDY} for why it does not reduce the taxable base.
 */
public record Subsidy(String label, BigDecimal percent, Optional<Money> capPerMember) {

    public Subsidy {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(percent, "percent");
        Objects.requireNonNull(capPerMember, "capPerMember");
        if (label.isBlank()) {
            throw new IllegalArgumentException("A subsidy needs a label");
        }
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("Subsidy " + label + ": the percentage is between 0 and 100, not " + percent.toPlainString());
        }
        capPerMember.ifPresent(cap -> {
            if (cap.isNegative() || cap.amount().stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("Subsidy " + label + ": the cap is a non-negative amount exact to the cent, not " + cap);
            }
        });
    }

    public static Subsidy uncapped(String label, BigDecimal percent) {
        return new Subsidy(label, percent, Optional.empty());
    }

    public static Subsidy capped(String label, BigDecimal percent, Money capPerMember) {
        return new Subsidy(label, percent, Optional.of(capPerMember));
    }

    /** What this subsidy pays for goods worth {@code goodsValue} (positive, rounded half-up, capped). */
    public Money amountFor(Money goodsValue) {
        Money share = goodsValue.times(percent).times(new BigDecimal("0.01")).rounded();
        return capPerMember.map(share::min).orElse(share);
    }
}
