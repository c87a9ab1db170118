package be.groupage.core.reports;

import be.groupage.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a member bought over a period (dates inclusive): value excl. VAT, weight in kg, and the value
 * of organic and of short-circuit goods. Shares are fractions of the value (0.4250 = 42.5%), rounded
 * half-up to four decimals; zero when the member bought nothing.
 */
public record MemberPurchaseReport(String memberCode, LocalDate from, LocalDate to, Money value, BigDecimal kilograms,
                                   Money organicValue, Money shortCircuitValue) {

    public MemberPurchaseReport {
        Objects.requireNonNull(memberCode, "memberCode");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kilograms, "kilograms");
        Objects.requireNonNull(organicValue, "organicValue");
        Objects.requireNonNull(shortCircuitValue, "shortCircuitValue");
    }

    /** Organic value / value. */
    public BigDecimal organicShare() {
        return share(organicValue);
    }

    /** Short-circuit value / value. */
    public BigDecimal shortCircuitShare() {
        return share(shortCircuitValue);
    }

    private BigDecimal share(Money part) {
        if (value.isZero()) {
            return BigDecimal.ZERO.setScale(4);
        }
        return part.amount().divide(value.amount(), 4, RoundingMode.HALF_UP);
    }
}
