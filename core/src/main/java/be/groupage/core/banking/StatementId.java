package be.groupage.core.banking;

import be.groupage.core.payment.Iban;

import java.util.Objects;

/**
 * What makes a statement the same statement when its file is imported again: the account, the year of the
 * statement date, the statement number the bank gives it (CODA: the paper statement number; CAMT.053: the
 * legal sequence number) and the sequence number of the electronic statement (CODA: the coded statement
 * number; CAMT.053: the electronic sequence number). Banks restart the numbers each year, hence the year.
 */
public record StatementId(Iban account, int year, int number, int sequence) {

    public StatementId {
        Objects.requireNonNull(account, "account");
        if (number < 0 || sequence < 0) {
            throw new IllegalArgumentException("Statement and sequence numbers are not negative: " + number + ", " + sequence);
        }
    }

    public static StatementId of(Iban account, int year, int number, int sequence) {
        return new StatementId(account, year, number, sequence);
    }

    /** e.g. {@code BE68 5390 0754 7034 2026 no. 12/12}. */
    @Override
    public String toString() {
        return account + " " + year + " no. " + number + "/" + sequence;
    }
}
