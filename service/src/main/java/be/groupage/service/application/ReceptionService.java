package be.groupage.service.application;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.core.money.LargestRemainder;
import be.groupage.core.money.Quantity;
import be.groupage.service.infrastructure.persistence.CycleAllocationEntity;
import be.groupage.service.infrastructure.persistence.CycleEntity;
import be.groupage.service.infrastructure.persistence.CyclePoolEntity;
import be.groupage.service.infrastructure.persistence.DeliveryEntity;
import be.groupage.service.infrastructure.persistence.MemberEntity;
import be.groupage.service.infrastructure.persistence.ReceptionLineEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reception of a cycle's goods and traceability (Reg. 178/2002 art. 18, one step up, one step down):
 * what came in from the supplier, per product and lot (with its use-by or best-before date), and what
 * each member therefore received. A recall asks which members received a lot.
 *
 * <p>A product is received either per member (e.g. weighed variable-weight goods) or as a whole; a
 * whole quantity goes to the members as allocated, a short delivery shared in proportion to the
 * allocations (largest remainder, ties to the smaller member code), and lots are handed out in the
 * order given, members by code, as goods are picked.
 */
@ApplicationScoped
@Transactional
public class ReceptionService {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    CurrentAccount caller;

    @Inject
    CycleStore store;

    @Inject
    CycleService cycles;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record ReceivedLine(String product, String member, BigDecimal quantity, String lot, String useBy, String bestBefore) {
    }

    private record Checked(int index, Product product, MemberEntity member, BigDecimal quantity, String lot, LocalDate useBy, LocalDate bestBefore) {
    }

    public record Received(CycleEntity cycle, int lineCount, int deliveryCount) {
    }

    public Received receive(long cycleId, List<ReceivedLine> lines) {
        Account account = caller.require();
        if (!account.is(Role.COORDINATOR) && !account.is(Role.SUPPLIER)) {
            throw new ForbiddenException("Only the coordinator and the cycle's supplier record a reception.");
        }
        CycleEntity c = cycles.visibleCycle(account, cycleId);
        CatalogueVersion catalogue = store.catalogueVersion(c.catalogue());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CycleService.BRUSSELS);
        Map<String, CyclePoolEntity> pools = new HashMap<>();
        cycles.pools(c).forEach(p -> pools.put(p.productCode(), p));
        Map<String, Map<String, CycleAllocationEntity>> allocations = new HashMap<>();
        em.createNamedQuery("CycleAllocation.ofCycle", CycleAllocationEntity.class).setParameter("cycle", c).getResultList()
                .forEach(a -> allocations.computeIfAbsent(a.productCode(), k -> new TreeMap<>()).put(a.member().code(), a));

        InputErrors errors = new InputErrors();
        List<Checked> checked = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            errors.add("lines", "needs at least one line");
        }
        Map<String, Boolean> perMember = new HashMap<>();
        for (int i = 0; lines != null && i < lines.size(); i++) {
            ReceivedLine l = lines.get(i);
            String at = "lines[" + i + "]";
            if (l == null) {
                errors.add(at, "is empty");
                continue;
            }
            Optional<Product> product = Optional.empty();
            if (l.product() == null || l.product().isBlank()) {
                errors.add(at + ".product", "is required");
            } else if (!pools.containsKey(l.product()) || pools.get(l.product()).cases() == 0) {
                errors.add(at + ".product", "was not ordered from the supplier in cycle " + cycleId + ": " + l.product());
            } else {
                product = catalogue.product(l.product());
            }
            MemberEntity member = null;
            if (l.member() != null && !l.member().isBlank()) {
                CycleAllocationEntity a = product.map(p -> allocations.getOrDefault(p.code(), Map.of()).get(l.member())).orElse(null);
                if (a == null || a.allocated().signum() == 0) {
                    if (product.isPresent()) {
                        errors.add(at + ".member", "was allocated no " + l.product() + " in cycle " + cycleId + ": " + l.member());
                    }
                } else {
                    member = a.member();
                }
            }
            if (product.isPresent()) {
                Boolean earlier = perMember.putIfAbsent(product.get().code(), l.member() != null && !l.member().isBlank());
                if (earlier != null && earlier != (l.member() != null && !l.member().isBlank())) {
                    errors.add(at + ".member", "give " + l.product() + " either per member or as a whole, not both");
                }
            }
            if (l.quantity() == null) {
                errors.add(at + ".quantity", "is required");
            } else if (l.quantity().signum() < 0) {
                errors.add(at + ".quantity", "must not be negative");
            } else if (product.isPresent()) {
                try {
                    Quantity.of(l.quantity(), product.get().unit());
                } catch (IllegalArgumentException e) {
                    errors.add(at + ".quantity", e.getMessage());
                }
            }
            String lot = l.lot() == null || l.lot().isBlank() ? null : l.lot().strip();
            if (lot != null && lot.length() > 60) {
                errors.add(at + ".lot", "is longer than 60 characters");
            }
            Optional<LocalDate> useBy = errors.date(at + ".useBy", l.useBy(), false);
            Optional<LocalDate> bestBefore = errors.date(at + ".bestBefore", l.bestBefore(), false);
            if (useBy.isPresent() && bestBefore.isPresent()) {
                errors.add(at + ".bestBefore", "a lot has a use-by date or a best-before date, not both");
            }
            if (useBy.isPresent() && useBy.get().isBefore(today)) {
                errors.add(at + ".useBy", "has passed (" + useBy.get() + "): goods past their use-by date may not be distributed");
            }
            if (errors.isEmpty() && product.isPresent()) {
                checked.add(new Checked(i, product.get(), member, l.quantity(), lot, useBy.orElse(null), bestBefore.orElse(null)));
            }
        }
        errors.throwIfAny();

        Cycle cycle = store.restore(c, catalogue, List.of());
        cycle.receive(clock); // 409 unless ORDERED
        for (Checked l : checked) {
            em.persist(new ReceptionLineEntity(c, l.product().code(), l.member(), l.quantity(), l.lot(), l.useBy(), l.bestBefore(), now,
                    account.login()));
        }
        int deliveries = 0;
        Map<String, List<Checked>> byProduct = new LinkedHashMap<>();
        checked.forEach(l -> byProduct.computeIfAbsent(l.product().code(), k -> new ArrayList<>()).add(l));
        for (Map.Entry<String, List<Checked>> e : byProduct.entrySet()) {
            List<Checked> received = e.getValue();
            if (received.get(0).member() != null) {
                for (Checked l : received) {
                    em.persist(new DeliveryEntity(c, l.member(), l.product().code(), l.quantity(), l.lot(), l.useBy(), l.bestBefore()));
                    deliveries++;
                }
            } else {
                deliveries += distribute(c, received, allocations.getOrDefault(e.getKey(), Map.of()));
            }
        }
        c.moveTo(CycleStatus.RECEIVED.name(), cycle.enteredAt(CycleStatus.RECEIVED).orElseThrow(), account.login());
        em.flush();
        audit.record("CYCLE_RECEIVED", "cycle", String.valueOf(cycleId), "ORDERED -> RECEIVED; " + checked.size() + " reception line(s), "
                + deliveries + " delivery line(s); lots " + checked.stream().map(Checked::lot).filter(java.util.Objects::nonNull).distinct().toList());
        return new Received(c, checked.size(), deliveries);
    }

    /** Shares a product received as a whole among the members as allocated, then hands out its lots in order. */
    private int distribute(CycleEntity c, List<Checked> received, Map<String, CycleAllocationEntity> allocations) {
        List<CycleAllocationEntity> takers = allocations.values().stream().filter(a -> a.allocated().signum() > 0).toList(); // by member code
        if (takers.isEmpty()) {
            return 0;
        }
        int scale = received.get(0).product().unit().fractional() ? Quantity.MAX_SCALE : 0;
        long total = 0;
        for (Checked l : received) {
            total += grains(l.quantity(), scale);
        }
        long[] wanted = new long[takers.size()];
        long allocatedTotal = 0;
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = grains(takers.get(i).allocated(), scale);
            allocatedTotal += wanted[i];
        }
        long[] parts = total >= allocatedTotal ? wanted : LargestRemainder.splitByIndex(total, wanted);
        int rows = 0;
        int lotIndex = 0;
        long leftInLot = grains(received.get(0).quantity(), scale);
        for (int i = 0; i < parts.length; i++) {
            long need = parts[i];
            while (need > 0 && lotIndex < received.size()) {
                if (leftInLot == 0) {
                    lotIndex++;
                    if (lotIndex == received.size()) {
                        break;
                    }
                    leftInLot = grains(received.get(lotIndex).quantity(), scale);
                    continue;
                }
                long take = Math.min(need, leftInLot);
                Checked lot = received.get(lotIndex);
                em.persist(new DeliveryEntity(c, takers.get(i).member(), lot.product().code(), BigDecimal.valueOf(take, scale), lot.lot(),
                        lot.useBy(), lot.bestBefore()));
                rows++;
                need -= take;
                leftInLot -= take;
            }
        }
        return rows;
    }

    private static long grains(BigDecimal quantity, int scale) {
        return quantity.movePointRight(scale).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
    }

    // ---- recall ----

    public record Recipient(MemberEntity member, CycleEntity cycle, Product product, BigDecimal quantity, LocalDate useBy, LocalDate bestBefore) {
    }

    public record Recall(String lot, List<Recipient> recipients) {
    }

    public Recall recipients(String lot) {
        if (!caller.require().is(Role.COORDINATOR)) {
            throw new ForbiddenException("Only the coordinator runs a recall.");
        }
        List<DeliveryEntity> deliveries = em.createNamedQuery("Delivery.ofLot", DeliveryEntity.class).setParameter("lot", lot).getResultList();
        if (deliveries.isEmpty()) {
            throw new NotFoundException("No goods of lot " + lot + " were delivered to any member.");
        }
        Map<Long, CatalogueVersion> catalogues = new HashMap<>();
        List<Recipient> recipients = new ArrayList<>();
        for (DeliveryEntity d : deliveries) {
            CatalogueVersion catalogue = catalogues.computeIfAbsent(d.cycle().catalogue().id(), id -> store.catalogueVersion(d.cycle().catalogue()));
            recipients.add(new Recipient(d.member(), d.cycle(), catalogue.product(d.productCode()).orElseThrow(), d.quantity(), d.useBy(),
                    d.bestBefore()));
        }
        return new Recall(lot, recipients);
    }
}
