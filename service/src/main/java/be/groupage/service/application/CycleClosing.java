package be.groupage.service.application;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.pooling.AllocationStrategy;
import be.groupage.core.pooling.CaseRounding;
import be.groupage.core.pooling.CyclePooling;
import be.groupage.core.pooling.MemberAllocation;
import be.groupage.core.pooling.Pooling;
import be.groupage.core.pooling.PoolingResult;
import be.groupage.core.pooling.ProductPool;
import be.groupage.service.infrastructure.persistence.AuditEventEntity;
import be.groupage.service.infrastructure.persistence.CycleAllocationEntity;
import be.groupage.service.infrastructure.persistence.CycleEntity;
import be.groupage.service.infrastructure.persistence.CyclePoolEntity;
import be.groupage.service.infrastructure.persistence.MemberEntity;
import be.groupage.service.infrastructure.persistence.MemberOrderEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Closes a cycle for orders and stores what pooling decides: whole cases per product and each member
 * line's allocation. Used by the coordinator's close and by the deadline timer.
 *
 * <p>Exactly once, even with several instances: the state changes through a conditional
 * {@code UPDATE … WHERE status = 'OPEN'} that is the first statement of the transaction. Only the
 * transaction that changed the row pools; a concurrent one waits for the row lock, then finds it
 * CLOSED and does nothing. An order being saved holds a shared lock on the cycle row, so the update
 * waits for it, and — the update being the first statement — this transaction's reads see it.
 */
@ApplicationScoped
public class CycleClosing {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    CycleStore store;

    @Inject
    Clock clock;

    /** The OPEN cycles whose closing time has passed, oldest first. */
    @Transactional
    public List<Long> due() {
        return em.createQuery("SELECT c.id FROM CycleEntity c WHERE c.status = 'OPEN' AND c.closesAt <= :now ORDER BY c.closesAt", Long.class)
                .setParameter("now", clock.instant()).getResultList();
    }

    /**
     * Closes the cycle if it is still OPEN (and, when {@code onlyWhenDue}, past its closing time).
     *
     * @return whether this call closed it; false when it was not OPEN (any more)
     */
    @Transactional
    public boolean closeIfOpen(long cycleId, String actor, boolean onlyWhenDue) {
        Instant now = clock.instant();
        var update = em.createNativeQuery("UPDATE cycle SET status = 'CLOSED', closed_at = ?, closed_by = ?, version = version + 1 "
                        + "WHERE id = ? AND status = 'OPEN'" + (onlyWhenDue ? " AND closes_at <= ?" : ""))
                .setParameter(1, Timestamp.from(now)).setParameter(2, actor).setParameter(3, cycleId);
        if (onlyWhenDue) {
            update.setParameter(4, Timestamp.from(now));
        }
        if (update.executeUpdate() != 1) {
            return false;
        }
        CycleEntity c = store.cycle(cycleId);
        em.refresh(c);
        CatalogueVersion catalogue = store.catalogueVersion(c.catalogue());
        List<MemberOrderEntity> orders = store.orders(c);
        Cycle cycle = store.restore(c, catalogue, orders);
        PoolingResult result = CyclePooling.pool(cycle,
                Pooling.of(CaseRounding.valueOf(c.caseRounding()), AllocationStrategy.valueOf(c.allocation())));
        Map<String, MemberEntity> members = new HashMap<>();
        orders.forEach(o -> members.put(o.member().code(), o.member()));
        for (ProductPool pool : result.pools()) {
            em.persist(new CyclePoolEntity(c, pool.productCode(), pool.product().caseSize(), Math.toIntExact(pool.cases()),
                    pool.totalOrdered(), pool.allocatedTotal(), pool.platformStock()));
            for (MemberAllocation a : pool.allocations()) {
                em.persist(new CycleAllocationEntity(c, members.get(a.memberCode()), a.productCode(), a.ordered(), a.allocated(),
                        a.reason().name(), truncate(a.explanation(), 500)));
            }
        }
        em.persist(new AuditEventEntity(now, actor, onlyWhenDue ? "CYCLE_CLOSED_AT_DEADLINE" : "CYCLE_CLOSED", "cycle",
                String.valueOf(cycleId), "OPEN -> CLOSED; " + orders.size() + " order(s), " + result.pools().size() + " product(s) pooled, "
                + result.pools().stream().mapToLong(ProductPool::cases).sum() + " case(s)"));
        return true;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
