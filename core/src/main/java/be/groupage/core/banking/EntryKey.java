package be.groupage.core.banking;

import be.groupage.core.money.Money;
import be.groupage.core.payment.Iban;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The identity of one movement on an account, stable across files: the same movement found in two statement
 * files that overlap (a statement delivered again, a re-issued period) has the same key, so it is counted once.
 *
 * <p>Built from the account, the booking date, the direction, the amount and the bank's own reference for the
 * movement (CODA record 2.1 positions 11–31; CAMT.053 {@code AcctSvcrRef}); when the bank gives no reference,
 * from the counterparty account and the communication instead. The last part is the occurrence of that
 * combination in its statement (1 for the first), so that two identical movements on the same day stay two.
 * The {@link #value()} is a plain string of at most a few hundred characters, for a unique database column.
 */
public record EntryKey(String value) {

    public EntryKey {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("An entry key is not blank");
        }
    }

    /**
     * @param reference  the bank's reference of the movement, or (when it has none) the counterparty account and
     *                   communication; surrounding spaces do not count
     * @param occurrence 1 for the first movement of the statement with these other parts, 2 for the second…
     */
    public static EntryKey of(Iban account, LocalDate bookingDate, Direction direction, Money amount, String reference,
                              int occurrence) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        if (occurrence < 1) {
            throw new IllegalArgumentException("An occurrence counts from 1, not " + occurrence);
        }
        return new EntryKey(account.electronic() + "|" + bookingDate + "|" + (direction == Direction.CREDIT ? "C" : "D") + "|"
                + amount.rounded().amount().toPlainString() + "|" + reference.strip() + "|" + occurrence);
    }

    @Override
    public String toString() {
        return value;
    }
}
