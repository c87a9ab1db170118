package be.groupage.core.receivables;

import be.groupage.core.money.Money;

import java.util.Objects;

/** A part of a credit put on one invoice: positive and exact to the cent. */
public record Allocation(String invoiceNumber, Money amount) {

    public Allocation {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive() || !amount.equals(amount.rounded())) {
            throw new IllegalArgumentException("An allocation to " + invoiceNumber + " is positive and exact to the cent, not " + amount);
        }
    }

    public static Allocation of(String invoiceNumber, Money amount) {
        return new Allocation(invoiceNumber, amount);
    }
}
