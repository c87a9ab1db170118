package be.groupage.service.infrastructure.persistence.cycles;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.core.cycle.LotReference;
import be.groupage.core.cycle.MemberOrder;
import be.groupage.core.money.Money;
import be.groupage.core.pooling.AllocationStrategy;
import be.groupage.core.pooling.CaseRounding;
import be.groupage.service.application.port.cycles.CycleBook;
import be.groupage.service.application.port.cycles.CycleDetails;
import be.groupage.service.infrastructure.persistence.catalogue.CatalogueVersions;
import be.groupage.service.infrastructure.persistence.jdbc.DataSourceConfiguration;
import be.groupage.service.infrastructure.persistence.schema.CatalogueEntity;
import be.groupage.service.infrastructure.persistence.schema.CycleEntity;
import be.groupage.service.infrastructure.persistence.schema.CyclePoolEntity;
import be.groupage.service.infrastructure.persistence.schema.DocumentParties;
import be.groupage.service.infrastructure.persistence.schema.FrameworkAgreementEntity;
import be.groupage.service.infrastructure.persistence.schema.FrameworkLotEntity;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cycles in the {@code cycle} table with their shared costs, subsidies, pools and allocations, inside the
 * caller's transaction. A cycle row is read through JPA (so that a use case sees what it changed, and what
 * closing refreshed, in the same transaction); the list fetches every cycle's supplier, catalogue and lot
 * with it and the costs and subsidies of all of them in one statement each; the orders (a row per line, a
 * hundred thousand in a large cycle) and the allocations (as many) are read over JDBC as plain columns, not
 * as entities. State changes go through {@link JpaCycleRepository#save(Cycle, String)}.
 */
@ApplicationScoped
public class JpaCycleBook implements CycleBook {

    private static final int FETCH = 10_000;

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    CatalogueVersions versions;

    @Inject
    JpaCycleRepository cycles;

    @Override
    public CycleDetails create(NewCycle cycle, Instant at, String by) {
        CatalogueEntity catalogue = em.find(CatalogueEntity.class, cycle.catalogueId());
        if (catalogue == null || !catalogue.supplier().code().equals(cycle.supplierCode())) {
            throw new IllegalArgumentException("No catalogue " + cycle.catalogueId() + " of supplier " + cycle.supplierCode() + " is stored.");
        }
        FrameworkLotEntity lot = cycle.lot().map(this::lot).orElse(null);
        CycleEntity row = new CycleEntity(cycle.title(), catalogue.supplier(), catalogue, cycle.opensAt(), cycle.closesAt(), cycle.deliveryDate(),
                cycle.caseRounding().name(), cycle.allocation().name(), lot, at, by);
        cycle.sharedCosts().forEach(c -> row.addSharedCost(c.label(), c.amount().amount(), c.vatRate().percent(), c.rule().name()));
        cycle.subsidies().forEach(s -> row.addSubsidy(s.label(), s.percent(), s.capPerMember().map(Money::amount).orElse(null)));
        em.persist(row);
        em.flush();
        return details(row);
    }

    private FrameworkLotEntity lot(LotReference lot) {
        return em.createQuery("SELECT l FROM FrameworkLotEntity l WHERE l.agreement.number = :agreement AND l.code = :lot", FrameworkLotEntity.class)
                .setParameter("agreement", lot.agreementNumber()).setParameter("lot", lot.lotNumber()).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No lot " + lot.lotNumber() + " of framework agreement " + lot.agreementNumber()
                        + " is stored."));
    }

    @Override
    public Optional<AgreementLots> agreement(String number) {
        return em.createNamedQuery("FrameworkAgreement.byNumber", FrameworkAgreementEntity.class).setParameter("number", number)
                .getResultStream().findFirst()
                .map(a -> new AgreementLots(a.number(), a.supplier().code(), a.lots().stream().map(FrameworkLotEntity::code).toList()));
    }

    @Override
    public Optional<CycleDetails> find(long cycleId) {
        return Optional.ofNullable(em.find(CycleEntity.class, cycleId)).map(JpaCycleBook::details);
    }

    @Override
    public List<CycleDetails> list(Optional<CycleStatus> status) {
        TypedQuery<CycleEntity> query = status.isPresent()
                ? em.createNamedQuery("Cycle.byStatus", CycleEntity.class).setParameter("status", status.get().name())
                : em.createNamedQuery("Cycle.all", CycleEntity.class);
        // What a cycle's details name, fetched with the cycles: the single-valued relations joined in the same
        // statement, the costs and subsidies of every listed cycle in one more statement each (not one per cycle).
        query.setHint("eclipselink.join-fetch", "c.supplier")
                .setHint("eclipselink.join-fetch", "c.catalogue")
                .setHint("eclipselink.left-join-fetch", "c.lot.agreement")
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "c.sharedCosts")
                .setHint("eclipselink.batch", "c.subsidies");
        return query.getResultStream().map(JpaCycleBook::details).toList();
    }

    @Override
    public CatalogueVersion catalogue(CycleDetails cycle) {
        return versions.byId(cycle.catalogueId())
                .orElseThrow(() -> new IllegalStateException("No catalogue " + cycle.catalogueId() + " for cycle " + cycle.id()));
    }

    @Override
    public Optional<Cycle> restore(long cycleId) {
        return Optional.ofNullable(em.find(CycleEntity.class, cycleId)).map(c -> cycles.restoreWith(c, versions.of(c.catalogue()), List.of()));
    }

    @Override
    public Optional<Cycle> restoreLocked(long cycleId) {
        CycleEntity c = em.find(CycleEntity.class, cycleId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            return Optional.empty();
        }
        // SELECT … FOR UPDATE, then the row as the lock found it (another instance may have changed it meanwhile).
        em.refresh(c, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(cycles.restoreWith(c, versions.of(c.catalogue()), List.of()));
    }

    @Override
    public List<Long> dueToOpenAt(Instant now) {
        return em.createQuery("SELECT c.id FROM CycleEntity c WHERE c.status = 'DRAFT' AND c.opensAt <= :now AND c.closesAt > :now "
                        + "AND c.opensAt > c.createdAt ORDER BY c.opensAt, c.id", Long.class)
                .setParameter("now", now).getResultList();
    }

    @Override
    public Optional<Cycle> restoreWithOrders(long cycleId) {
        // The cycle and its catalogue through JPA before the JDBC connection is taken (see JdbcOrderBook).
        CycleEntity c = em.find(CycleEntity.class, cycleId);
        if (c == null) {
            return Optional.empty();
        }
        CatalogueVersion prices = versions.of(c.catalogue());
        List<MemberOrder> orders;
        try (Connection con = dataSource.getConnection()) {
            orders = JdbcPoolingBook.orders(con, cycleId, prices);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the orders of cycle " + cycleId + " failed", e);
        }
        return Optional.of(cycles.restoreWith(c, prices, orders));
    }

    @Override
    public void save(Cycle cycle, String by) {
        cycles.save(cycle, by);
    }

    @Override
    public List<Pool> pools(long cycleId) {
        return em.createQuery("SELECT p FROM CyclePoolEntity p WHERE p.cycle.id = :cycle ORDER BY p.productCode", CyclePoolEntity.class)
                .setParameter("cycle", cycleId).getResultStream()
                .map(p -> new Pool(p.productCode(), p.caseSize(), p.cases(), p.ordered(), p.allocated(), p.platformStock())).toList();
    }

    @Override
    public List<Allocation> allocations(long cycleId) {
        try (Connection con = dataSource.getConnection();
             PreparedStatement s = con.prepareStatement("SELECT a.product_code, m.code, m.delivery_point, a.ordered, a.allocated, a.reason, "
                     + "a.explanation FROM cycle_allocation a JOIN member m ON m.id = a.member_id WHERE a.cycle_id = ? "
                     + "ORDER BY a.product_code, m.code")) {
            s.setLong(1, cycleId);
            s.setFetchSize(FETCH);
            List<Allocation> allocations = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    allocations.add(new Allocation(r.getString(1), r.getString(2), r.getString(3), r.getBigDecimal(4), r.getBigDecimal(5),
                            r.getString(6), r.getString(7)));
                }
            }
            return allocations;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the allocations of cycle " + cycleId + " failed", e);
        }
    }

    @Override
    public Map<String, String> deliveryPoints(long cycleId) {
        Map<String, String> points = new LinkedHashMap<>();
        em.createQuery("SELECT m.code, m.deliveryPoint FROM MemberOrderEntity o JOIN o.member m WHERE o.cycle.id = :cycle ORDER BY m.code",
                        Object[].class)
                .setParameter("cycle", cycleId).getResultStream().forEach(row -> points.put((String) row[0], (String) row[1]));
        return points;
    }

    @Override
    public Map<String, BigDecimal> orderedByProduct(long cycleId) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        em.createQuery("SELECT l.productCode, SUM(l.quantity) FROM OrderLineEntity l WHERE l.order.cycle.id = :cycle "
                        + "GROUP BY l.productCode ORDER BY l.productCode", Object[].class)
                .setParameter("cycle", cycleId).getResultStream().forEach(row -> totals.put((String) row[0], (BigDecimal) row[1]));
        return totals;
    }

    /** The details of a stored cycle; its relations are read here if they were not fetched with it. */
    static CycleDetails details(CycleEntity c) {
        return new CycleDetails(c.id(), c.title(), CycleStatus.valueOf(c.status()), c.version(), c.supplier().code(), c.catalogue().id(),
                c.catalogue().version(), c.opensAt(), c.closesAt(), c.deliveryDate(), CaseRounding.valueOf(c.caseRounding()),
                AllocationStrategy.valueOf(c.allocation()), DocumentParties.lot(c), JpaCycleRepository.sharedCosts(c),
                JpaCycleRepository.subsidies(c), Collections.unmodifiableMap(JpaCycleRepository.entered(c)));
    }
}
