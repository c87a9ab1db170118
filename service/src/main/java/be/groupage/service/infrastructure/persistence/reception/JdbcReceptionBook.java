package be.groupage.service.infrastructure.persistence.reception;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.service.application.port.reception.ReceptionBook;
import be.groupage.service.infrastructure.persistence.catalogue.CatalogueVersions;
import be.groupage.service.infrastructure.persistence.jdbc.CycleMemberIds;
import be.groupage.service.infrastructure.persistence.jdbc.DataSourceConfiguration;
import be.groupage.service.infrastructure.persistence.jdbc.MemberMajor;
import be.groupage.service.infrastructure.persistence.jdbc.MultiRowInsert;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Receptions in {@code reception_line} and {@code delivery} (multi-row inserts) and the cycle's move to
 * RECEIVED, in the caller's transaction; the cycle, its pools and allocations read with plain statements.
 */
@ApplicationScoped
public class JdbcReceptionBook implements ReceptionBook {

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    CatalogueVersions versions;

    @Override
    public Optional<CycleToReceive> cycle(long cycleId) {
        long catalogueId;
        CycleToReceive found;
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("SELECT c.status, s.code, c.catalogue_id FROM cycle c JOIN supplier s ON s.id = c.supplier_id "
                     + "WHERE c.id = ?")) {
            s.setLong(1, cycleId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                catalogueId = r.getLong(3);
                found = new CycleToReceive(cycleId, r.getString(1), r.getString(2), null);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading cycle " + cycleId + " failed", e);
        }
        // After the connection is handed back: reading a version not kept yet goes through the entity manager.
        CatalogueVersion catalogue = versions.byId(catalogueId).orElseThrow(() -> new IllegalStateException("No catalogue " + catalogueId));
        return Optional.of(new CycleToReceive(found.id(), found.status(), found.supplierCode(), catalogue));
    }

    @Override
    public Map<String, Long> casesByProduct(long cycleId) {
        Map<String, Long> cases = new HashMap<>();
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("SELECT product_code, cases FROM cycle_pool WHERE cycle_id = ?")) {
            s.setLong(1, cycleId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    cases.put(r.getString(1), r.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the pools of cycle " + cycleId + " failed", e);
        }
        return cases;
    }

    @Override
    public Map<String, Set<String>> membersWithLines(long cycleId, Set<String> products) {
        Map<String, Set<String>> members = new HashMap<>();
        if (products.isEmpty()) {
            return members;
        }
        String marks = "?, ".repeat(products.size() - 1) + "?";
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("SELECT a.product_code, m.code FROM cycle_allocation a JOIN member m ON m.id = a.member_id "
                     + "WHERE a.cycle_id = ? AND a.product_code IN (" + marks + ")")) {
            s.setLong(1, cycleId);
            int p = 2;
            for (String product : products) {
                s.setString(p++, product);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    members.computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the allocations of cycle " + cycleId + " failed", e);
        }
        return members;
    }

    @Override
    public boolean save(long cycleId, List<ReceivedRow> received, List<DeliveredRow> delivered, Instant at, String by) {
        try (Connection con = dataSource.getConnection()) {
            try (PreparedStatement s = con.prepareStatement("UPDATE cycle SET status = 'RECEIVED', received_at = ?, version = version + 1 "
                    + "WHERE id = ? AND status = 'ORDERED'")) {
                s.setTimestamp(1, Timestamp.from(at));
                s.setLong(2, cycleId);
                if (s.executeUpdate() != 1) {
                    return false;
                }
            }
            Map<String, Long> members = CycleMemberIds.of(con, cycleId);
            Long cycle = cycleId;
            Timestamp receivedAt = Timestamp.from(at);
            try (MultiRowInsert rows = new MultiRowInsert(con, "reception_line", "cycle_id", "product_code", "member_id", "quantity", "lot_code",
                    "use_by", "best_before", "received_at", "received_by")) {
                for (ReceivedRow row : received) {
                    rows.add(cycle, row.productCode(), row.memberCode() == null ? null : memberId(members, row.memberCode(), cycleId),
                            row.quantity(), row.lot(), row.useBy(), row.bestBefore(), receivedAt, by);
                }
            }
            try (MultiRowInsert rows = new MultiRowInsert(con, "delivery", "cycle_id", "member_id", "product_code", "quantity", "lot_code",
                    "use_by", "best_before")) {
                long[] memberRow = new long[delivered.size()];
                for (int i = 0; i < memberRow.length; i++) {
                    memberRow[i] = memberId(members, delivered.get(i).memberCode(), cycleId);
                }
                // Member by member (MemberMajor): the table is keyed (cycle_id, member_id).
                for (int i : MemberMajor.order(memberRow.length, i -> memberRow[i])) {
                    DeliveredRow row = delivered.get(i);
                    rows.add(cycle, memberRow[i], row.productCode(), row.quantity(), row.lot(), row.useBy(), row.bestBefore());
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the reception of cycle " + cycleId + " failed", e);
        }
    }

    @Override
    public List<LotDelivery> deliveriesOfLot(String lot) {
        record Row(String memberCode, String memberName, String deliveryPoint, String email, long cycleId, String cycleTitle,
                   LocalDate deliveryDate, long catalogueId, String productCode, java.math.BigDecimal quantity, LocalDate useBy,
                   LocalDate bestBefore) {
        }
        List<Row> rows = new ArrayList<>();
        try (Connection con = dataSource.getConnection();
             // Through the reception (V8): the cycles and products that received the lot, then their deliveries of it, read
             // by the cycle's (cycle_id, member_id) key; the delivery table has no index on the lot.
             PreparedStatement s = con.prepareStatement("SELECT m.code, m.name, m.delivery_point, m.email, c.id, c.title, c.delivery_date, "
                     + "c.catalogue_id, d.product_code, d.quantity, d.use_by, d.best_before "
                     + "FROM (SELECT DISTINCT cycle_id, product_code FROM reception_line WHERE lot_code = ?) r "
                     + "STRAIGHT_JOIN delivery d ON d.cycle_id = r.cycle_id AND d.product_code = r.product_code AND d.lot_code = ? "
                     + "JOIN member m ON m.id = d.member_id JOIN cycle c ON c.id = d.cycle_id ORDER BY m.code, c.id, d.product_code")) {
            s.setString(1, lot);
            s.setString(2, lot);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5), r.getString(6),
                            localDate(r.getDate(7)), r.getLong(8), r.getString(9), r.getBigDecimal(10), localDate(r.getDate(11)),
                            localDate(r.getDate(12))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the deliveries of lot " + lot + " failed", e);
        }
        Map<Long, CatalogueVersion> catalogues = new HashMap<>();
        List<LotDelivery> deliveries = new ArrayList<>(rows.size());
        for (Row row : rows) {
            CatalogueVersion catalogue = catalogues.computeIfAbsent(row.catalogueId(),
                    id -> versions.byId(id).orElseThrow(() -> new IllegalStateException("No catalogue " + id)));
            deliveries.add(new LotDelivery(row.memberCode(), row.memberName(), row.deliveryPoint(), row.email(), row.cycleId(), row.cycleTitle(),
                    row.deliveryDate(), catalogue, row.productCode(), row.quantity(), row.useBy(), row.bestBefore()));
        }
        return deliveries;
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static long memberId(Map<String, Long> members, String code, long cycleId) {
        Long id = members.get(code);
        if (id == null) {
            throw new IllegalStateException("Member " + code + " has no order in cycle " + cycleId);
        }
        return id;
    }
}
