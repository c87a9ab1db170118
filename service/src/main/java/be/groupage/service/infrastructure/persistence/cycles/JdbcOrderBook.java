package be.groupage.service.infrastructure.persistence.cycles;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.core.cycle.LotReference;
import be.groupage.core.cycle.Member;
import be.groupage.core.cycle.MemberOrder;
import be.groupage.core.cycle.MemberType;
import be.groupage.core.cycle.OrderLine;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.service.application.port.cycles.OrderBook;
import be.groupage.service.infrastructure.persistence.catalogue.CatalogueVersions;
import be.groupage.service.infrastructure.persistence.catalogue.JpaCatalogueRepository;
import be.groupage.service.infrastructure.persistence.jdbc.AuditRows;
import be.groupage.service.infrastructure.persistence.jdbc.DataSourceConfiguration;
import be.groupage.service.infrastructure.persistence.jdbc.MultiRowInsert;
import be.groupage.service.infrastructure.persistence.members.JpaMemberRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Orders in {@code member_order} and {@code order_line}, over the transaction's own connection: a replace
 * reads the cycle's catalogue (JPA, once per cycle), the cycle with its supplier, then the member with its order and lines, in three statements (four under a
 * framework agreement, whose lot row it locks), and writes the order row, its lines (one multi-row INSERT) and
 * the audit line in three or four more, whatever the number of lines.
 */
@ApplicationScoped
public class JdbcOrderBook implements OrderBook {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    CatalogueVersions versions;

    /** Cycles whose catalogue id is kept (a few bytes each; forgotten all at once past this many). */
    private static final int CYCLES_REMEMBERED = 10_000;

    /** Cycle id to the id of its catalogue, which never changes once the cycle exists. */
    private final Map<Long, Long> catalogueOfCycle = new ConcurrentHashMap<>();

    @Override
    public Optional<OrderSlot> lockForOrder(long cycleId, String memberCode) {
        return read(cycleId, memberCode, true);
    }

    @Override
    public Optional<OrderSlot> find(long cycleId, String memberCode) {
        return read(cycleId, memberCode, false);
    }

    private Optional<OrderSlot> read(long cycleId, String memberCode, boolean lock) {
        // The catalogue version first, before this transaction takes a JDBC connection: a version not in memory yet
        // is read on EclipseLink's connection, which is not the JDBC one when that is taken first, so 50 first orders
        // of a cycle each held one connection and waited for a second (the pool ran dry; seen again on 3 December
        // with the local, non-XA data source: EclipseLink does not share it). A cycle's catalogue is set when the
        // cycle is created and never changes, so its id is read once per cycle, not once per order.
        Optional<Long> catalogueId = catalogueOf(cycleId);
        if (catalogueId.isEmpty()) {
            return Optional.empty();
        }
        CatalogueVersion expected = versions.byId(catalogueId.get())
                .orElseThrow(() -> new IllegalStateException("No catalogue " + catalogueId.get() + " for cycle " + cycleId));
        try (Connection con = dataSource.getConnection()) {
            // The cycle (with its supplier) first, by a locking read when asked: it sees the latest committed state
            // (a close that committed while this waited), whatever snapshot the transaction's plain reads use.
            CycleRow c;
            try (PreparedStatement s = con.prepareStatement("SELECT c.title, c.status, c.closes_at, c.catalogue_id, s.code, c.lot_id, "
                    + "c.created_at, c.opened_at, c.closed_at, c.ordered_at, c.received_at, c.invoiced_at, c.cancelled_at "
                    + "FROM cycle c JOIN supplier s ON s.id = c.supplier_id WHERE c.id = ?" + (lock ? " LOCK IN SHARE MODE" : ""))) {
                s.setLong(1, cycleId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    Map<CycleStatus, Instant> entered = new EnumMap<>(CycleStatus.class);
                    String[] states = {"DRAFT", "OPEN", "CLOSED", "ORDERED", "RECEIVED", "INVOICED", "CANCELLED"};
                    for (int i = 0; i < states.length; i++) {
                        Timestamp at = r.getTimestamp(7 + i);
                        if (at != null) {
                            entered.put(CycleStatus.valueOf(states[i]), at.toInstant());
                        }
                    }
                    long lot = r.getLong(6);
                    c = new CycleRow(r.getString(1), r.getString(2), r.getTimestamp(3).toInstant(), r.getLong(4), r.getString(5),
                            r.wasNull() ? 0 : lot, entered);
                }
            }
            Optional<LotReference> lot = c.lotId() == 0 ? Optional.empty() : Optional.of(lot(con, c.lotId(), lock));
            CatalogueVersion catalogue = c.catalogueId() == catalogueId.get() ? expected : versions.byId(c.catalogueId())
                    .orElseThrow(() -> new IllegalStateException("No catalogue " + c.catalogueId() + " for cycle " + cycleId));
            MemberWithOrder found = memberWithOrder(con, cycleId, memberCode, catalogue);
            Cycle cycle = Cycle.restore(cycleId, c.title(), catalogue, CycleStatus.valueOf(c.status()), c.closesAt(), lot, c.entered(),
                    found.order().map(o -> List.of(o.order())).orElse(List.of()));
            return Optional.of(new OrderSlot(cycleId, c.status(), c.supplierCode(), cycle, catalogue, found.member(), found.memberRow(),
                    found.order()));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the order of " + memberCode + " in cycle " + cycleId + " failed", e);
        }
    }

    /** The id of the catalogue the cycle orders on: from memory once the cycle was seen, through JPA before. */
    private Optional<Long> catalogueOf(long cycleId) {
        Long known = catalogueOfCycle.get(cycleId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Long> read = em.createQuery("SELECT c.catalogue.id FROM CycleEntity c WHERE c.id = :id", Long.class)
                .setParameter("id", cycleId).getResultStream().findFirst();
        if (read.isPresent()) {
            if (catalogueOfCycle.size() >= CYCLES_REMEMBERED) {
                catalogueOfCycle.clear();
            }
            catalogueOfCycle.put(cycleId, read.get());
        }
        return read;
    }

    private record MemberWithOrder(Optional<Member> member, long memberRow, Optional<StoredOrder> order) {
    }

    /** The member, and its order in the cycle with the lines, in one statement. */
    private static MemberWithOrder memberWithOrder(Connection con, long cycleId, String memberCode, CatalogueVersion catalogue)
            throws SQLException {
        try (PreparedStatement s = con.prepareStatement("SELECT m.id, m.name, m.kind, m.kbo, m.delivery_point, o.id, o.version, "
                + "o.purchase_order_ref, o.updated_at, o.updated_by, l.product_code, l.quantity, l.maximum, l.ordered_at FROM member m "
                + "LEFT JOIN member_order o ON o.member_id = m.id AND o.cycle_id = ? LEFT JOIN order_line l ON l.order_id = o.id "
                + "WHERE m.code = ? ORDER BY l.id")) {
            s.setLong(1, cycleId);
            s.setString(2, memberCode);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return new MemberWithOrder(Optional.empty(), 0, Optional.empty());
                }
                long memberRow = r.getLong(1);
                Member member = JpaMemberRepository.toDomain(memberCode, r.getString(2), MemberType.valueOf(r.getString(3)),
                        r.getString(4), r.getString(5));
                long row = r.getLong(6);
                if (r.wasNull()) {
                    return new MemberWithOrder(Optional.of(member), memberRow, Optional.empty());
                }
                long version = r.getLong(7);
                String reference = JpaCatalogueRepository.nullToEmpty(r.getString(8));
                Instant updatedAt = r.getTimestamp(9).toInstant();
                String updatedBy = r.getString(10);
                List<OrderLine> lines = new ArrayList<>();
                do {
                    String product = r.getString(11);
                    if (product != null) {
                        lines.add(JpaCycleRepository.orderLine(catalogue, product, r.getBigDecimal(12), r.getBigDecimal(13),
                                r.getTimestamp(14).toInstant()));
                    }
                } while (r.next());
                return new MemberWithOrder(Optional.of(member), memberRow,
                        Optional.of(new StoredOrder(row, version, MemberOrder.of(memberCode, reference, lines), updatedAt, updatedBy)));
            }
        }
    }

    private record CycleRow(String title, String status, Instant closesAt, long catalogueId, String supplierCode, long lotId,
                            Map<CycleStatus, Instant> entered) {
    }

    /** The lot's reference; when locking, its row stays locked until the transaction ends. */
    private static LotReference lot(Connection con, long lotId, boolean lock) throws SQLException {
        try (PreparedStatement s = con.prepareStatement("SELECT l.code, (SELECT a.number FROM framework_agreement a WHERE a.id = l.agreement_id) "
                + "FROM framework_lot l WHERE l.id = ?" + (lock ? " FOR UPDATE" : ""))) {
            s.setLong(1, lotId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("No framework lot " + lotId);
                }
                return LotReference.of(r.getString(2), r.getString(1));
            }
        }
    }

    @Override
    public OptionalLong saveOrderIfVersion(OrderSlot slot, MemberOrder placed, Money committedValue, Instant at, String by,
                                           String auditAction, String auditDetail) {
        String reference = placed.purchaseOrderNumber().isEmpty() ? null : placed.purchaseOrderNumber();
        try (Connection con = dataSource.getConnection()) {
            long row;
            long version;
            if (slot.stored().isEmpty()) {
                try (PreparedStatement s = con.prepareStatement("INSERT INTO member_order (cycle_id, member_id, purchase_order_ref, committed_value, "
                        + "updated_at, updated_by, version) VALUES (?, ?, ?, ?, ?, ?, 1)", Statement.RETURN_GENERATED_KEYS)) {
                    s.setLong(1, slot.cycleId());
                    s.setLong(2, slot.memberRow());
                    s.setString(3, reference);
                    s.setBigDecimal(4, committedValue.amount());
                    s.setTimestamp(5, Timestamp.from(at));
                    s.setString(6, by);
                    s.executeUpdate();
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        row = keys.getLong(1);
                    }
                } catch (SQLIntegrityConstraintViolationException e) {
                    return OptionalLong.empty(); // created meanwhile by someone else
                }
                version = 1;
            } else {
                StoredOrder stored = slot.stored().get();
                row = stored.row();
                try (PreparedStatement s = con.prepareStatement("UPDATE member_order SET version = version + 1, purchase_order_ref = ?, "
                        + "committed_value = ?, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?")) {
                    s.setString(1, reference);
                    s.setBigDecimal(2, committedValue.amount());
                    s.setTimestamp(3, Timestamp.from(at));
                    s.setString(4, by);
                    s.setLong(5, row);
                    s.setLong(6, stored.version());
                    if (s.executeUpdate() != 1) {
                        return OptionalLong.empty();
                    }
                }
                version = stored.version() + 1;
                if (!stored.order().lines().isEmpty()) {
                    try (PreparedStatement s = con.prepareStatement("DELETE FROM order_line WHERE order_id = ?")) {
                        s.setLong(1, row);
                        s.executeUpdate();
                    }
                }
            }
            insertLines(con, row, placed.lines());
            AuditRows.insert(con, at, by, auditAction, "member_order", slot.cycleId() + "/" + placed.memberCode(), auditDetail);
            return OptionalLong.of(version);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the order of " + placed.memberCode() + " in cycle " + slot.cycleId() + " failed", e);
        }
    }

    /**
     * The lines as multi-row INSERTs ({@link MultiRowInsert}): one round trip for a usual order. (The same rows as
     * a JDBC batch took about six round trips per order, seen in a flight recording of the load run.)
     */
    private static void insertLines(Connection con, long orderRow, Collection<OrderLine> lines) throws SQLException {
        try (MultiRowInsert insert = new MultiRowInsert(con, "order_line", "order_id", "product_code", "quantity", "maximum", "ordered_at")) {
            for (OrderLine line : lines) {
                insert.add(orderRow, line.productCode(), line.quantity().amount(), line.maximum().map(Quantity::amount).orElse(null),
                        Timestamp.from(line.orderedAt()));
            }
        }
    }

    @Override
    public Outcomes outcomes(long cycleId, String memberCode) {
        try (Connection con = dataSource.getConnection()) {
            boolean pooled;
            try (PreparedStatement s = con.prepareStatement("SELECT EXISTS (SELECT 1 FROM cycle_pool WHERE cycle_id = ?)")) {
                s.setLong(1, cycleId);
                try (ResultSet r = s.executeQuery()) {
                    pooled = r.next() && r.getBoolean(1);
                }
            }
            Map<String, Allocation> allocations = new HashMap<>();
            try (PreparedStatement s = con.prepareStatement("SELECT a.product_code, a.allocated, a.reason, a.explanation FROM cycle_allocation a "
                    + "JOIN member m ON m.id = a.member_id WHERE a.cycle_id = ? AND m.code = ?")) {
                s.setLong(1, cycleId);
                s.setString(2, memberCode);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        allocations.put(r.getString(1), new Allocation(r.getBigDecimal(2), r.getString(3), r.getString(4)));
                    }
                }
            }
            Map<String, BigDecimal> delivered = new HashMap<>();
            try (PreparedStatement s = con.prepareStatement("SELECT d.product_code, d.quantity FROM delivery d "
                    + "JOIN member m ON m.id = d.member_id WHERE d.cycle_id = ? AND m.code = ?")) {
                s.setLong(1, cycleId);
                s.setString(2, memberCode);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        delivered.merge(r.getString(1), r.getBigDecimal(2), BigDecimal::add);
                    }
                }
            }
            return new Outcomes(pooled, allocations, delivered);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the allocations of " + memberCode + " in cycle " + cycleId + " failed", e);
        }
    }

}
