package be.groupage.service.infrastructure.persistence.cycles;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.costsplit.SharedCost;
import be.groupage.core.costsplit.SplitRule;
import be.groupage.core.costsplit.Subsidy;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.CycleRepository;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.core.cycle.MemberOrder;
import be.groupage.core.cycle.OrderLine;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import be.groupage.service.infrastructure.persistence.catalogue.CatalogueVersions;
import be.groupage.service.infrastructure.persistence.catalogue.JpaCatalogueRepository;
import be.groupage.service.infrastructure.persistence.schema.CycleEntity;
import be.groupage.service.infrastructure.persistence.schema.DocumentParties;
import be.groupage.service.infrastructure.persistence.schema.MemberEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Cycles in the {@code cycle}, {@code member_order} and {@code order_line} tables, inside the caller's
 * transaction. A cycle is created by the cycle use case (with settings the domain cycle does not carry);
 * {@link #save} stores what the domain cycle changes: its state, when it entered each state, and each of
 * its member orders (lines and purchase-order number). Both the cycle and the order rows are versioned, so
 * a save based on rows that someone else changed meanwhile fails with an optimistic-lock exception. The domain
 * cycle carries no version: the guard holds between a {@link #findById} and a {@link #save} in the same
 * transaction (as every use case does), not for a domain cycle kept across transactions.
 */
@ApplicationScoped
public class JpaCycleRepository implements CycleRepository {

    /** Who changed the rows, when {@link #save(Cycle)} is not told. */
    static final String SAVED_BY = "system";

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    CatalogueVersions versions;

    @Inject
    Clock clock;

    @Override
    public Optional<Cycle> findById(long id) {
        return Optional.ofNullable(em.find(CycleEntity.class, id)).map(c -> restore(c, versions.of(c.catalogue()), orders(c)));
    }

    @Override
    public void save(Cycle cycle) {
        save(cycle, SAVED_BY);
    }

    /**
     * Stores the cycle's state and its orders, {@code by} someone. Stored orders of members the domain
     * cycle does not hold (it may be restored with only the orders a use case needs) are left as they are.
     */
    public void save(Cycle cycle, String by) {
        CycleEntity c = em.find(CycleEntity.class, cycle.id());
        if (c == null) {
            throw new IllegalArgumentException("No cycle " + cycle.id() + " is stored; cycles are created with their settings first.");
        }
        Map<String, Instant> stored = c.transitions();
        for (Map.Entry<CycleStatus, Instant> entered : cycle.transitions().entrySet()) {
            String state = entered.getKey().name();
            if (entered.getKey() != CycleStatus.DRAFT && !entered.getValue().equals(stored.get(state))) {
                c.moveTo(state, entered.getValue(), closer(c, state, by));
            }
        }
        String status = cycle.status().name();
        if (!status.equals(c.status())) {
            c.moveTo(status, cycle.enteredAt(cycle.status()).orElseThrow(
                    () -> new IllegalStateException("Cycle " + cycle.id() + " is " + status + " without saying since when")), closer(c, status, by));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as stored
        for (MemberOrder order : cycle.orders()) {
            saveOrder(c, cycle, order, now, by);
        }
        em.flush();
    }

    private static String closer(CycleEntity c, String state, String by) {
        return "CLOSED".equals(state) && c.closedBy() != null ? c.closedBy() : by;
    }

    private void saveOrder(CycleEntity c, Cycle cycle, MemberOrder order, Instant now, String by) {
        MemberEntity member = em.createNamedQuery("Member.byCode", MemberEntity.class).setParameter("code", order.memberCode())
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No member " + order.memberCode() + " is stored."));
        Optional<MemberOrderEntity> existing = em.createNamedQuery("MemberOrder.ofCycleAndMember", MemberOrderEntity.class)
                .setParameter("cycle", c).setParameter("member", member).getResultStream().findFirst();
        String ref = order.purchaseOrderNumber().isEmpty() ? null : order.purchaseOrderNumber();
        // What this order alone commits on the cycle's lot, as the order use case stores it.
        BigDecimal committed = Cycle.restore(cycle.id(), cycle.name(), cycle.catalogue(), cycle.status(), cycle.closesAt(), cycle.lot(),
                cycle.transitions(), List.of(order)).committedValue().amount();
        MemberOrderEntity entity;
        if (existing.isEmpty()) {
            if (order.isEmpty() && ref == null) {
                return;
            }
            entity = new MemberOrderEntity(c, member, now, by);
            entity.update(ref, committed, now, by);
            em.persist(entity);
        } else {
            entity = existing.get();
            if (Objects.equals(ref, entity.purchaseOrderRef()) && committed.compareTo(entity.committedValue()) == 0
                    && sameLines(entity, order)) {
                return;
            }
            entity.update(ref, committed, now, by); // a changed row: its version is checked and raised
        }
        writeLines(entity, order.lines());
    }

    /**
     * Makes the stored lines of an order those given: a product's row is updated in place, new products are
     * added, products no longer ordered are removed.
     */
    public void writeLines(MemberOrderEntity entity, Collection<OrderLine> lines) {
        Map<String, OrderLineEntity> rows = new LinkedHashMap<>();
        entity.lines().forEach(l -> rows.put(l.productCode(), l));
        for (OrderLine line : lines) {
            BigDecimal max = line.maximum().map(Quantity::amount).orElse(null);
            OrderLineEntity row = rows.remove(line.productCode());
            if (row == null) {
                OrderLineEntity added = new OrderLineEntity(entity, line.productCode(), line.quantity().amount(), max, line.orderedAt());
                entity.lines().add(added);
                em.persist(added);
            } else {
                row.update(line.quantity().amount(), max, line.orderedAt());
            }
        }
        for (OrderLineEntity gone : rows.values()) {
            entity.lines().remove(gone);
            em.remove(gone);
        }
    }

    private static boolean sameLines(MemberOrderEntity entity, MemberOrder order) {
        if (entity.lines().size() != order.lines().size()) {
            return false;
        }
        for (OrderLineEntity row : entity.lines()) {
            Optional<OrderLine> line = order.line(row.productCode());
            if (line.isEmpty() || line.get().quantity().amount().compareTo(row.quantity()) != 0
                    || !line.get().orderedAt().equals(row.orderedAt())
                    || !sameAmount(line.get().maximum().map(Quantity::amount).orElse(null), row.maximum())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The stored orders of a cycle, by member code. */
    public List<MemberOrderEntity> orders(CycleEntity cycle) {
        return em.createNamedQuery("MemberOrder.ofCycle", MemberOrderEntity.class).setParameter("cycle", cycle).getResultList();
    }

    /** The domain cycle of a stored row with the given orders (all of them, or only those a use case needs). */
    public Cycle restore(CycleEntity c, CatalogueVersion catalogue, Collection<MemberOrderEntity> orders) {
        List<MemberOrder> domainOrders = new ArrayList<>();
        for (MemberOrderEntity o : orders) {
            domainOrders.add(memberOrder(o, catalogue));
        }
        return restoreWith(c, catalogue, domainOrders);
    }

    /** The domain cycle of a stored row with orders already read (e.g. in bulk). */
    public Cycle restoreWith(CycleEntity c, CatalogueVersion catalogue, Collection<MemberOrder> domainOrders) {
        return Cycle.restore(c.id(), c.title(), catalogue, CycleStatus.valueOf(c.status()), c.closesAt(), DocumentParties.lot(c), entered(c),
                domainOrders);
    }

    /** When the stored cycle entered each state it went through. */
    static Map<CycleStatus, Instant> entered(CycleEntity c) {
        Map<CycleStatus, Instant> entered = new EnumMap<>(CycleStatus.class);
        c.transitions().forEach((state, at) -> entered.put(CycleStatus.valueOf(state), at));
        return entered;
    }

    /** The stored cycle's shared costs as {@code core}'s, in their order. */
    public static List<SharedCost> sharedCosts(CycleEntity c) {
        return c.sharedCosts().stream().map(s -> SharedCost.of(s.label(), Money.euros(s.amount()), VatRate.ofPercent(s.vatRate()),
                SplitRule.valueOf(s.rule()))).toList();
    }

    /** The stored cycle's subsidies as {@code core}'s, in their order. */
    public static List<Subsidy> subsidies(CycleEntity c) {
        return c.subsidies().stream().map(s -> s.capPerMember() == null ? Subsidy.uncapped(s.label(), s.percent())
                : Subsidy.capped(s.label(), s.percent(), Money.euros(s.capPerMember()))).toList();
    }

    /** A stored order line as the domain's, its quantities in the product's selling unit ({@code maximum} may be null). */
    static OrderLine orderLine(CatalogueVersion catalogue, String productCode, BigDecimal quantity, BigDecimal maximum, Instant orderedAt) {
        Unit unit = CatalogueVersions.unitOf(catalogue, productCode);
        return OrderLine.of(productCode, Quantity.of(quantity, unit), Optional.ofNullable(maximum).map(m -> Quantity.of(m, unit)), orderedAt);
    }

    /** The domain order of a stored row, its quantities in the selling unit of the catalogue version. */
    public static MemberOrder memberOrder(MemberOrderEntity o, CatalogueVersion catalogue) {
        List<OrderLine> lines = new ArrayList<>();
        for (OrderLineEntity l : o.lines()) {
            lines.add(orderLine(catalogue, l.productCode(), l.quantity(), l.maximum(), l.orderedAt()));
        }
        return MemberOrder.of(o.member().code(), JpaCatalogueRepository.nullToEmpty(o.purchaseOrderRef()), lines);
    }
}
