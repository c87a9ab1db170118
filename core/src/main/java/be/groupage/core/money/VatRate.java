package be.groupage.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A VAT rate in percent, e.g. 6 (food, menstrual protection) or 21 (hygiene and cleaning goods).
 * Rates are data carried by each product and cost, never constants in code. Equal by value
 * ({@code 6} equals {@code 6.00}); between 0 and 100 inclusive.
 */
public final class VatRate implements Comparable<VatRate> {

    private final BigDecimal percent;

    private VatRate(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("A VAT rate is between 0 and 100 percent: " + percent.toPlainString());
        }
        this.percent = percent.stripTrailingZeros().scale() < 0 ? percent.setScale(0) : percent.stripTrailingZeros();
    }

    public static VatRate ofPercent(BigDecimal percent) {
        return new VatRate(percent);
    }

    public static VatRate ofPercent(String percent) {
        return new VatRate(new BigDecimal(Objects.requireNonNull(percent, "percent")));
    }

    /** The rate in percent, without trailing zeros: {@code 6}, {@code 21}, {@code 5.5}. */
    public BigDecimal percent() {
        return percent;
    }

    /** The rate as a fraction: 6% gives {@code 0.06}. */
    public BigDecimal fraction() {
        return percent.movePointLeft(2);
    }

    /** The VAT on a base, rounded half-up to the cent: the rule applied per rate on the summed base. */
    public Money vatOn(Money base) {
        return Money.of(base.amount().multiply(fraction()).setScale(2, RoundingMode.HALF_UP), base.currency());
    }

    @Override
    public int compareTo(VatRate other) {
        return percent.compareTo(other.percent);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VatRate other && percent.compareTo(other.percent) == 0;
    }

    @Override
    public int hashCode() {
        return percent.hashCode();
    }

    /** e.g. {@code 6%}. */
    @Override
    public String toString() {
        return percent.toPlainString() + "%";
    }
}
