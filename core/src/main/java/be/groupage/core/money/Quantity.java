package be.groupage.core.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in a {@link Unit}. Equal by value and unit ({@code 1.5 KGM} equals {@code 1.500 KGM});
 * combining two quantities checks that their units agree. A counted unit ({@code H87}, {@code C62})
 * only holds whole numbers; a measured one holds up to three decimals.
 */
public final class Quantity implements Comparable<Quantity> {

    public static final int MAX_SCALE = 3;

    private final BigDecimal amount;
    private final Unit unit;

    private Quantity(BigDecimal amount, Unit unit) {
        this.amount = Objects.requireNonNull(amount, "amount");
        this.unit = Objects.requireNonNull(unit, "unit");
        BigDecimal stripped = amount.stripTrailingZeros();
        if (!unit.fractional() && stripped.scale() > 0) {
            throw new IllegalArgumentException("A quantity in " + unit.code() + " must be whole: " + amount.toPlainString());
        }
        if (stripped.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("A quantity has at most " + MAX_SCALE + " decimals: " + amount.toPlainString());
        }
    }

    public static Quantity of(BigDecimal amount, Unit unit) {
        return new Quantity(amount, unit);
    }

    public static Quantity of(String amount, Unit unit) {
        return new Quantity(new BigDecimal(Objects.requireNonNull(amount, "amount")), unit);
    }

    public static Quantity of(long amount, Unit unit) {
        return new Quantity(BigDecimal.valueOf(amount), unit);
    }

    public static Quantity zero(Unit unit) {
        return new Quantity(BigDecimal.ZERO, unit);
    }

    public BigDecimal amount() {
        return amount;
    }

    public Unit unit() {
        return unit;
    }

    public Quantity plus(Quantity other) {
        requireSameUnit(other);
        return new Quantity(amount.add(other.amount), unit);
    }

    public Quantity minus(Quantity other) {
        requireSameUnit(other);
        return new Quantity(amount.subtract(other.amount), unit);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Quantity other) {
        requireSameUnit(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameUnit(Quantity other) {
        Objects.requireNonNull(other, "other");
        if (unit != other.unit) {
            throw new IllegalArgumentException("Cannot combine " + unit.code() + " with " + other.unit.code());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity other && unit == other.unit && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, amount.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return amount.stripTrailingZeros().toPlainString() + " " + unit.code();
    }
}
