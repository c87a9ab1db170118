package be.groupage.service.infrastructure.persistence.supplierinvoices;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.purchasing.InvoiceDecision;
import be.groupage.core.purchasing.SupplierInvoice;
import be.groupage.core.purchasing.Verdict;
import be.groupage.service.application.port.supplierinvoices.SupplierInvoiceBook;
import be.groupage.service.infrastructure.persistence.catalogue.CatalogueVersions;
import be.groupage.service.infrastructure.persistence.jdbc.DataSourceConfiguration;
import be.groupage.service.infrastructure.persistence.schema.CycleEntity;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cooperative's invoices in {@code supplier_invoice}, one row each with the file as received, read and written
 * with plain JDBC; the cycle through JPA, its catalogue version through {@link CatalogueVersions}, its whole cases
 * ({@code cycle_pool}) and its reception ({@code reception_line}, summed per product) in one query each.
 */
@ApplicationScoped
public class JdbcSupplierInvoiceBook implements SupplierInvoiceBook {

    private static final String COLUMNS = "i.id, i.cycle_id, s.code, i.number, i.channel, i.content, i.sha256, i.received_at, i.received_by, "
            + "i.verdict, i.decision_note, i.decided_by, i.decided_at FROM supplier_invoice i JOIN supplier s ON s.id = i.supplier_id ";

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    CatalogueVersions versions;

    @Override
    public Optional<CycleToMatch> cycle(long cycleId) {
        CycleEntity c = em.find(CycleEntity.class, cycleId);
        if (c == null) {
            return Optional.empty();
        }
        CatalogueVersion catalogue = versions.of(c.catalogue());
        Map<String, BigDecimal> ordered = quantities("SELECT product_code, case_size * cases FROM cycle_pool WHERE cycle_id = ? AND cases > 0",
                cycleId);
        Map<String, BigDecimal> received = quantities("SELECT product_code, SUM(quantity) FROM reception_line WHERE cycle_id = ? "
                + "GROUP BY product_code", cycleId);
        return Optional.of(new CycleToMatch(c.id(), c.title(), c.status(), c.supplier().code(), c.supplier().kbo(), catalogue, ordered, received));
    }

    private Map<String, BigDecimal> quantities(String sql, long cycleId) {
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            s.setLong(1, cycleId);
            Map<String, BigDecimal> quantities = new TreeMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    quantities.merge(r.getString(1), r.getBigDecimal(2), BigDecimal::add);
                }
            }
            return quantities;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the quantities of cycle " + cycleId + " failed", e);
        }
    }

    @Override
    public Optional<Long> idOf(String supplierCode, String number) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("SELECT i.id FROM supplier_invoice i JOIN supplier s ON s.id = i.supplier_id "
                     + "WHERE s.code = ? AND i.number = ?")) {
            s.setString(1, supplierCode);
            s.setString(2, number);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading supplier invoice " + number + " failed", e);
        }
    }

    @Override
    public Optional<Long> save(long cycleId, String supplierCode, SupplierInvoice invoice, String channel, byte[] content, String sha256,
                               Instant at, String by) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("INSERT INTO supplier_invoice (supplier_id, number, cycle_id, issue_date, due_date, "
                     + "order_reference, seller_name, net, vat, gross, payable, line_count, channel, content, sha256, received_at, received_by) "
                     + "SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM supplier WHERE code = ?", Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            s.setString(i++, invoice.number());
            s.setLong(i++, cycleId);
            s.setDate(i++, Date.valueOf(invoice.issueDate()));
            if (invoice.dueDate().isPresent()) {
                s.setDate(i++, Date.valueOf(invoice.dueDate().get()));
            } else {
                s.setNull(i++, Types.DATE);
            }
            s.setString(i++, invoice.orderReference().orElse(null));
            s.setString(i++, invoice.sellerName());
            s.setBigDecimal(i++, invoice.totals().taxExclusive().amount());
            s.setBigDecimal(i++, invoice.totals().vat().amount());
            s.setBigDecimal(i++, invoice.totals().taxInclusive().amount());
            s.setBigDecimal(i++, invoice.totals().payable().amount());
            s.setInt(i++, invoice.lines().size());
            s.setString(i++, channel);
            s.setBytes(i++, content);
            s.setString(i++, sha256);
            s.setTimestamp(i++, Timestamp.from(at));
            s.setString(i++, by);
            s.setString(i, supplierCode);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("No supplier " + supplierCode);
            }
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return Optional.of(keys.getLong(1));
            }
        } catch (SQLIntegrityConstraintViolationException e) {
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Storing supplier invoice " + invoice.number() + " failed", e);
        }
    }

    @Override
    public Optional<Stored> byId(long id) {
        List<Stored> found = select("WHERE i.id = ?", id);
        return found.stream().findFirst();
    }

    @Override
    public List<Stored> ofCycle(long cycleId) {
        return select("WHERE i.cycle_id = ? ORDER BY i.number, i.id", cycleId);
    }

    private List<Stored> select(String where, long parameter) {
        try (Connection con = dataSource.getConnection(); PreparedStatement s = con.prepareStatement("SELECT " + COLUMNS + where)) {
            s.setLong(1, parameter);
            List<Stored> stored = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Optional<InvoiceDecision> decision = Optional.ofNullable(r.getString(10)).map(v -> new InvoiceDecision(Verdict.valueOf(v),
                            Optional.ofNullable(rs(r, 11)), rs(r, 12), ts(r, 13)));
                    stored.add(new Stored(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getBytes(6),
                            r.getString(7), r.getTimestamp(8).toInstant(), r.getString(9), decision));
                }
            }
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading supplier invoices failed", e);
        }
    }

    private static String rs(ResultSet r, int column) {
        try {
            return r.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant ts(ResultSet r, int column) {
        try {
            return r.getTimestamp(column).toInstant();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean decide(long id, InvoiceDecision decision) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("UPDATE supplier_invoice SET verdict = ?, decision_note = ?, decided_by = ?, "
                     + "decided_at = ? WHERE id = ?")) {
            s.setString(1, decision.verdict().name());
            s.setString(2, decision.note().orElse(null));
            s.setString(3, decision.by());
            s.setTimestamp(4, Timestamp.from(decision.at()));
            s.setLong(5, id);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Recording the decision on supplier invoice " + id + " failed", e);
        }
    }
}
