package be.groupage.service.interfaces.rest.common;

import java.math.BigDecimal;

/** Decimal numbers as the API writes them: no trailing zeros, never in exponent form ({@code 10}, not {@code 1E+1}). */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** An amount of money with exactly two decimals, e.g. {@code 18.60}. */
    public static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
