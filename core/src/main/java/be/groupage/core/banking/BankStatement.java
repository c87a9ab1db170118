package be.groupage.core.banking;

import be.groupage.core.money.Money;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A statement of one bank account for a period, independent of the file it came in (CODA or CAMT.053).
 *
 * <p>Invariants: the opening balance plus the credits minus the debits is the closing balance, to the cent;
 * no two entries share a key; balances are signed (negative when the account is overdrawn). The
 * {@link #id()} recognises the same statement imported twice; the entries' keys recognise the same movement
 * in two statements that overlap.
 *
 * @param openingDate the date of the opening (old) balance
 * @param date        the statement date: the date of the closing (new) balance
 */
public record BankStatement(StatementId id, Money openingBalance, LocalDate openingDate, Money closingBalance,
                            LocalDate date, List<StatementEntry> entries) {

    public BankStatement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(openingBalance, "openingBalance");
        Objects.requireNonNull(openingDate, "openingDate");
        Objects.requireNonNull(closingBalance, "closingBalance");
        Objects.requireNonNull(date, "date");
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        Money expected = openingBalance;
        Set<EntryKey> keys = new HashSet<>();
        for (StatementEntry e : entries) {
            expected = expected.plus(e.signedAmount());
            if (!keys.add(e.key())) {
                throw new IllegalArgumentException("Two entries of statement " + id + " have the key " + e.key());
            }
        }
        if (!expected.equals(closingBalance)) {
            throw new IllegalArgumentException("Statement " + id + ": opening balance " + openingBalance + " plus movements gives "
                    + expected + ", not the closing balance " + closingBalance);
        }
    }

    public static BankStatement of(StatementId id, Money openingBalance, LocalDate openingDate, Money closingBalance,
                                   LocalDate date, List<StatementEntry> entries) {
        return new BankStatement(id, openingBalance, openingDate, closingBalance, date, entries);
    }

    /** The credits only, in statement order. */
    public List<StatementEntry> credits() {
        return entries.stream().filter(StatementEntry::isCredit).toList();
    }
}
