package be.groupage.service.infrastructure.persistence;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.cycle.MemberOrder;
import be.groupage.core.cycle.OrderLine;
import be.groupage.core.pooling.AllocationStrategy;
import be.groupage.core.pooling.CaseRounding;
import be.groupage.core.pooling.MemberAllocation;
import be.groupage.core.pooling.Pooling;
import be.groupage.core.pooling.PoolingResult;
import be.groupage.core.pooling.ProductPool;
import be.groupage.service.application.port.PoolingBook;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Closing in {@code cycle}, {@code member_order}/{@code order_line} (read in one pass) and
 * {@code cycle_pool}/{@code cycle_allocation} (written in JDBC batches), inside the caller's transaction.
 */
@ApplicationScoped
public class JdbcPoolingBook implements PoolingBook {

    private static final int BATCH = 1000;
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
        List<MemberOrder> orders = new ArrayList<>();
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("SELECT m.code, o.purchase_order_ref, l.product_code, l.quantity, l.maximum, l.ordered_at "
                     + "FROM member_order o JOIN member m ON m.id = o.member_id LEFT JOIN order_line l ON l.order_id = o.id "
                     + "WHERE o.cycle_id = ? ORDER BY m.code")) {
            s.setLong(1, cycleId);
            s.setFetchSize(BATCH);
            try (ResultSet r = s.executeQuery()) {
                String member = null;
                String reference = null;
                List<OrderLine> lines = new ArrayList<>();
                while (r.next()) {
                    String code = r.getString(1);
                    if (!code.equals(member)) {
                        if (member != null) {
                            orders.add(MemberOrder.of(member, reference, lines));
                        }
                        member = code;
                        reference = Optional.ofNullable(r.getString(2)).orElse("");
                        lines = new ArrayList<>();
                    }
                    String product = r.getString(3);
                    if (product != null) {
                        lines.add(JpaCycleRepository.orderLine(prices, product, r.getBigDecimal(4), r.getBigDecimal(5),
                                r.getTimestamp(6).toInstant()));
                    }
                }
                if (member != null) {
                    orders.add(MemberOrder.of(member, reference, lines));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the orders of cycle " + cycleId + " failed", e);
        }
        return new CycleToPool(cycles.restoreWith(c, prices, orders),
                Pooling.of(CaseRounding.valueOf(c.caseRounding()), AllocationStrategy.valueOf(c.allocation())));
    }

    @Override
    public void savePooling(long cycleId, PoolingResult result, Instant at, String actor, String auditAction, String auditDetail) {
        try (Connection con = dataSource.getConnection()) {
            Map<String, Long> memberIds = CycleMemberIds.of(con, cycleId);
            try (PreparedStatement pool = con.prepareStatement("INSERT INTO cycle_pool (cycle_id, product_code, case_size, cases, ordered, "
                    + "allocated, platform_stock) VALUES (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement allocation = con.prepareStatement("INSERT INTO cycle_allocation (cycle_id, member_id, product_code, ordered, "
                         + "allocated, reason, explanation) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (ProductPool p : result.pools()) {
                    pool.setLong(1, cycleId);
                    pool.setString(2, p.productCode());
                    pool.setBigDecimal(3, p.product().caseSize());
                    pool.setInt(4, Math.toIntExact(p.cases()));
                    pool.setBigDecimal(5, p.totalOrdered());
                    pool.setBigDecimal(6, p.allocatedTotal());
                    pool.setBigDecimal(7, p.platformStock());
                    pool.addBatch();
                    for (MemberAllocation a : p.allocations()) {
                        Long member = memberIds.get(a.memberCode());
                        if (member == null) {
                            throw new IllegalStateException("Member " + a.memberCode() + " has a line but no order in cycle " + cycleId);
                        }
                        allocation.setLong(1, cycleId);
                        allocation.setLong(2, member);
                        allocation.setString(3, a.productCode());
                        allocation.setBigDecimal(4, a.ordered());
                        allocation.setBigDecimal(5, a.allocated());
                        allocation.setString(6, a.reason().name());
                        allocation.setString(7, truncate(a.explanation()));
                        allocation.addBatch();
                        if (++n % BATCH == 0) {
                            allocation.executeBatch();
                        }
                    }
                }
                pool.executeBatch();
                allocation.executeBatch();
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
