package be.groupage.core.cycle;

import be.groupage.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/** Where a framework-agreement lot stands after an accepted order: consumed, remaining, and whether it is near the ceiling. */
public record LotUsage(String agreementNumber, String lotNumber, Money ceiling, Money consumed) {

    public LotUsage {
        Objects.requireNonNull(agreementNumber, "agreementNumber");
        Objects.requireNonNull(lotNumber, "lotNumber");
        Objects.requireNonNull(ceiling, "ceiling");
        Objects.requireNonNull(consumed, "consumed");
    }

    public static LotUsage of(String agreementNumber, String lotNumber, Money ceiling, Money consumed) {
        return new LotUsage(agreementNumber, lotNumber, ceiling, consumed);
    }

    public Money remaining() {
        return ceiling.minus(consumed);
    }

    /** The share of the ceiling consumed, rounded down to 4 decimals (0.9250 = 92.5%). */
    public BigDecimal share() {
        return Lot.share(consumed, ceiling);
    }

    /** Whether 90% or more of the ceiling is consumed: show a warning. */
    public boolean nearCeiling() {
        return consumed.amount().compareTo(ceiling.amount().multiply(Lot.WARNING_THRESHOLD)) >= 0;
    }

    /** The warning to show, e.g. "Framework agreement FA-2026-01 lot 2 is 92.50% used: EUR 750.00 left". */
    public String warning() {
        return "Framework agreement " + agreementNumber + " lot " + lotNumber + " is "
                + share().movePointRight(2).setScale(2, java.math.RoundingMode.DOWN).toPlainString() + "% used: " + remaining().rounded() + " left";
    }
}
