package be.groupage.core.money;

import java.util.Optional;

/**
 * A unit of measure by its UN/ECE Recommendation 20 code, as used in Peppol BIS 3.0 invoice lines.
 *
 * <p>Weights and volumes are measured (fractional quantities allowed, up to three decimals); pieces
 * and units are counted (whole quantities only).
 */
public enum Unit {
    KGM("kg", true),
    GRM("g", true),
    LTR("l", true),
    H87("pièce", false),
    C62("unité", false);

    private final String symbol;
    private final boolean fractional;

    Unit(String symbol, boolean fractional) {
        this.symbol = symbol;
        this.fractional = fractional;
    }

    /** The UN/ECE Rec 20 code, e.g. {@code KGM}. */
    public String code() {
        return name();
    }

    /** A short French symbol for documents, e.g. {@code kg}. */
    public String symbol() {
        return symbol;
    }

    /** Whether a quantity in this unit may have decimals (weights, volumes) or is a whole count. */
    public boolean fractional() {
        return fractional;
    }

    /** The unit whose Rec 20 code is {@code code} (case ignored). */
    public static Optional<Unit> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Unit unit : values()) {
            if (unit.name().equalsIgnoreCase(code.trim())) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
