package be.groupage.service.application;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Label;
import be.groupage.core.catalogue.Product;
import be.groupage.core.money.Money;
import be.groupage.core.money.Unit;
import be.groupage.service.infrastructure.persistence.CycleEntity;
import be.groupage.service.infrastructure.persistence.DeliveryEntity;
import be.groupage.service.infrastructure.persistence.MemberEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Purchases per member over a period, from what was delivered in cycles received (or invoiced) with a
 * delivery date in the period: weight (goods sold by kg or g), value excl. VAT at the cycle's prices,
 * and the shares of that value that are organic and short-circuit (producer within
 * {@code groupage.reports.short-circuit-max-km}, 50 km by default).
 */
@ApplicationScoped
@Transactional
public class ReportService {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    CurrentAccount caller;

    @Inject
    CycleStore store;

    @Inject
    @ConfigProperty(name = "groupage.reports.short-circuit-max-km", defaultValue = "50")
    int shortCircuitMaxKm;

    public record MemberFigures(MemberEntity member, int cycles, BigDecimal kilograms, Money value, Money organicValue, Money shortCircuitValue) {

        public BigDecimal organicPercent() {
            return percent(organicValue);
        }

        public BigDecimal shortCircuitPercent() {
            return percent(shortCircuitValue);
        }

        private BigDecimal percent(Money part) {
            return value.isZero() ? BigDecimal.ZERO.setScale(2)
                    : part.amount().multiply(BigDecimal.valueOf(100)).divide(value.amount(), 2, RoundingMode.HALF_UP);
        }
    }

    public record MembersReport(LocalDate from, LocalDate to, int shortCircuitMaxKm, List<MemberFigures> members, MemberFigures total) {
    }

    public MembersReport members(String fromText, String toText) {
        Account account = caller.require();
        if (!account.is(Role.COORDINATOR) && !account.is(Role.FINANCE)) {
            throw new ForbiddenException("Only the coordinator and finance read reports.");
        }
        InputErrors errors = new InputErrors();
        Optional<LocalDate> from = errors.date("from", fromText, true);
        Optional<LocalDate> to = errors.date("to", toText, true);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            errors.add("to", "is before from");
        }
        errors.throwIfAny();
        List<DeliveryEntity> deliveries = em.createQuery("SELECT d FROM DeliveryEntity d WHERE d.cycle.status IN ('RECEIVED', 'INVOICED') "
                        + "AND d.cycle.deliveryDate BETWEEN :from AND :to", DeliveryEntity.class)
                .setParameter("from", from.get()).setParameter("to", to.get()).getResultList();
        Map<Long, CatalogueVersion> catalogues = new HashMap<>();
        Map<String, Acc> byMember = new TreeMap<>();
        Acc total = new Acc(null);
        // Value per cycle, member and product, rounded once per line as on the invoice.
        Map<String, BigDecimal> quantities = new TreeMap<>();
        Map<String, DeliveryEntity> sample = new HashMap<>();
        for (DeliveryEntity d : deliveries) {
            String key = d.cycle().id() + "|" + d.member().code() + "|" + d.productCode();
            quantities.merge(key, d.quantity(), BigDecimal::add);
            sample.putIfAbsent(key, d);
        }
        for (Map.Entry<String, BigDecimal> e : quantities.entrySet()) {
            DeliveryEntity d = sample.get(e.getKey());
            CycleEntity cycle = d.cycle();
            CatalogueVersion catalogue = catalogues.computeIfAbsent(cycle.catalogue().id(), id -> store.catalogueVersion(cycle.catalogue()));
            Product p = catalogue.product(d.productCode()).orElseThrow();
            Acc acc = byMember.computeIfAbsent(d.member().code(), k -> new Acc(d.member()));
            acc.add(cycle.id(), p, e.getValue(), shortCircuitMaxKm);
            total.add(cycle.id(), p, e.getValue(), shortCircuitMaxKm);
        }
        List<MemberFigures> members = new ArrayList<>();
        byMember.values().forEach(a -> members.add(a.figures()));
        return new MembersReport(from.get(), to.get(), shortCircuitMaxKm, members, total.figures());
    }

    private static final class Acc {
        private final MemberEntity member;
        private final java.util.Set<Long> cycles = new java.util.HashSet<>();
        private BigDecimal kilograms = BigDecimal.ZERO;
        private Money value = Money.zero();
        private Money organic = Money.zero();
        private Money shortCircuit = Money.zero();

        Acc(MemberEntity member) {
            this.member = member;
        }

        void add(long cycleId, Product p, BigDecimal quantity, int maxKm) {
            cycles.add(cycleId);
            if (p.unit() == Unit.KGM) {
                kilograms = kilograms.add(quantity);
            } else if (p.unit() == Unit.GRM) {
                kilograms = kilograms.add(quantity.movePointLeft(3));
            }
            Money net = p.netPriceOf(quantity);
            value = value.plus(net);
            if (p.label() == Label.ORGANIC) {
                organic = organic.plus(net);
            }
            if (p.distanceKm().isPresent() && p.distanceKm().getAsInt() <= maxKm) {
                shortCircuit = shortCircuit.plus(net);
            }
        }

        MemberFigures figures() {
            return new MemberFigures(member, cycles.size(), kilograms, value, organic, shortCircuit);
        }
    }
}
