package be.groupage.service.application;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.FrameworkAgreement;
import be.groupage.core.cycle.InvalidOrderLineException;
import be.groupage.core.cycle.Lot;
import be.groupage.core.cycle.Member;
import be.groupage.core.cycle.MemberOrder;
import be.groupage.core.cycle.OrderLine;
import be.groupage.core.cycle.OrderOutcome;
import be.groupage.core.money.Money;
import be.groupage.service.infrastructure.persistence.JpaCycleRepository;
import be.groupage.service.infrastructure.persistence.CycleAllocationEntity;
import be.groupage.service.infrastructure.persistence.CycleEntity;
import be.groupage.service.infrastructure.persistence.DeliveryEntity;
import be.groupage.service.infrastructure.persistence.FrameworkLotEntity;
import be.groupage.service.infrastructure.persistence.MemberEntity;
import be.groupage.service.infrastructure.persistence.MemberOrderEntity;
import be.groupage.service.infrastructure.persistence.OrderLineEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A member's order in a cycle: replacing it as a whole (while the cycle is open, under the lot's ceiling)
 * and reading it, with what it was allocated and delivered once known. Only the member's buyers and the
 * coordinator reach it; for anyone else it does not exist (404).
 *
 * <p>Concurrency: the cycle row is read with a shared lock (closing waits for the order and vice versa);
 * a cycle under a framework-agreement lot also locks the lot row, so two orders cannot both take the
 * last euros under the ceiling; an existing order is updated with
 * {@code UPDATE … SET version = version + 1 WHERE id = ? AND version = ?}, so of two replaces that
 * started from the same version exactly one succeeds and the other gets 409.
 */
@ApplicationScoped
@Transactional
public class OrderService {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    CurrentAccount caller;

    @Inject
    CycleStore store;

    @Inject
    JpaCycleRepository cycleRepository;

    @Inject
    CycleService cycles;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record NewOrder(String purchaseOrderRef, List<NewLine> lines, Long version) {
    }

    public record NewLine(String product, BigDecimal quantity, BigDecimal max) {
    }

    /** One line as the member sees it; allocated and delivered once known, with why they differ. */
    public record LineDetails(Product product, BigDecimal quantity, BigDecimal max, Money net, BigDecimal allocated, String allocationReason,
                              String explanation, BigDecimal delivered, String deliveryNote) {
    }

    public record OrderDetails(CycleEntity cycle, String member, long version, String purchaseOrderRef, List<LineDetails> lines,
                               Estimate estimatedTotal, List<String> warnings, Instant updatedAt, String updatedBy) {
    }

    public OrderDetails replace(long cycleId, String memberCode, NewOrder request) {
        Account account = caller.require();
        requireActsFor(account, memberCode);
        // Locks first, before any plain read, so this transaction's reads see what was committed before them.
        List<?> locked = em.createNativeQuery("SELECT lot_id FROM cycle WHERE id = ? LOCK IN SHARE MODE").setParameter(1, cycleId).getResultList();
        if (locked.isEmpty()) {
            throw new NotFoundException("No cycle " + cycleId + ".");
        }
        if (locked.get(0) != null) {
            em.createNativeQuery("SELECT id FROM framework_lot WHERE id = ? FOR UPDATE").setParameter(1, ((Number) locked.get(0)).longValue())
                    .getResultList();
        }
        CycleEntity c = cycles.visibleCycle(account, cycleId);
        MemberEntity memberEntity = store.member(memberCode);
        Member member = store.domainMember(memberCode);
        Optional<MemberOrderEntity> existing = store.order(c, memberEntity);
        long currentVersion = existing.map(MemberOrderEntity::version).orElse(0L);
        if (request.version() != null && request.version() != currentVersion) {
            throw new ConflictException("The order of " + memberCode + " in cycle " + cycleId + " is at version " + currentVersion
                    + ", not " + request.version() + ": someone changed it meanwhile; reload it and apply your change again.");
        }

        InputChecks errors = InputChecks.start();
        if (request.purchaseOrderRef() != null && request.purchaseOrderRef().strip().length() > 60) {
            errors.error("purchaseOrderRef", "is longer than 60 characters");
        }
        if (request.lines() == null) {
            errors.error("lines", "is required (an empty list empties the order)");
        }
        List<NewLine> lines = request.lines() == null ? List.of() : request.lines();
        CatalogueVersion catalogue = store.catalogueVersion(c.catalogue());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            NewLine line = lines.get(i);
            String at = "lines[" + i + "]";
            if (line == null) {
                errors.error(at, "is empty");
                continue;
            }
            if (line.product() == null || line.product().isBlank()) {
                errors.error(at + ".product", "is required");
            } else if (!seen.add(line.product())) {
                errors.error(at + ".product", "appears twice: " + line.product());
            } else if (!catalogue.contains(line.product())) {
                errors.error(at + ".product", "is not in catalogue version " + catalogue.number() + " of " + catalogue.supplier().code()
                        + ": " + line.product());
            }
            if (line.quantity() == null) {
                errors.error(at + ".quantity", "is required");
            }
        }
        errors.throwIfAny();

        Cycle cycle = store.restore(c, catalogue, existing.map(List::of).orElse(List.of()));
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // as stored
        // Refuses (409) when the cycle is not open or past its closing time, whatever the lines.
        cycle.purchaseOrderNumber(member, request.purchaseOrderRef() == null ? "" : request.purchaseOrderRef().strip(), clock);
        MemberOrder previous = cycle.order(memberCode).orElse(MemberOrder.of(memberCode, "", List.of()));
        Optional<FrameworkAgreement> agreement = Optional.ofNullable(c.lot()).map(l -> store.agreement(l.agreement()));
        Money consumed = agreement.map(a -> lotOf(a, c.lot()).consumed()).orElse(Money.zero());
        for (OrderLine old : previous.lines()) {
            if (!seen.contains(old.productCode())) {
                cycle.remove(memberCode, old.productCode(), clock);
                consumed = consumed.minus(committed(catalogue, old.productCode(), old.ceiling().amount()));
            }
        }
        // Lowered lines first, so a replace that moves value from one product to another is judged on its total.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            order.add(i);
        }
        Map<Integer, Money> deltas = new HashMap<>();
        for (int i : order) {
            NewLine l = lines.get(i);
            BigDecimal ceiling = l.max() != null && l.max().compareTo(l.quantity()) > 0 ? l.max() : l.quantity();
            Money before = previous.line(l.product()).map(p -> committed(catalogue, l.product(), p.ceiling().amount())).orElse(Money.zero());
            deltas.put(i, committed(catalogue, l.product(), ceiling.abs()).minus(before));
        }
        order.sort(Comparator.comparing(deltas::get));
        List<String> warnings = new ArrayList<>();
        for (int i : order) {
            NewLine l = lines.get(i);
            try {
                if (agreement.isPresent()) {
                    OrderOutcome outcome = cycle.place(member, l.product(), l.quantity(), l.max(), withConsumed(agreement.get(), c.lot(), consumed), clock);
                    consumed = outcome.lotUsage().orElseThrow().consumed();
                    warnings = outcome.warnings();
                } else {
                    cycle.place(member, l.product(), l.quantity(), l.max(), clock);
                }
            } catch (InvalidOrderLineException e) {
                errors.error("lines[" + i + "]", e.getMessage());
            }
        }
        errors.throwIfAny();

        MemberOrder placed = cycle.order(memberCode).orElse(MemberOrder.of(memberCode, "", List.of()));
        Money committedValue = cycle.committedValue();
        String ref = placed.purchaseOrderNumber().isEmpty() ? null : placed.purchaseOrderNumber();
        MemberOrderEntity entity;
        if (existing.isEmpty()) {
            entity = new MemberOrderEntity(c, memberEntity, now, account.login());
            entity.update(ref, committedValue.amount(), now, account.login());
            em.persist(entity);
            try {
                em.flush();
            } catch (PersistenceException e) {
                if (isConstraintViolation(e)) {
                    throw new ConflictException("The order of " + memberCode + " in cycle " + cycleId
                            + " was created at the same time by someone else; reload it and apply your change again.");
                }
                throw e;
            }
        } else {
            entity = existing.get();
            int changed = em.createNativeQuery("UPDATE member_order SET version = version + 1, purchase_order_ref = ?, committed_value = ?, "
                            + "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?")
                    .setParameter(1, ref).setParameter(2, committedValue.amount()).setParameter(3, Timestamp.from(now))
                    .setParameter(4, account.login()).setParameter(5, entity.id()).setParameter(6, entity.version())
                    .executeUpdate();
            if (changed != 1) {
                throw new jakarta.persistence.OptimisticLockException("member_order " + entity.id() + " changed since version " + entity.version());
            }
            // The row moved on: take its new version before touching the lines.
            em.refresh(entity);
        }
        cycleRepository.writeLines(entity, placed.lines());
        em.flush();
        long newVersion = entity.version();
        audit.record(existing.isEmpty() ? "ORDER_PLACED" : "ORDER_REPLACED", "member_order", cycleId + "/" + memberCode,
                "version " + newVersion + ", " + placed.lines().size() + " line(s): " + placed.lines().stream()
                        .map(l -> l.productCode() + " " + l.quantity() + l.maximum().map(m -> " (max " + m + ")").orElse("")).toList()
                        + (ref == null ? "" : ", PO " + ref) + (agreement.isPresent() ? ", committed " + committedValue.rounded() : ""));

        List<LineDetails> details = new ArrayList<>();
        Map<String, BigDecimal> quantities = new java.util.TreeMap<>();
        for (OrderLine line : placed.lines()) {
            Product p = catalogue.product(line.productCode()).orElseThrow();
            quantities.put(p.code(), line.quantity().amount());
            details.add(new LineDetails(p, line.quantity().amount(), line.maximum().map(q -> q.amount()).orElse(null),
                    p.netPriceOf(line.quantity().amount()), null, null, null, null, null));
        }
        return new OrderDetails(c, memberCode, newVersion, ref, details, Estimate.of(catalogue, quantities, "ORDERED"), warnings, now,
                account.login());
    }

    public OrderDetails get(long cycleId, String memberCode) {
        Account account = caller.require();
        requireActsFor(account, memberCode);
        CycleEntity c = cycles.visibleCycle(account, cycleId);
        MemberEntity member = store.member(memberCode);
        CatalogueVersion catalogue = store.catalogueVersion(c.catalogue());
        Optional<MemberOrderEntity> order = store.order(c, member);
        Map<String, CycleAllocationEntity> allocations = new HashMap<>();
        cycles.allocations(c, member).forEach(a -> allocations.put(a.productCode(), a));
        Map<String, BigDecimal> delivered = new HashMap<>();
        List<DeliveryEntity> deliveries = cycles.deliveries(c, member);
        deliveries.forEach(d -> delivered.merge(d.productCode(), d.quantity(), BigDecimal::add));
        boolean received = "RECEIVED".equals(c.status()) || "INVOICED".equals(c.status());
        List<LineDetails> details = new ArrayList<>();
        for (OrderLineEntity l : order.map(MemberOrderEntity::lines).orElse(List.of())) {
            Product p = catalogue.product(l.productCode()).orElseThrow();
            CycleAllocationEntity a = allocations.get(l.productCode());
            BigDecimal got = received ? delivered.getOrDefault(l.productCode(), BigDecimal.ZERO) : null;
            String note = null;
            if (got != null && a != null && got.compareTo(a.allocated()) != 0) {
                note = "Allocated " + a.allocated().stripTrailingZeros().toPlainString() + ", delivered " + got.stripTrailingZeros().toPlainString()
                        + (p.variableWeight() ? " (weighed at reception)" : " (the supplier delivered " + (got.compareTo(a.allocated()) < 0 ? "less" : "more") + ")");
            }
            details.add(new LineDetails(p, l.quantity(), l.maximum(), p.netPriceOf(l.quantity()), a == null ? null : a.allocated(),
                    a == null ? null : a.reason(), a == null ? null : a.explanation(), got, note));
        }
        Estimate estimate = order.map(o -> cycles.estimate(c, catalogue, o)).orElseGet(() -> Estimate.of(catalogue, Map.of(), "ORDERED"));
        return new OrderDetails(c, memberCode, order.map(MemberOrderEntity::version).orElse(0L), order.map(MemberOrderEntity::purchaseOrderRef).orElse(null),
                details, estimate, List.of(), order.map(MemberOrderEntity::updatedAt).orElse(null), order.map(MemberOrderEntity::updatedBy).orElse(null));
    }

    private static void requireActsFor(Account account, String memberCode) {
        if (!account.actsForMember(memberCode)) {
            if (account.is(Role.BUYER)) {
                throw new NotFoundException("No order of member " + memberCode + ".");
            }
            throw new ForbiddenException("Only the member's buyers and the coordinator reach a member's order.");
        }
    }

    private static Lot lotOf(FrameworkAgreement agreement, FrameworkLotEntity lot) {
        return agreement.lot(lot.code()).orElseThrow();
    }

    private static FrameworkAgreement withConsumed(FrameworkAgreement agreement, FrameworkLotEntity lot, Money consumed) {
        List<Lot> lots = new ArrayList<>();
        for (Lot l : agreement.lots()) {
            lots.add(l.number().equals(lot.code()) ? Lot.of(l.number(), l.description(), l.ceiling(), consumed.max(Money.zero())) : l);
        }
        return FrameworkAgreement.of(agreement.number(), agreement.supplierCode(), agreement.validFrom(), agreement.validTo(), lots);
    }

    private static Money committed(CatalogueVersion catalogue, String productCode, BigDecimal ceiling) {
        return catalogue.product(productCode).map(p -> p.netPriceOf(ceiling)).orElse(Money.zero());
    }

    static boolean isConstraintViolation(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
