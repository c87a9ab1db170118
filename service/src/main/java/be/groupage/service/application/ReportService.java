package be.groupage.service.application;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.money.Money;
import be.groupage.core.reports.MemberPurchaseReport;
import be.groupage.core.reports.Purchase;
import be.groupage.core.reports.PurchaseReports;
import be.groupage.core.reports.ReportProduct;
import be.groupage.service.infrastructure.persistence.CatalogueEntity;
import be.groupage.service.infrastructure.persistence.DeliveryEntity;
import be.groupage.service.infrastructure.persistence.MemberEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Purchases per member over a period, by the rules of {@code core.reports} (value of what was
 * delivered at the cycle's prices, kilograms by {@code NetWeight}, organic and short-circuit shares),
 * from the deliveries of cycles received (or invoiced) whose delivery date is in the period.
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

    /** One member's figures (member absent for the total). Shares are percentages with 2 decimals. */
    public record MemberFigures(MemberEntity member, int cycles, BigDecimal kilograms, Money value, BigDecimal organicPercent,
                                BigDecimal shortCircuitPercent) {
    }

    public record MembersReport(LocalDate from, LocalDate to, List<MemberFigures> members, MemberFigures total) {
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

        // Purchases per catalogue version: product codes are unique within a version only.
        Map<Long, CatalogueVersion> catalogues = new HashMap<>();
        Map<Long, Map<String, BigDecimal>> quantities = new LinkedHashMap<>();
        Map<String, DeliveryEntity> sample = new HashMap<>();
        Map<String, MemberEntity> members = new TreeMap<>();
        Map<String, Set<Long>> cyclesOf = new HashMap<>();
        for (DeliveryEntity d : deliveries) {
            CatalogueEntity catalogue = d.cycle().catalogue();
            catalogues.computeIfAbsent(catalogue.id(), id -> store.catalogueVersion(catalogue));
            String key = d.cycle().id() + "|" + d.member().code() + "|" + d.productCode();
            quantities.computeIfAbsent(catalogue.id(), id -> new TreeMap<>()).merge(key, d.quantity(), BigDecimal::add);
            sample.putIfAbsent(key, d);
            members.putIfAbsent(d.member().code(), d.member());
            cyclesOf.computeIfAbsent(d.member().code(), k -> new HashSet<>()).add(d.cycle().id());
        }
        Map<String, Sum> sums = new TreeMap<>();
        Sum total = new Sum();
        quantities.forEach((catalogueId, byKey) -> {
            CatalogueVersion catalogue = catalogues.get(catalogueId);
            List<Purchase> purchases = new ArrayList<>();
            byKey.forEach((key, quantity) -> {
                DeliveryEntity d = sample.get(key);
                Product p = catalogue.product(d.productCode()).orElseThrow();
                purchases.add(new Purchase(d.member().code(), d.cycle().id(), d.cycle().deliveryDate(), p.code(), quantity, p.price()));
            });
            List<ReportProduct> products = catalogue.products().stream().map(ReportProduct::of).toList();
            for (MemberPurchaseReport r : PurchaseReports.perMember(products, purchases, from.get(), to.get())) {
                sums.computeIfAbsent(r.memberCode(), k -> new Sum()).add(r);
                total.add(r);
            }
        });
        List<MemberFigures> figures = new ArrayList<>();
        sums.forEach((code, sum) -> figures.add(sum.figures(members.get(code), cyclesOf.get(code).size(), from.get(), to.get())));
        int allCycles = (int) deliveries.stream().map(d -> d.cycle().id()).distinct().count();
        return new MembersReport(from.get(), to.get(), figures, total.figures(null, allCycles, from.get(), to.get()));
    }

    /** Adds up reports (one per catalogue version); the shares are then computed by the core on the sums. */
    private static final class Sum {
        private Money value = Money.zero();
        private BigDecimal kilograms = BigDecimal.ZERO;
        private Money organic = Money.zero();
        private Money shortCircuit = Money.zero();

        void add(MemberPurchaseReport r) {
            value = value.plus(r.value());
            kilograms = kilograms.add(r.kilograms());
            organic = organic.plus(r.organicValue());
            shortCircuit = shortCircuit.plus(r.shortCircuitValue());
        }

        MemberFigures figures(MemberEntity member, int cycles, LocalDate from, LocalDate to) {
            MemberPurchaseReport r = new MemberPurchaseReport(member == null ? "TOTAL" : member.code(), from, to, value, kilograms, organic,
                    shortCircuit);
            return new MemberFigures(member, cycles, kilograms, value, percent(r.organicShare()), percent(r.shortCircuitShare()));
        }

        private static BigDecimal percent(BigDecimal share) {
            return share.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        }
    }
}
