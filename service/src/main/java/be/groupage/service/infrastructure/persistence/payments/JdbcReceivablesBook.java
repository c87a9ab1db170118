package be.groupage.service.infrastructure.persistence.payments;

import be.groupage.core.banking.BankStatement;
import be.groupage.core.banking.Direction;
import be.groupage.core.banking.EntryKey;
import be.groupage.core.banking.StatementEntry;
import be.groupage.core.banking.StatementId;
import be.groupage.core.money.Money;
import be.groupage.core.payment.Iban;
import be.groupage.core.payment.StructuredCommunication;
import be.groupage.core.receivables.Allocation;
import be.groupage.core.receivables.AppliedCredit;
import be.groupage.core.receivables.CreditNoteOffset;
import be.groupage.core.receivables.Debtor;
import be.groupage.core.receivables.Receivable;
import be.groupage.core.receivables.Reminder;
import be.groupage.core.receivables.ReminderLevel;
import be.groupage.core.receivables.SentReminder;
import be.groupage.service.application.document.Party;
import be.groupage.service.application.port.payments.ReceivablesBook;
import be.groupage.service.infrastructure.persistence.jdbc.DataSourceConfiguration;
import be.groupage.service.infrastructure.persistence.schema.Address;
import be.groupage.service.infrastructure.persistence.schema.DocumentParties;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The receivables over {@code invoice}, {@code credit_note}, {@code bank_statement}, {@code bank_entry},
 * {@code payment_allocation} and {@code payment_reminder}, as plain columns on the caller's transaction
 * connection. The ledger is read in five statements whatever its size: the invoices, the credit notes, the
 * applied credits with their allocations, the waiting credits, the statements.
 */
@ApplicationScoped
public class JdbcReceivablesBook implements ReceivablesBook {

    private static final int FETCH = 500;
    /** The columns of a movement, from {@code bank_entry e}, read by {@link #entry}. */
    private static final String ENTRY = "e.id, e.entry_key, e.direction, e.amount, e.booking_date, e.value_date, e.bank_reference, "
            + "e.transaction_code, e.counterparty_name, e.counterparty_iban, e.counterparty_bic, e.structured_communication, "
            + "e.free_communication, e.information";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Override
    public void lock() {
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("SELECT changes FROM receivables_lock WHERE id = 1 FOR UPDATE");
             ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new IllegalStateException("The receivables lock row is missing (migration V10)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Locking the receivables failed", e);
        }
    }

    @Override
    public StoredLedger ledger() {
        try (Connection con = dataSource.getConnection()) {
            List<Receivable> receivables = rows(con, "SELECT i.number, m.code, i.issue_date, i.due_date, i.payable, i.ogm FROM invoice i "
                    + "JOIN member m ON m.id = i.member_id ORDER BY i.year, i.sequence", r -> Receivable.of(r.getString(1), r.getString(2),
                    date(r, 3), date(r, 4), Money.euros(r.getBigDecimal(5)), StructuredCommunication.parse(r.getString(6))));
            record Dated(LedgerEvent event, Instant at) {
            }
            List<Dated> notes = rows(con, "SELECT n.number, i.number, n.issue_date, n.payable, n.issued_at FROM credit_note n "
                    + "JOIN invoice i ON i.id = n.invoice_id WHERE n.payable > 0 ORDER BY n.issued_at, n.id", r -> new Dated(new CreditNoteIssued(
                    CreditNoteOffset.of(r.getString(1), r.getString(2), date(r, 3), Money.euros(r.getBigDecimal(4)))), instant(r, 5)));
            List<StoredCredit> credits = applied(con, "e.state = 'APPLIED'");
            // The two histories merged by time; a credit note and a payment in the same millisecond: the note first.
            List<LedgerEvent> events = new ArrayList<>(notes.size() + credits.size());
            int n = 0;
            int c = 0;
            while (n < notes.size() || c < credits.size()) {
                if (c == credits.size() || (n < notes.size() && !notes.get(n).at().isAfter(credits.get(c).appliedAt()))) {
                    events.add(notes.get(n++).event());
                } else {
                    events.add(credits.get(c++));
                }
            }
            List<StoredEntry> pending = rows(con, "SELECT " + ENTRY + " FROM bank_entry e WHERE e.state = 'PENDING' ORDER BY e.id",
                    r -> new StoredEntry(r.getLong(1), entry(r)));
            List<StatementId> statements = rows(con, "SELECT account_iban, statement_year, statement_number, statement_sequence "
                    + "FROM bank_statement ORDER BY id", r -> StatementId.of(Iban.parse(r.getString(1)), r.getInt(2), r.getInt(3), r.getInt(4)));
            return new StoredLedger(receivables, events, pending, statements);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the receivables failed", e);
        }
    }

    /** The applied credits matching a condition on {@code bank_entry e}, in the order applied, with their allocations. */
    private static List<StoredCredit> applied(Connection con, String condition, Object... parameters) throws SQLException {
        record Head(long id, StatementEntry entry, String member, BigDecimal excess, String confirmedBy, Instant at) {
        }
        List<Head> heads = rows(con, "SELECT " + ENTRY + ", e.member_code, e.excess, e.confirmed_by, e.applied_at FROM bank_entry e WHERE "
                + condition + " ORDER BY e.applied_at, e.id", r -> new Head(r.getLong(1), entry(r), r.getString(15), r.getBigDecimal(16),
                r.getString(17), instant(r, 18)), parameters);
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Allocation>> allocations = new TreeMap<>();
        for (Map.Entry<Long, Allocation> a : rows(con, "SELECT a.entry_id, a.invoice_number, a.amount FROM payment_allocation a "
                + "JOIN bank_entry e ON e.id = a.entry_id WHERE " + condition + " ORDER BY a.entry_id, a.position",
                r -> Map.entry(r.getLong(1), Allocation.of(r.getString(2), Money.euros(r.getBigDecimal(3)))), parameters)) {
            allocations.computeIfAbsent(a.getKey(), k -> new ArrayList<>()).add(a.getValue());
        }
        List<StoredCredit> credits = new ArrayList<>(heads.size());
        for (Head h : heads) {
            credits.add(new StoredCredit(h.id(), new AppliedCredit(h.entry(), h.member(), allocations.getOrDefault(h.id(), List.of()),
                    Money.euros(h.excess()), Optional.ofNullable(h.confirmedBy())), h.at()));
        }
        return credits;
    }

    @Override
    public List<Debtor> debtors() {
        try (Connection con = dataSource.getConnection()) {
            Map<String, String> names = memberNames(con);
            Map<String, Set<Iban>> accounts = new LinkedHashMap<>();
            for (String[] row : rows(con, "SELECT DISTINCT member_code, counterparty_iban FROM bank_entry WHERE state = 'APPLIED' "
                    + "AND counterparty_iban IS NOT NULL", r -> new String[] {r.getString(1), r.getString(2)})) {
                accounts.computeIfAbsent(row[0], k -> new LinkedHashSet<>()).add(Iban.parse(row[1]));
            }
            List<Debtor> debtors = new ArrayList<>(names.size());
            names.forEach((code, name) -> debtors.add(Debtor.of(code, name, accounts.getOrDefault(code, Set.of()))));
            return debtors;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the members failed", e);
        }
    }

    @Override
    public Map<String, String> memberNames() {
        try (Connection con = dataSource.getConnection()) {
            return memberNames(con);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the members failed", e);
        }
    }

    private static Map<String, String> memberNames(Connection con) throws SQLException {
        Map<String, String> names = new TreeMap<>();
        for (String[] row : rows(con, "SELECT code, name FROM member", r -> new String[] {r.getString(1), r.getString(2)})) {
            names.put(row[0], row[1]);
        }
        return names;
    }

    @Override
    public Set<EntryKey> known(Collection<EntryKey> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        Map<String, EntryKey> bySha = new LinkedHashMap<>();
        keys.forEach(k -> bySha.put(sha256(k.value()), k));
        try (Connection con = dataSource.getConnection()) {
            Set<EntryKey> known = new LinkedHashSet<>();
            for (String sha : rows(con, "SELECT key_sha256 FROM bank_entry WHERE key_sha256 IN (" + "?, ".repeat(bySha.size() - 1) + "?)",
                    r -> r.getString(1), bySha.keySet().toArray())) {
                known.add(bySha.get(sha));
            }
            return known;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the movements stored failed", e);
        }
    }

    @Override
    public void saveStatement(ImportedStatement imported, Instant at, String by) {
        BankStatement s = imported.statement();
        Timestamp when = Timestamp.from(at);
        try (Connection con = dataSource.getConnection()) {
            long statementId;
            try (PreparedStatement insert = con.prepareStatement("INSERT INTO bank_statement (account_iban, statement_year, statement_number, "
                    + "statement_sequence, file_format, file_name, opening_balance, opening_date, closing_balance, closing_date, entry_count, "
                    + "imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, s.id().account().electronic());
                insert.setInt(2, s.id().year());
                insert.setInt(3, s.id().number());
                insert.setInt(4, s.id().sequence());
                insert.setString(5, imported.format());
                insert.setString(6, imported.fileName());
                insert.setBigDecimal(7, s.openingBalance().amount());
                insert.setDate(8, Date.valueOf(s.openingDate()));
                insert.setBigDecimal(9, s.closingBalance().amount());
                insert.setDate(10, Date.valueOf(s.date()));
                insert.setInt(11, s.entries().size());
                insert.setTimestamp(12, when);
                insert.setString(13, by);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    statementId = keys.getLong(1);
                }
            }
            int position = 0;
            for (NewEntry n : imported.entries()) {
                long entryId = insertEntry(con, statementId, position++, n.entry(), n.applied(), when);
                if (n.applied().isPresent()) {
                    insertAllocations(con, entryId, n.applied().get());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Storing statement " + s.id() + " failed", e);
        }
    }

    private static long insertEntry(Connection con, long statementId, int position, StatementEntry e, Optional<AppliedCredit> applied,
                                    Timestamp at) throws SQLException {
        try (PreparedStatement insert = con.prepareStatement("INSERT INTO bank_entry (statement_id, position, entry_key, key_sha256, direction, "
                + "amount, booking_date, value_date, bank_reference, transaction_code, counterparty_name, counterparty_iban, counterparty_bic, "
                + "structured_communication, free_communication, information, state, member_code, excess, confirmed_by, applied_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, statementId);
            insert.setInt(2, position);
            insert.setString(3, e.key().value());
            insert.setString(4, sha256(e.key().value()));
            insert.setString(5, e.isCredit() ? "C" : "D");
            insert.setBigDecimal(6, e.amount().amount());
            insert.setDate(7, Date.valueOf(e.bookingDate()));
            insert.setDate(8, Date.valueOf(e.valueDate()));
            insert.setString(9, e.bankReference());
            insert.setString(10, e.transactionCode());
            insert.setString(11, e.counterpartyName());
            insert.setString(12, e.counterpartyAccount().map(Iban::electronic).orElse(null));
            insert.setString(13, e.counterpartyBic());
            insert.setString(14, e.structuredCommunication().map(StructuredCommunication::digits).orElse(null));
            insert.setString(15, e.freeCommunication());
            insert.setString(16, e.information());
            insert.setString(17, !e.isCredit() ? "DEBIT" : applied.isPresent() ? "APPLIED" : "PENDING");
            insert.setString(18, applied.map(AppliedCredit::memberCode).orElse(null));
            if (applied.isPresent()) {
                insert.setBigDecimal(19, applied.get().excess().amount());
                insert.setString(20, applied.get().confirmedBy().orElse(null));
                insert.setTimestamp(21, at);
            } else {
                insert.setNull(19, Types.DECIMAL);
                insert.setNull(20, Types.VARCHAR);
                insert.setNull(21, Types.TIMESTAMP);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertAllocations(Connection con, long entryId, AppliedCredit credit) throws SQLException {
        if (credit.allocations().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = con.prepareStatement("INSERT INTO payment_allocation (entry_id, position, invoice_number, amount) "
                + "VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (Allocation a : credit.allocations()) {
                insert.setLong(1, entryId);
                insert.setInt(2, position++);
                insert.setString(3, a.invoiceNumber());
                insert.setBigDecimal(4, a.amount().amount());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public boolean saveConfirmation(long entryId, AppliedCredit credit, Instant at, String by) {
        try (Connection con = dataSource.getConnection()) {
            try (PreparedStatement update = con.prepareStatement("UPDATE bank_entry SET state = 'APPLIED', member_code = ?, excess = ?, "
                    + "confirmed_by = ?, applied_at = ? WHERE id = ? AND state = 'PENDING'")) {
                update.setString(1, credit.memberCode());
                update.setBigDecimal(2, credit.excess().amount());
                update.setString(3, by);
                update.setTimestamp(4, Timestamp.from(at));
                update.setLong(5, entryId);
                if (update.executeUpdate() != 1) {
                    return false;
                }
            }
            insertAllocations(con, entryId, credit);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Confirming credit " + entryId + " failed", e);
        }
    }

    @Override
    public List<StatementRecord> statements() {
        try (Connection con = dataSource.getConnection()) {
            return rows(con, "SELECT id, account_iban, statement_year, statement_number, statement_sequence, file_format, file_name, "
                    + "opening_balance, opening_date, closing_balance, closing_date, entry_count, imported_at, imported_by FROM bank_statement "
                    + "ORDER BY imported_at DESC, id DESC", r -> new StatementRecord(r.getLong(1), StatementId.of(Iban.parse(r.getString(2)),
                    r.getInt(3), r.getInt(4), r.getInt(5)), r.getString(6), r.getString(7), Money.euros(r.getBigDecimal(8)), date(r, 9),
                    Money.euros(r.getBigDecimal(10)), date(r, 11), r.getInt(12), instant(r, 13), r.getString(14)));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the statements failed", e);
        }
    }

    @Override
    public List<StoredCredit> appliedBetween(LocalDate from, LocalDate to) {
        try (Connection con = dataSource.getConnection()) {
            List<StoredCredit> credits = new ArrayList<>(applied(con, "e.state = 'APPLIED' AND e.booking_date BETWEEN ? AND ?",
                    Date.valueOf(from), Date.valueOf(to)));
            credits.sort(java.util.Comparator.comparing((StoredCredit c) -> c.credit().credit().bookingDate()).thenComparingLong(StoredCredit::entryId));
            return credits;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the payments failed", e);
        }
    }

    @Override
    public List<SentReminder> sentReminders() {
        try (Connection con = dataSource.getConnection()) {
            return rows(con, "SELECT invoice_number, level, sent_on FROM payment_reminder ORDER BY id",
                    r -> SentReminder.of(r.getString(1), ReminderLevel.valueOf(r.getString(2)), date(r, 3)));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the reminders failed", e);
        }
    }

    @Override
    public List<Long> saveReminders(List<Reminder> reminders, LocalDate sentOn, Instant at, String by) {
        List<Long> ids = new ArrayList<>(reminders.size());
        try (Connection con = dataSource.getConnection();
             PreparedStatement insert = con.prepareStatement("INSERT INTO payment_reminder (invoice_number, level, sent_on, open_amount, "
                     + "days_past_due, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (Reminder r : reminders) {
                insert.setString(1, r.invoiceNumber());
                insert.setString(2, r.level().name());
                insert.setDate(3, Date.valueOf(sentOn));
                insert.setBigDecimal(4, r.openAmount().amount());
                insert.setLong(5, r.daysPastDue());
                insert.setTimestamp(6, Timestamp.from(at));
                insert.setString(7, by);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the reminders failed", e);
        }
    }

    /** The columns of a {@link ReminderRecord}, from {@code payment_reminder p JOIN invoice i JOIN member m}. */
    private static final String REMINDER = "p.id, p.invoice_number, m.code, p.level, p.sent_on, p.open_amount, p.days_past_due";
    private static final String REMINDER_FROM = " FROM payment_reminder p JOIN invoice i ON i.number = p.invoice_number "
            + "JOIN member m ON m.id = i.member_id";

    @Override
    public List<ReminderRecord> reminders() {
        try (Connection con = dataSource.getConnection()) {
            return rows(con, "SELECT " + REMINDER + REMINDER_FROM + " ORDER BY p.sent_on DESC, p.id DESC", JdbcReceivablesBook::reminder);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the reminders failed", e);
        }
    }

    @Override
    public Optional<ReminderToPrint> reminder(long id) {
        try (Connection con = dataSource.getConnection()) {
            List<ReminderToPrint> found = rows(con, "SELECT " + REMINDER + ", m.name, m.street, m.postal_code, m.city, m.country, m.kbo, "
                    + "m.vat_number, m.email, i.issue_date, i.due_date, i.payable, i.ogm, "
                    + "(SELECT f.sent_on FROM payment_reminder f WHERE f.invoice_number = p.invoice_number AND f.level = 'FIRST' AND p.level = 'SECOND')"
                    + REMINDER_FROM + " WHERE p.id = ?", r -> {
                Party member = DocumentParties.party(r.getString(8), new Address(r.getString(9), r.getString(10), r.getString(11), r.getString(12)),
                        r.getString(13), r.getString(14), r.getString(15));
                return new ReminderToPrint(reminder(r), member, date(r, 16), date(r, 17), Money.euros(r.getBigDecimal(18)),
                        StructuredCommunication.parse(r.getString(19)), Optional.ofNullable(date(r, 20)));
            }, id);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading reminder " + id + " failed", e);
        }
    }

    private static ReminderRecord reminder(ResultSet r) throws SQLException {
        return new ReminderRecord(r.getLong(1), r.getString(2), r.getString(3), ReminderLevel.valueOf(r.getString(4)), date(r, 5),
                Money.euros(r.getBigDecimal(6)), r.getLong(7));
    }

    /** A movement from the columns {@link #ENTRY}, starting at column 1 (its id). */
    private static StatementEntry entry(ResultSet r) throws SQLException {
        String ogm = r.getString(12);
        String iban = r.getString(10);
        return new StatementEntry(new EntryKey(r.getString(2)), "C".equals(r.getString(3)) ? Direction.CREDIT : Direction.DEBIT,
                Money.euros(r.getBigDecimal(4)), date(r, 5), date(r, 6), r.getString(7), r.getString(8), r.getString(9),
                Optional.ofNullable(iban).map(Iban::parse), r.getString(11), Optional.ofNullable(ogm).map(StructuredCommunication::parse),
                r.getString(13), r.getString(14));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }

    private static LocalDate date(ResultSet r, int column) throws SQLException {
        Date d = r.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private static <T> List<T> rows(Connection con, String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement s = con.prepareStatement(sql)) {
            s.setFetchSize(FETCH);
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (r.next()) {
                    out.add(row.read(r));
                }
                return out;
            }
        }
    }
}
