package be.groupage.core.purchasing;

import be.groupage.core.money.Money;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One discrepancy of an invoice line: what was expected (from the catalogue version, the purchase order or the
 * reception), what the invoice says, their exact difference (invoice minus expected), and the amount excl. VAT it
 * costs the platform when it has one (positive: the invoice asks more). Expected, actual and difference are empty
 * when there is nothing to compare with (an unknown product).
 */
public record Finding(FindingKind kind, Optional<String> expected, Optional<String> actual, Optional<BigDecimal> difference,
                      Optional<Money> amount, String message) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(message, "message");
    }

    static Finding of(FindingKind kind, String message) {
        return new Finding(kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), message);
    }

    static Finding of(FindingKind kind, BigDecimal expected, BigDecimal actual, Optional<Money> amount, String message) {
        return new Finding(kind, Optional.of(plain(expected)), Optional.of(plain(actual)), Optional.of(actual.subtract(expected)), amount, message);
    }

    /** A number as people write it: {@code 2.15}, not {@code 2.1500}; {@code 10}, not {@code 1E+1}. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static Finding of(FindingKind kind, String expected, String actual, String message) {
        return new Finding(kind, Optional.of(expected), Optional.of(actual), Optional.empty(), Optional.empty(), message);
    }
}
