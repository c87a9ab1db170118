package be.groupage.service.application.port.payments;

import be.groupage.core.banking.BankStatement;
import be.groupage.core.banking.EntryKey;
import be.groupage.core.banking.StatementEntry;
import be.groupage.core.banking.StatementId;
import be.groupage.core.money.Money;
import be.groupage.core.payment.StructuredCommunication;
import be.groupage.core.receivables.AppliedCredit;
import be.groupage.core.receivables.CreditNoteOffset;
import be.groupage.core.receivables.Debtor;
import be.groupage.core.receivables.Receivable;
import be.groupage.core.receivables.Reminder;
import be.groupage.core.receivables.ReminderLevel;
import be.groupage.core.receivables.SentReminder;
import be.groupage.service.application.document.Party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The receivables as stored: the invoices members owe, the credit notes on them, the bank statements imported
 * and their movements (applied to invoices, waiting for a person, or debits), and the reminders sent. Inside the
 * caller's transaction; the use case decides, {@code core} computes, the book only reads and writes. Reads are a
 * few statements whatever the number of invoices, never one per invoice.
 */
public interface ReceivablesBook {

    /**
     * Takes the receivables' lock until the caller's transaction ends, so two changes (imports, confirmations,
     * reminder runs) never work from the same state at once.
     */
    void lock();

    /** Everything the ledger is restored from. */
    StoredLedger ledger();

    /** Every member, with its name and the accounts it has paid from before (from the credits applied to it). */
    List<Debtor> debtors();

    /** Which of these movements are stored already (brought by an earlier statement). */
    Set<EntryKey> known(Collection<EntryKey> keys);

    /**
     * Stores a statement imported for the first time with its movements not seen before: each credit applied
     * (when {@code applied} holds it) or waiting, each debit as such.
     */
    void saveStatement(ImportedStatement statement, Instant at, String by);

    /**
     * Applies a waiting credit as a person confirmed it.
     *
     * @return false when the credit was not waiting any more (applied in the meantime); nothing is written then
     */
    boolean saveConfirmation(long entryId, AppliedCredit credit, Instant at, String by);

    /** The statements imported, latest first. */
    List<StatementRecord> statements();

    /** The movements applied between two dates of booking (inclusive), in booking order, for the accounts. */
    List<StoredCredit> appliedBetween(LocalDate from, LocalDate to);

    /** The reminders sent, by invoice. */
    List<SentReminder> sentReminders();

    /** Stores reminders sent on a day; returns their ids, in order. */
    List<Long> saveReminders(List<Reminder> reminders, LocalDate sentOn, Instant at, String by);

    /** The reminders sent, latest first, with whom they were for. */
    List<ReminderRecord> reminders();

    /** A reminder with what its document prints; empty when there is none. */
    Optional<ReminderToPrint> reminder(long id);

    /** Member names by code, for the readers of the receivables. */
    Map<String, String> memberNames();

    /**
     * What a ledger is rebuilt from: the invoices; the credit notes and the credits applied, in the order they
     * happened; the credits waiting; the statements imported.
     */
    record StoredLedger(List<Receivable> receivables, List<LedgerEvent> events, List<StoredEntry> pending, List<StatementId> statements) {
        public StoredLedger {
            receivables = List.copyOf(receivables);
            events = List.copyOf(events);
            pending = List.copyOf(pending);
            statements = List.copyOf(statements);
        }
    }

    /** Something that changed what is open on an invoice, in the order it happened. */
    sealed interface LedgerEvent permits CreditNoteIssued, StoredCredit {
    }

    /** A credit note issued on an invoice. */
    record CreditNoteIssued(CreditNoteOffset note) implements LedgerEvent {
        public CreditNoteIssued {
            Objects.requireNonNull(note, "note");
        }
    }

    /** A bank credit applied, with its id and when it was applied. */
    record StoredCredit(long entryId, AppliedCredit credit, Instant appliedAt) implements LedgerEvent {
        public StoredCredit {
            Objects.requireNonNull(credit, "credit");
            Objects.requireNonNull(appliedAt, "appliedAt");
        }
    }

    /** A movement as stored, with its id. */
    record StoredEntry(long id, StatementEntry entry) {
        public StoredEntry {
            Objects.requireNonNull(entry, "entry");
        }
    }

    /**
     * A statement imported for the first time.
     *
     * @param format  {@code CODA} or {@code CAMT053}
     * @param entries its movements not seen before, in statement order
     */
    record ImportedStatement(BankStatement statement, String format, String fileName, List<NewEntry> entries) {
        public ImportedStatement {
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(fileName, "fileName");
            entries = List.copyOf(entries);
        }
    }

    /** A movement not seen before: applied when {@code applied} holds it, else waiting (a credit) or a debit. */
    record NewEntry(StatementEntry entry, Optional<AppliedCredit> applied) {
        public NewEntry {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(applied, "applied");
        }
    }

    /** A statement as imported. */
    record StatementRecord(long id, StatementId statementId, String format, String fileName, Money openingBalance, LocalDate openingDate,
                           Money closingBalance, LocalDate closingDate, int entryCount, Instant importedAt, String importedBy) {
    }

    /** A reminder as sent. */
    record ReminderRecord(long id, String invoiceNumber, String memberCode, ReminderLevel level, LocalDate sentOn, Money openAmount,
                          long daysPastDue) {
    }

    /**
     * A reminder with what its document prints: the member it is for, the invoice it recalls, what was open when it
     * was sent, and the first reminder's date when this is the second.
     */
    record ReminderToPrint(ReminderRecord reminder, Party member, LocalDate invoiceDate, LocalDate dueDate, Money payable,
                           StructuredCommunication ogm, Optional<LocalDate> firstSentOn) {
    }
}
