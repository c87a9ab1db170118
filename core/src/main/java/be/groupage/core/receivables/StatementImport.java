package be.groupage.core.receivables;

import be.groupage.core.banking.StatementEntry;

import java.util.List;
import java.util.Objects;

/**
 * What importing one bank statement did: the ledger after it, the credits applied automatically, the credits
 * waiting for a person with their ranked suggestions, the movements already seen (in this statement imported
 * before, or in an overlapping one) and the debits, which are not payments of invoices and are left alone.
 *
 * @param alreadyImported whether this very statement (same {@link be.groupage.core.banking.StatementId}) was
 *                        imported before; the ledger is then unchanged
 */
public record StatementImport(ReceivablesLedger ledger, boolean alreadyImported, List<AppliedCredit> applied,
                              List<PendingCredit> toConfirm, List<StatementEntry> alreadySeen, List<StatementEntry> debits) {

    public StatementImport {
        Objects.requireNonNull(ledger, "ledger");
        applied = List.copyOf(Objects.requireNonNull(applied, "applied"));
        toConfirm = List.copyOf(Objects.requireNonNull(toConfirm, "toConfirm"));
        alreadySeen = List.copyOf(Objects.requireNonNull(alreadySeen, "alreadySeen"));
        debits = List.copyOf(Objects.requireNonNull(debits, "debits"));
    }
}
