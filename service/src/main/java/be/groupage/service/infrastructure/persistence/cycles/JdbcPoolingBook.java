package be.groupage.service.infrastructure.persistence.cycles;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.cycle.MemberOrder;
import be.groupage.core.cycle.OrderLine;
import be.groupage.core.pooling.AllocationStrategy;
import be.groupage.core.pooling.CaseRounding;
import be.groupage.core.pooling.CyclePooling;
import be.groupage.core.pooling.MemberAllocation;
import be.groupage.core.pooling.MemberLines;
import be.groupage.core.pooling.Pooling;
import be.groupage.core.pooling.PoolingResult;
import be.groupage.core.pooling.ProductPool;
import be.groupage.service.application.port.cycles.PoolingBook;
import be.groupage.service.infrastructure.persistence.catalogue.CatalogueVersions;
import be.groupage.service.infrastructure.persistence.jdbc.AuditRows;
import be.groupage.service.infrastructure.persistence.jdbc.CycleMemberIds;
import be.groupage.service.infrastructure.persistence.jdbc.DataSourceConfiguration;
import be.groupage.service.infrastructure.persistence.jdbc.MemberMajor;
import be.groupage.service.infrastructure.persistence.jdbc.MultiRowInsert;
import be.groupage.service.infrastructure.persistence.schema.CycleEntity;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.mariadb.jdbc.client.result.Result;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Closing in {@code cycle}, {@code member_order}/{@code order_line} (read in one pass) and
 * {@code cycle_pool}/{@code cycle_allocation} (written in JDBC batches), inside the caller's transaction.
 */
@ApplicationScoped
public class JdbcPoolingBook implements PoolingBook {

    private static final int FETCH = 10_000;
    private static final int EXPLANATION = 500;

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    CatalogueVersions versions;

    @Inject
    JpaCycleRepository cycles;

    @Override
    public List<Long> dueAt(Instant now) {
        return em.createQuery("SELECT c.id FROM CycleEntity c WHERE c.status = 'OPEN' AND c.closesAt <= :now ORDER BY c.closesAt", Long.class)
                .setParameter("now", now).getResultList();
    }

    @Override
    public boolean closeIfOpen(long cycleId, Instant at, String by, boolean onlyWhenDue) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("UPDATE cycle SET status = 'CLOSED', closed_at = ?, closed_by = ?, version = version + 1 "
                     + "WHERE id = ? AND status = 'OPEN'" + (onlyWhenDue ? " AND closes_at <= ?" : ""))) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, by);
            s.setLong(3, cycleId);
            if (onlyWhenDue) {
                s.setTimestamp(4, Timestamp.from(at));
            }
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Closing cycle " + cycleId + " failed", e);
        }
    }

    @Override
    public CycleToPool forPooling(long cycleId) {
        // A locking read: EclipseLink then reads on the transaction's own connection, which made the change above.
        CycleEntity c = em.find(CycleEntity.class, cycleId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new IllegalArgumentException("No cycle " + cycleId);
        }
        em.refresh(c, LockModeType.PESSIMISTIC_WRITE);
        CatalogueVersion prices = versions.of(c.catalogue());
        MemberLines.Builder lines;
        int orderCount;
        try (Connection con = dataSource.getConnection()) {
            Map<Long, String> memberOf = memberOfOrder(con, cycleId);
            orderCount = memberOf.size();
            // The columns grow as the rows come (by half each time): cheaper than counting the lines in a scan of their own.
            lines = CyclePooling.lines(prices, 0);
            readLines(con, cycleId, (order, product, quantity, maximum, orderedAt) -> lines.add(product, memberOf.get(order), orderedAt,
                    quantity, maximum));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the orders of cycle " + cycleId + " failed", e);
        }
        return new CycleToPool(cycles.restoreWith(c, prices, List.of()),
                Pooling.of(CaseRounding.valueOf(c.caseRounding()), AllocationStrategy.valueOf(c.allocation())), lines.build(), orderCount);
    }

    /** Each order of the cycle's member code, by the order's row id. */
    private static Map<Long, String> memberOfOrder(Connection con, long cycleId) throws SQLException {
        Map<Long, String> memberOf = new HashMap<>();
        try (PreparedStatement s = con.prepareStatement("SELECT o.id, m.code FROM member_order o JOIN member m ON m.id = o.member_id "
                + "WHERE o.cycle_id = ?")) {
            s.setLong(1, cycleId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    memberOf.put(r.getLong(1), r.getString(2));
                }
            }
        }
        return memberOf;
    }

    /** One stored order line, as {@link #readLines} gives it. */
    @FunctionalInterface
    interface LineRow {
        void accept(long order, String product, BigDecimal quantity, BigDecimal maximum, Instant orderedAt);
    }

    /**
     * Every order line of the cycle, in one statement driven from the cycle's orders through the line table's
     * {@code (order_id, product_code)} key. The join order and index are fixed because the optimizer, with statistics
     * taken while the tables were nearly empty, chose to scan all lines once per order (a block-nested-loop join): 7 s
     * for 100,000 lines, against 0.3 s so.
     */
    static void readLines(Connection con, long cycleId, LineRow row) throws SQLException {
        try (PreparedStatement s = con.prepareStatement("SELECT l.order_id, l.product_code, l.quantity, l.maximum, l.ordered_at "
                + "FROM member_order o STRAIGHT_JOIN order_line l FORCE INDEX (uq_order_line) ON l.order_id = o.id WHERE o.cycle_id = ?")) {
            s.setLong(1, cycleId);
            s.setFetchSize(FETCH);
            try (ResultSet wrapped = s.executeQuery()) {
                // The driver's own result set: the pool's wrapper answers getObject(int, Class) by reflection, per call.
                ResultSet r = wrapped.isWrapperFor(Result.class) ? wrapped.unwrap(Result.class) : wrapped;
                // Many lines share their time: the local date-time is cheap to decode, and only a new one is turned into an
                // instant, by the driver's own getTimestamp, so the instant is exactly the one it gives.
                Map<LocalDateTime, Instant> instants = new HashMap<>();
                while (r.next()) {
                    LocalDateTime local = r.getObject(5, LocalDateTime.class);
                    Instant orderedAt = instants.get(local);
                    if (orderedAt == null) {
                        orderedAt = r.getTimestamp(5).toInstant();
                        instants.put(local, orderedAt);
                    }
                    row.accept(r.getLong(1), r.getString(2), r.getBigDecimal(3), r.getBigDecimal(4), orderedAt);
                }
            }
        }
    }

    /**
     * Every order of the cycle with its lines, by member code, in two statements: the orders (a row each), then their
     * lines ({@link #readLines}).
     */
    static List<MemberOrder> orders(Connection con, long cycleId, CatalogueVersion prices) throws SQLException {
        Map<Long, String> memberOf = new HashMap<>();
        Map<Long, String> referenceOf = new HashMap<>();
        List<Long> byMember = new ArrayList<>();
        try (PreparedStatement s = con.prepareStatement("SELECT o.id, m.code, o.purchase_order_ref FROM member_order o "
                + "JOIN member m ON m.id = o.member_id WHERE o.cycle_id = ? ORDER BY m.code")) {
            s.setLong(1, cycleId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    byMember.add(id);
                    memberOf.put(id, r.getString(2));
                    referenceOf.put(id, Optional.ofNullable(r.getString(3)).orElse(""));
                }
            }
        }
        Map<Long, List<OrderLine>> linesOf = new HashMap<>();
        readLines(con, cycleId, (order, product, quantity, maximum, orderedAt) -> linesOf.computeIfAbsent(order, k -> new ArrayList<>())
                .add(JpaCycleRepository.orderLine(prices, product, quantity, maximum, orderedAt)));
        List<MemberOrder> orders = new ArrayList<>(byMember.size());
        for (Long id : byMember) {
            orders.add(MemberOrder.of(memberOf.get(id), referenceOf.get(id), linesOf.getOrDefault(id, List.of())));
        }
        return orders;
    }

    @Override
    public void savePooling(long cycleId, PoolingResult result, Instant at, String actor, String auditAction, String auditDetail) {
        try (Connection con = dataSource.getConnection()) {
            Map<String, Long> memberIds = CycleMemberIds.of(con, cycleId);
            try (MultiRowInsert pools = new MultiRowInsert(con, "cycle_pool", "cycle_id", "product_code", "case_size", "cases", "ordered",
                    "allocated", "platform_stock");
                 MultiRowInsert allocations = new MultiRowInsert(con, "cycle_allocation", "cycle_id", "member_id", "product_code", "ordered",
                         "allocated", "reason", "explanation")) {
                Long cycle = cycleId;
                List<ProductPool> products = result.pools();
                int[] firstLine = new int[products.size() + 1]; // the pools' lines one after the other, pool i's from firstLine[i] on
                for (int i = 0; i < products.size(); i++) {
                    ProductPool p = products.get(i);
                    pools.add(cycle, p.productCode(), p.product().caseSize(), Math.toIntExact(p.cases()), p.totalOrdered(), p.allocatedTotal(),
                            p.platformStock());
                    firstLine[i + 1] = firstLine[i] + p.allocations().size();
                }
                int lines = firstLine[products.size()];
                long[] memberRow = new long[lines];
                int[] poolOf = new int[lines];
                for (int i = 0, line = 0; i < products.size(); i++) {
                    ProductPool p = products.get(i);
                    for (int rank = 0; rank < p.allocations().size(); rank++) {
                        String code = p.memberCodeAt(rank);
                        Long member = memberIds.get(code);
                        if (member == null) {
                            throw new IllegalStateException("Member " + code + " has a line but no order in cycle " + cycleId);
                        }
                        poolOf[line] = i;
                        memberRow[line++] = member;
                    }
                }
                // Written member by member (MemberMajor): the table's key is (cycle_id, member_id, product_code).
                for (int line : MemberMajor.order(lines, i -> memberRow[i])) {
                    int pool = poolOf[line];
                    MemberAllocation a = products.get(pool).allocations().get(line - firstLine[pool]);
                    allocations.add(cycle, memberRow[line], a.productCode(), a.ordered(), a.allocated(), a.reason().name(), truncate(a.explanation()));
                }
            }
            AuditRows.insert(con, at, actor, auditAction, "cycle", String.valueOf(cycleId), auditDetail);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing the pooling of cycle " + cycleId + " failed", e);
        }
    }

    private static String truncate(String text) {
        return text.length() <= EXPLANATION ? text : text.substring(0, EXPLANATION - 1) + "…";
    }
}
