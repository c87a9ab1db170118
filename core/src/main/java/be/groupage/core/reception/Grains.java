package be.groupage.core.reception;

import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import java.math.BigDecimal;

/**
 * Quantities as whole grains, the way pooling counts them: one selling unit for counted units, one
 * thousandth for measured units (kg, g, l).
 */
final class Grains {

    private Grains() {
    }

    static int scale(Unit unit) {
        return unit.fractional() ? Quantity.MAX_SCALE : 0;
    }

    static long of(BigDecimal amount, Unit unit) {
        int scale = scale(unit);
        if (scale == 0 && amount.scale() == 0) {
            return amount.longValueExact();
        }
        try {
            return amount.scaleByPowerOfTen(scale).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("A quantity in " + unit.code() + " has at most " + scale + " decimals: " + amount.toPlainString(), e);
        }
    }

    static BigDecimal amount(long grains, Unit unit) {
        return BigDecimal.valueOf(grains, scale(unit));
    }

    static Quantity quantity(long grains, Unit unit) {
        if (grains >= 0 && grains < CACHED) {
            Quantity[] cache = CACHE[unit.ordinal()];
            Quantity q = cache[(int) grains];
            if (q == null) {
                // Quantity is immutable with final fields: a racing thread at worst builds an equal one.
                q = Quantity.of(BigDecimal.valueOf(grains, scale(unit)), unit);
                cache[(int) grains] = q;
            }
            return q;
        }
        return Quantity.of(BigDecimal.valueOf(grains, scale(unit)), unit);
    }

    /**
     * Delivered quantities repeat (3 jars, 12.500 kg…): sharing one {@link Quantity} per small value
     * spares a million objects, and their checks, when a large cycle is received and invoiced.
     */
    private static final int CACHED = 1 << 16;
    private static final Quantity[][] CACHE = new Quantity[Unit.values().length][CACHED];
}
