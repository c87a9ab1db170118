package be.groupage.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency (Groupage works in euro).
 *
 * <p>Invariants: the amount is never null; two amounts are equal when their currencies are equal and
 * their values compare equal, whatever their scale ({@code 10.0} equals {@code 10.00}); every
 * arithmetic operation checks that both sides share a currency. Intermediate results keep their full
 * precision; {@link #rounded()} rounds half-up to the cent, which is the rule for every amount that is
 * shown, stored or invoiced.
 */
public final class Money implements Comparable<Money> {

    public static final Currency EUR = Currency.getInstance("EUR");
    private static final int CENT_SCALE = 2;

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = Objects.requireNonNull(amount, "amount");
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** An amount in euro. */
    public static Money euros(BigDecimal amount) {
        return new Money(amount, EUR);
    }

    /** An amount in euro from its decimal text, e.g. {@code "18.63"}. */
    public static Money euros(String amount) {
        return new Money(new BigDecimal(Objects.requireNonNull(amount, "amount")), EUR);
    }

    /** An amount in euro from a whole number of cents. */
    public static Money ofCents(long cents) {
        return new Money(BigDecimal.valueOf(cents, CENT_SCALE), EUR);
    }

    public static Money zero() {
        return new Money(BigDecimal.ZERO.setScale(CENT_SCALE), EUR);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(CENT_SCALE), currency);
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** This amount times a factor, at full precision (round with {@link #rounded()} when it is final). */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(Objects.requireNonNull(factor, "factor")), currency);
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money abs() {
        return amount.signum() < 0 ? negate() : this;
    }

    /** Rounded half-up to the cent. */
    public Money rounded() {
        return new Money(amount.setScale(CENT_SCALE, RoundingMode.HALF_UP), currency);
    }

    /** The whole number of cents; the amount must already be exact to the cent. */
    public long cents() {
        return amount.movePointRight(CENT_SCALE).longValueExact();
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other
                && currency.equals(other.currency)
                && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, amount.stripTrailingZeros());
    }

    /** e.g. {@code EUR 18.63}; amounts with more precision than a cent show it. */
    @Override
    public String toString() {
        BigDecimal shown = amount.scale() < CENT_SCALE ? amount.setScale(CENT_SCALE) : amount;
        return currency.getCurrencyCode() + " " + shown.toPlainString();
    }

    /** Two amounts in different currencies met in one operation. */
    public static final class CurrencyMismatchException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        CurrencyMismatchException(Currency left, Currency right) {
            super("Cannot combine " + left.getCurrencyCode() + " with " + right.getCurrencyCode());
        }
    }
}
