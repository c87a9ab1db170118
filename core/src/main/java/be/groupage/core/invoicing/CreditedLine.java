package be.groupage.core.invoicing;

import be.groupage.core.money.Quantity;

import java.util.Objects;

/**
 * A quantity credited on one line of an invoice.
 *
 * @param lineIndex the line's position in the invoice, from 0
 * @param quantity  how much of it is credited, in the line's unit, positive
 */
public record CreditedLine(int lineIndex, Quantity quantity) {
    public CreditedLine {
        Objects.requireNonNull(quantity, "quantity");
        if (lineIndex < 0) {
            throw new IllegalArgumentException("A line index is not negative: " + lineIndex);
        }
        if (quantity.isNegative() || quantity.isZero()) {
            throw new IllegalArgumentException("A credited quantity is positive: " + quantity);
        }
    }

    public static CreditedLine of(int lineIndex, Quantity quantity) {
        return new CreditedLine(lineIndex, quantity);
    }
}
