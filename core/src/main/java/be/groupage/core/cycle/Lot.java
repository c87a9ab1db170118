package be.groupage.core.cycle;

import be.groupage.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A lot of a framework agreement, with its ceiling in value (excl. VAT) and what is already consumed:
 * the sum, over every cycle ordering on this lot, of the orders' committed values as stored. The
 * service supplies {@code consumed}; {@link #check(Money)} judges a change against it.
 */
public record Lot(String number, String description, Money ceiling, Money consumed) {

    /** From this share of the ceiling on, an order shows a warning. */
    public static final BigDecimal WARNING_THRESHOLD = new BigDecimal("0.90");

    public Lot {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(ceiling, "ceiling");
        Objects.requireNonNull(consumed, "consumed");
        if (!ceiling.isPositive()) {
            throw new IllegalArgumentException("Lot " + number + ": the ceiling must be positive, not " + ceiling);
        }
        if (consumed.isNegative()) {
            throw new IllegalArgumentException("Lot " + number + ": consumption must not be negative, not " + consumed);
        }
    }

    public static Lot of(String number, String description, Money ceiling, Money consumed) {
        return new Lot(number, description, ceiling, consumed);
    }

    /** What remains under the ceiling (negative if it was already passed). */
    public Money remaining() {
        return ceiling.minus(consumed);
    }

    /** The same lot with more (or, for a negative delta, less) consumed. */
    public Lot consuming(Money delta) {
        return new Lot(number, description, ceiling, consumed.plus(delta).max(Money.zero(ceiling.currency())));
    }

    /**
     * Judges an increase of consumption by {@code delta} against the ceiling. A decrease (or zero) is
     * always accepted.
     *
     * @throws CeilingExceededException when consumed + delta would pass the ceiling
     */
    public LotUsage check(String agreementNumber, Money delta) {
        Objects.requireNonNull(delta, "delta");
        Money after = consumed.plus(delta);
        if (delta.isPositive() && after.isGreaterThan(ceiling)) {
            throw new CeilingExceededException(agreementNumber, number, ceiling, remaining().max(Money.zero(ceiling.currency())), delta);
        }
        return LotUsage.of(agreementNumber, number, ceiling, after.max(Money.zero(ceiling.currency())));
    }

    /** The share of the ceiling consumed, e.g. {@code 0.9250}. */
    static BigDecimal share(Money consumed, Money ceiling) {
        return consumed.amount().divide(ceiling.amount(), 4, RoundingMode.DOWN);
    }
}
