package be.groupage.core.receivables;

import be.groupage.core.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What settled part of an invoice: a payment (a bank credit, {@link #source()} being its entry key) or a credit
 * note ({@link #source()} being its number), on a date, for a positive amount.
 */
public record Settlement(Kind kind, String source, LocalDate date, Money amount) {

    public enum Kind {
        PAYMENT,
        CREDIT_NOTE
    }

    public Settlement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A settlement is positive, not " + amount);
        }
    }
}
