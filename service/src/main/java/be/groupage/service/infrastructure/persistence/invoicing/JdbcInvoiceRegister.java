package be.groupage.service.infrastructure.persistence.invoicing;

import be.groupage.core.invoicing.CreditedLine;
import be.groupage.core.invoicing.Invoice;
import be.groupage.service.application.port.invoicing.InvoiceRegister;
import be.groupage.service.application.port.invoicing.InvoiceSummary;
import be.groupage.service.application.port.invoicing.RenderedDocument;
import be.groupage.service.infrastructure.persistence.jdbc.DataSourceConfiguration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The invoice register over {@code invoice}, {@code invoice_line}, {@code credit_note}, {@code credit_note_line}
 * and {@code stored_document}, read as plain columns over the caller's transaction connection, never as
 * entities: a list in one statement, an invoice or a credit note in three (its row, the invoice's lines, its
 * credit notes or credited lines), a period for the accounts in five, a cycle's documents in one statement
 * for their numbers and one per {@value #DOCUMENTS_PER_READ} documents, whatever the number of invoices.
 */
@ApplicationScoped
public class JdbcInvoiceRegister implements InvoiceRegister {

    private static final int FETCH = 500;
    /** Invoices and credit notes whose documents (a PDF and a UBL each, some tens of kB) one statement reads for a cycle. */
    private static final int DOCUMENTS_PER_READ = 100;

    /** The columns of an {@link InvoiceSummary}, in its order, from {@code invoice i JOIN member m}. */
    private static final String SUMMARY = "i.number, m.code, i.cycle_id, i.issue_date, i.net, i.vat, i.gross, i.prepaid, i.payable, i.ogm, "
            + "i.due_date, i.order_reference";
    /** The columns of a {@link CreditNoteSummary}, in its order, from {@code credit_note n JOIN invoice i}. */
    private static final String NOTE_SUMMARY = "n.number, i.number, n.issue_date, n.reason, n.net, n.vat, n.gross, n.prepaid, n.payable";
    /** The columns of a {@link PrintedLine} after the invoice id, from {@code invoice_line l}. */
    private static final String LINE = "l.invoice_id, l.position, l.kind, l.code, l.description, l.quantity, l.unit, l.unit_price, l.vat_rate, "
            + "l.weighed, l.net";
    /** What the accounts need of an invoice, from {@code invoice i JOIN member m}, read by {@link #booking}. */
    private static final String BOOKING = "i.id, i.number, m.code, i.order_reference, i.issue_date, i.due_date, m.name, m.kbo, i.ogm";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Override
    public List<InvoiceSummary> invoices(Optional<Long> cycleId, Optional<String> memberCode, Optional<LocalDate> issuedFrom,
                                         Optional<LocalDate> issuedTo) {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY + " FROM invoice i JOIN member m ON m.id = i.member_id WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        cycleId.ifPresent(c -> criterion(sql, parameters, " AND i.cycle_id = ?", c));
        memberCode.ifPresent(m -> criterion(sql, parameters, " AND m.code = ?", m));
        issuedFrom.ifPresent(f -> criterion(sql, parameters, " AND i.issue_date >= ?", f));
        issuedTo.ifPresent(t -> criterion(sql, parameters, " AND i.issue_date <= ?", t));
        sql.append(" ORDER BY i.year, i.sequence");
        try (Connection con = dataSource.getConnection()) {
            return rows(con, sql.toString(), JdbcInvoiceRegister::summary, parameters.toArray());
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the invoices failed", e);
        }
    }

    private static void criterion(StringBuilder sql, List<Object> parameters, String condition, Object value) {
        sql.append(condition);
        parameters.add(value);
    }

    @Override
    public Optional<String> memberOf(String invoiceNumber) {
        return one("Reading invoice " + invoiceNumber, "SELECT m.code FROM invoice i JOIN member m ON m.id = i.member_id WHERE i.number = ?",
                r -> r.getString(1), invoiceNumber);
    }

    @Override
    public Optional<String> invoiceCreditedBy(String creditNoteNumber) {
        return one("Reading credit note " + creditNoteNumber, "SELECT i.number FROM credit_note n JOIN invoice i ON i.id = n.invoice_id "
                + "WHERE n.number = ?", r -> r.getString(1), creditNoteNumber);
    }

    @Override
    public Optional<RegisteredInvoice> invoice(String number) {
        record Header(InvoiceSummary summary, long id, String memberName, LocalDate deliveryDate) {
        }
        try (Connection con = dataSource.getConnection()) {
            Optional<Header> found = first(rows(con, "SELECT " + SUMMARY + ", i.id, m.name, i.delivery_date FROM invoice i "
                    + "JOIN member m ON m.id = i.member_id WHERE i.number = ?", r -> new Header(summary(r), r.getLong(13), r.getString(14),
                    date(r, 15)), number));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Header h = found.get();
            InvoiceSummary s = h.summary();
            List<PrintedLine> lines = rows(con, "SELECT " + LINE + " FROM invoice_line l WHERE l.invoice_id = ? ORDER BY l.position",
                    JdbcInvoiceRegister::line, h.id());
            List<CreditNoteSummary> notes = rows(con, "SELECT " + NOTE_SUMMARY + " FROM credit_note n JOIN invoice i ON i.id = n.invoice_id "
                    + "WHERE n.invoice_id = ? ORDER BY n.year, n.sequence", JdbcInvoiceRegister::noteSummary, h.id());
            Invoice invoice = StoredInvoices.invoice(s.number(), s.memberCode(), Optional.ofNullable(s.orderReference()), s.issueDate(),
                    s.dueDate(), lines);
            return Optional.of(new RegisteredInvoice(s, h.memberName(), h.deliveryDate(), lines, invoice, notes));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading invoice " + number + " failed", e);
        }
    }

    @Override
    public Optional<RegisteredCreditNote> creditNote(String number) {
        record Header(CreditNoteSummary summary, long id, Booking invoice) {
        }
        try (Connection con = dataSource.getConnection()) {
            Optional<Header> found = first(rows(con, "SELECT " + NOTE_SUMMARY + ", n.id, " + BOOKING + " FROM credit_note n "
                    + "JOIN invoice i ON i.id = n.invoice_id JOIN member m ON m.id = i.member_id WHERE n.number = ?",
                    r -> new Header(noteSummary(r), r.getLong(10), booking(r, 11)), number));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Header h = found.get();
            Invoice invoice = h.invoice().invoice(rows(con, "SELECT " + LINE + " FROM invoice_line l WHERE l.invoice_id = ? ORDER BY l.position",
                    JdbcInvoiceRegister::line, h.invoice().id()));
            List<CreditedLine> credited = rows(con, "SELECT invoice_line_position, quantity FROM credit_note_line WHERE credit_note_id = ? "
                    + "ORDER BY position", r -> StoredInvoices.credited(invoice, r.getInt(1), r.getBigDecimal(2)), h.id());
            return Optional.of(new RegisteredCreditNote(h.summary(), h.invoice().memberCode(),
                    StoredInvoices.creditNote(invoice, h.summary().number(), h.summary().issueDate(), credited)));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading credit note " + number + " failed", e);
        }
    }

    @Override
    public Optional<RenderedDocument> document(String kind, String number, String format) {
        return one("Reading the " + format + " of " + number, "SELECT kind, number, format, media_type, content, sha256 FROM stored_document "
                + "WHERE kind = ? AND number = ? AND format = ?", JdbcInvoiceRegister::document, kind, number, format);
    }

    @Override
    public OptionalInt invoiceCount(long cycleId) {
        return one("Reading cycle " + cycleId, "SELECT COUNT(i.id) FROM cycle c LEFT JOIN invoice i ON i.cycle_id = c.id WHERE c.id = ? "
                + "GROUP BY c.id", r -> r.getInt(1), cycleId).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    @Override
    public void documentsOfCycle(long cycleId, Consumer<RenderedDocument> each) {
        record Filed(String kind, String number) {
        }
        try (Connection con = dataSource.getConnection()) {
            List<Filed> filed = new ArrayList<>();
            try (PreparedStatement s = con.prepareStatement("SELECT i.number, n.number FROM invoice i LEFT JOIN credit_note n ON n.invoice_id = i.id "
                    + "WHERE i.cycle_id = ? ORDER BY i.year, i.sequence, i.id, n.year, n.sequence")) {
                s.setLong(1, cycleId);
                s.setFetchSize(FETCH);
                try (ResultSet r = s.executeQuery()) {
                    String last = null;
                    while (r.next()) {
                        String invoice = r.getString(1);
                        if (!invoice.equals(last)) {
                            filed.add(new Filed(RenderedDocument.INVOICE, invoice));
                            last = invoice;
                        }
                        String note = r.getString(2);
                        if (note != null) {
                            filed.add(new Filed(RenderedDocument.CREDIT_NOTE, note));
                        }
                    }
                }
            }
            for (int start = 0; start < filed.size(); start += DOCUMENTS_PER_READ) {
                List<Filed> batch = filed.subList(start, Math.min(start + DOCUMENTS_PER_READ, filed.size()));
                Map<String, List<String>> numbers = new LinkedHashMap<>();
                batch.forEach(f -> numbers.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f.number()));
                StringBuilder sql = new StringBuilder("SELECT kind, number, format, media_type, content, sha256 FROM stored_document WHERE ");
                List<Object> parameters = new ArrayList<>();
                for (Map.Entry<String, List<String>> kind : numbers.entrySet()) {
                    sql.append(parameters.isEmpty() ? "" : " OR ").append("(kind = ? AND number IN (")
                            .append("?, ".repeat(kind.getValue().size() - 1)).append("?))");
                    parameters.add(kind.getKey());
                    parameters.addAll(kind.getValue());
                }
                sql.append(" ORDER BY format");
                Map<Filed, List<RenderedDocument>> stored = new HashMap<>();
                for (RenderedDocument d : rows(con, sql.toString(), JdbcInvoiceRegister::document, parameters.toArray())) {
                    stored.computeIfAbsent(new Filed(d.kind(), d.number()), k -> new ArrayList<>()).add(d);
                }
                for (Filed f : batch) {
                    stored.getOrDefault(f, List.of()).forEach(each);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the documents of cycle " + cycleId + " failed", e);
        }
    }

    @Override
    public List<BookedInvoice> invoicesIssued(LocalDate from, LocalDate to) {
        try (Connection con = dataSource.getConnection()) {
            List<Booking> invoices = rows(con, "SELECT " + BOOKING + " FROM invoice i JOIN member m ON m.id = i.member_id "
                    + "WHERE i.issue_date BETWEEN ? AND ?", r -> booking(r, 1), from, to);
            Map<Long, List<PrintedLine>> lines = linesById(rows(con, "SELECT " + LINE + " FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id "
                    + "WHERE i.issue_date BETWEEN ? AND ? ORDER BY l.invoice_id, l.position", JdbcInvoiceRegister::idAndLine, from, to));
            List<BookedInvoice> booked = new ArrayList<>(invoices.size());
            for (Booking b : invoices) {
                booked.add(b.booked(b.invoice(lines.getOrDefault(b.id(), List.of()))));
            }
            return booked;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the invoices issued from " + from + " to " + to + " failed", e);
        }
    }

    @Override
    public List<BookedCreditNote> creditNotesIssued(LocalDate from, LocalDate to) {
        record Header(Booking invoice, long id, String number, LocalDate issueDate) {
        }
        try (Connection con = dataSource.getConnection()) {
            List<Header> notes = rows(con, "SELECT " + BOOKING + ", n.id, n.number, n.issue_date FROM credit_note n "
                    + "JOIN invoice i ON i.id = n.invoice_id JOIN member m ON m.id = i.member_id WHERE n.issue_date BETWEEN ? AND ?",
                    r -> new Header(booking(r, 1), r.getLong(10), r.getString(11), date(r, 12)), from, to);
            if (notes.isEmpty()) {
                return List.of();
            }
            Map<Long, List<PrintedLine>> lines = linesById(rows(con, "SELECT " + LINE + " FROM invoice_line l WHERE l.invoice_id IN "
                    + "(SELECT invoice_id FROM credit_note WHERE issue_date BETWEEN ? AND ?) ORDER BY l.invoice_id, l.position",
                    JdbcInvoiceRegister::idAndLine, from, to));
            Map<Long, List<Map.Entry<Integer, BigDecimal>>> credited = new HashMap<>();
            for (Map.Entry<Long, Map.Entry<Integer, BigDecimal>> c : rows(con, "SELECT cl.credit_note_id, cl.invoice_line_position, cl.quantity "
                    + "FROM credit_note_line cl JOIN credit_note n ON n.id = cl.credit_note_id WHERE n.issue_date BETWEEN ? AND ? "
                    + "ORDER BY cl.credit_note_id, cl.position", r -> Map.entry(r.getLong(1), Map.entry(r.getInt(2), r.getBigDecimal(3))), from, to)) {
                credited.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(c.getValue());
            }
            Map<Long, BookedInvoice> invoices = new HashMap<>();
            List<BookedCreditNote> booked = new ArrayList<>(notes.size());
            for (Header n : notes) {
                BookedInvoice invoice = invoices.computeIfAbsent(n.invoice().id(),
                        id -> n.invoice().booked(n.invoice().invoice(lines.getOrDefault(id, List.of()))));
                List<CreditedLine> lineCredits = new ArrayList<>();
                for (Map.Entry<Integer, BigDecimal> c : credited.getOrDefault(n.id(), List.of())) {
                    lineCredits.add(StoredInvoices.credited(invoice.invoice(), c.getKey(), c.getValue()));
                }
                booked.add(new BookedCreditNote(StoredInvoices.creditNote(invoice.invoice(), n.number(), n.issueDate(), lineCredits), invoice));
            }
            return booked;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the credit notes issued from " + from + " to " + to + " failed", e);
        }
    }

    /** An invoice's row as the accounts and a credit note need it: what rebuilds it in {@code core}, and the member and OGM. */
    private record Booking(long id, String number, String memberCode, String orderReference, LocalDate issueDate, LocalDate dueDate,
                           String memberName, String memberKbo, String ogm) {

        Invoice invoice(List<PrintedLine> lines) {
            return StoredInvoices.invoice(number, memberCode, Optional.ofNullable(orderReference), issueDate, dueDate, lines);
        }

        BookedInvoice booked(Invoice invoice) {
            return new BookedInvoice(invoice, memberName, memberKbo, ogm);
        }
    }

    /** The {@link #BOOKING} columns, from column {@code at} on. */
    private static Booking booking(ResultSet r, int at) throws SQLException {
        return new Booking(r.getLong(at), r.getString(at + 1), r.getString(at + 2), r.getString(at + 3), date(r, at + 4), date(r, at + 5),
                r.getString(at + 6), r.getString(at + 7), r.getString(at + 8));
    }

    private static InvoiceSummary summary(ResultSet r) throws SQLException {
        return new InvoiceSummary(r.getString(1), r.getString(2), r.getLong(3), date(r, 4), r.getBigDecimal(5), r.getBigDecimal(6),
                r.getBigDecimal(7), r.getBigDecimal(8), r.getBigDecimal(9), r.getString(10), date(r, 11), r.getString(12));
    }

    private static CreditNoteSummary noteSummary(ResultSet r) throws SQLException {
        return new CreditNoteSummary(r.getString(1), r.getString(2), date(r, 3), r.getString(4), r.getBigDecimal(5), r.getBigDecimal(6),
                r.getBigDecimal(7), r.getBigDecimal(8), r.getBigDecimal(9));
    }

    private static PrintedLine line(ResultSet r) throws SQLException {
        return new PrintedLine(r.getInt(2), r.getString(3), r.getString(4), r.getString(5), r.getBigDecimal(6), r.getString(7),
                r.getBigDecimal(8), Optional.ofNullable(r.getBigDecimal(9)), r.getBoolean(10), r.getBigDecimal(11));
    }

    private static Map.Entry<Long, PrintedLine> idAndLine(ResultSet r) throws SQLException {
        return Map.entry(r.getLong(1), line(r));
    }

    /** Lines read in invoice order, by invoice id, each invoice's in the order read. */
    private static Map<Long, List<PrintedLine>> linesById(List<Map.Entry<Long, PrintedLine>> lines) {
        Map<Long, List<PrintedLine>> byId = new HashMap<>();
        for (Map.Entry<Long, PrintedLine> l : lines) {
            byId.computeIfAbsent(l.getKey(), k -> new ArrayList<>()).add(l.getValue());
        }
        return byId;
    }

    private static RenderedDocument document(ResultSet r) throws SQLException {
        return new RenderedDocument(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getBytes(5), r.getString(6));
    }

    private static LocalDate date(ResultSet r, int column) throws SQLException {
        Date d = r.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private <T> Optional<T> one(String what, String sql, Row<T> row, Object... parameters) {
        try (Connection con = dataSource.getConnection()) {
            return first(rows(con, sql, row, parameters));
        } catch (SQLException e) {
            throw new IllegalStateException(what + " failed", e);
        }
    }

    private static <T> Optional<T> first(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static <T> List<T> rows(Connection con, String sql, Row<T> row, Object... parameters) throws SQLException {
        try (PreparedStatement s = con.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                if (p instanceof LocalDate d) {
                    s.setDate(i + 1, Date.valueOf(d));
                } else if (p instanceof Long l) {
                    s.setLong(i + 1, l);
                } else if (p instanceof String t) {
                    s.setString(i + 1, t);
                } else {
                    throw new IllegalArgumentException("A parameter is a LocalDate, Long or String, not " + p);
                }
            }
            s.setFetchSize(FETCH);
            List<T> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(row.read(r));
                }
            }
            return found;
        }
    }
}
