package be.groupage.service.application.cycles;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.costsplit.SharedCost;
import be.groupage.core.costsplit.SplitRule;
import be.groupage.core.costsplit.Subsidy;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.CycleStatus;
import be.groupage.core.cycle.LotReference;
import be.groupage.core.money.Money;
import be.groupage.core.money.VatRate;
import be.groupage.core.pooling.AllocationStrategy;
import be.groupage.core.pooling.CaseRounding;
import be.groupage.core.pooling.CyclePooling;
import be.groupage.core.pooling.MemberAllocation;
import be.groupage.core.pooling.PoolingResult;
import be.groupage.core.pooling.ProductPool;
import be.groupage.service.application.access.Account;
import be.groupage.service.application.access.AuditTrail;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.ForbiddenException;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.InputChecks;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.port.catalogue.CatalogueDetails;
import be.groupage.service.application.port.catalogue.CatalogueStore;
import be.groupage.service.application.port.cycles.CycleBook;
import be.groupage.service.application.port.cycles.CycleDetails;
import be.groupage.service.application.port.cycles.OrderBook;
import be.groupage.service.application.port.suppliers.SupplierDetails;
import be.groupage.service.application.port.suppliers.SupplierDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cycles: creating one on a catalogue version, its life (open, close, send, cancel) through the
 * domain's guarded transitions, reading it with the figures each role may see, and the consolidation
 * sent to the supplier. A buyer sees cycles once opened and only its own order; a supplier only its
 * cooperative's cycles (others are 404).
 */
@ApplicationScoped
@Transactional
public class CycleService {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Inject
    CurrentAccount caller;

    @Inject
    CycleBook cycles;

    @Inject
    SupplierDirectory suppliers;

    @Inject
    CatalogueStore catalogues;

    @Inject
    OrderBook orderBook;

    @Inject
    CycleClosing closing;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record NewCycle(String title, String supplier, Long catalogue, String opensAt, String closesAt, String deliveryDate,
                           String caseRounding, String allocation, List<NewSharedCost> sharedCosts, List<NewSubsidy> subsidies,
                           String frameworkAgreement, String lot) {
    }

    public record NewSharedCost(String label, BigDecimal amount, BigDecimal vatRate, String rule) {
    }

    public record NewSubsidy(String label, BigDecimal percent, BigDecimal capPerMember) {
    }

    /** Figures over all orders: for the coordinator, finance and the cycle's supplier. */
    public record CycleFigures(int orderCount, Money orderValue, Money committedValue, Optional<Money> supplierOrderValue,
                               Money supplierMinimum, Optional<String> sendBlocker) {
    }

    /** A buyer's own order in the cycle. */
    public record OwnOrder(String member, long version, int lineCount, Estimate estimatedTotal) {
    }

    /** A cycle as the caller may see it: figures for staff, the own order for a buyer. */
    public record CycleOverview(CycleDetails cycle, Optional<CycleFigures> figures, Optional<OwnOrder> ownOrder) {

        /** The cycle alone, as a transition leaves it. */
        public static CycleOverview of(CycleDetails cycle) {
            return new CycleOverview(cycle, Optional.empty(), Optional.empty());
        }
    }

    public CycleDetails create(NewCycle request) {
        Account account = requireRole(Role.COORDINATOR);
        InputChecks errors = InputChecks.start();
        Optional<String> title = errors.text("title", request.title(), 200);
        Optional<String> supplier = errors.text("supplier", request.supplier(), 40).flatMap(code -> {
            Optional<String> found = suppliers.byCode(code).map(SupplierDetails::code);
            if (found.isEmpty()) {
                errors.error("supplier", "is not a known supplier: " + code);
            }
            return found;
        });
        Optional<CatalogueDetails> catalogue = supplier.flatMap(s -> catalogueOf(s, request.catalogue(), errors));
        Optional<Instant> opensAt = errors.instant("opensAt", request.opensAt());
        Optional<Instant> closesAt = errors.instant("closesAt", request.closesAt());
        Optional<LocalDate> deliveryDate = errors.date("deliveryDate", request.deliveryDate(), true);
        Instant now = clock.instant();
        if (opensAt.isPresent() && closesAt.isPresent() && !closesAt.get().isAfter(opensAt.get())) {
            errors.error("closesAt", "must be after opensAt");
        }
        if (closesAt.isPresent() && !closesAt.get().isAfter(now)) {
            errors.error("closesAt", "is already past");
        }
        if (closesAt.isPresent() && deliveryDate.isPresent() && deliveryDate.get().isBefore(LocalDate.ofInstant(closesAt.get(), BRUSSELS))) {
            errors.error("deliveryDate", "is before the closing date");
        }
        Optional<CaseRounding> rounding = errors.choice("caseRounding", request.caseRounding(), CaseRounding.class);
        Optional<AllocationStrategy> allocation = errors.choice("allocation", request.allocation(), AllocationStrategy.class);
        List<SharedCost> costs = sharedCosts(request.sharedCosts(), errors);
        List<Subsidy> subsidies = subsidies(request.subsidies(), errors);
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < costs.size(); i++) {
            if (!labels.add(costs.get(i).label())) {
                errors.error("sharedCosts[" + i + "].label", "appears twice: " + costs.get(i).label());
            }
        }
        for (int i = 0; i < subsidies.size(); i++) {
            if (!labels.add(subsidies.get(i).label())) {
                errors.error("subsidies[" + i + "].label", "is already used by another cost or subsidy: " + subsidies.get(i).label());
            }
        }
        if (subsidies.stream().map(Subsidy::percent).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.error("subsidies", "add up to more than 100%");
        }
        Optional<LotReference> lot = lotOf(request, supplier, errors);
        errors.throwIfAny();

        CycleDetails cycle = cycles.create(new CycleBook.NewCycle(title.get(), supplier.get(), catalogue.get().id(), opensAt.get(),
                closesAt.get(), deliveryDate.get(), rounding.get(), allocation.get(), lot, costs, subsidies), now, account.login());
        audit.record("CYCLE_CREATED", "cycle", String.valueOf(cycle.id()), "\"" + cycle.title() + "\" on catalogue "
                + catalogue.get().id() + " (version " + catalogue.get().version() + ") of " + supplier.get()
                + ", closes " + cycle.closesAt() + lot.map(l -> ", framework agreement " + l.agreementNumber() + " lot " + l.lotNumber()).orElse(""));
        return cycle;
    }

    private Optional<CatalogueDetails> catalogueOf(String supplier, Long id, InputChecks errors) {
        if (id == null) {
            Optional<CatalogueDetails> latest = catalogues.latestOf(supplier);
            if (latest.isEmpty()) {
                errors.error("catalogue", "is required: supplier " + supplier + " has no catalogue yet");
            }
            return latest;
        }
        Optional<CatalogueDetails> found = catalogues.byId(id).filter(c -> c.supplierCode().equals(supplier));
        if (found.isEmpty()) {
            errors.error("catalogue", "is not a catalogue of supplier " + supplier + ": " + id);
        }
        return found;
    }

    private static List<SharedCost> sharedCosts(List<NewSharedCost> requested, InputChecks errors) {
        List<SharedCost> costs = new ArrayList<>();
        if (requested == null) {
            return costs;
        }
        for (int i = 0; i < requested.size(); i++) {
            NewSharedCost c = requested.get(i);
            String at = "sharedCosts[" + i + "]";
            if (c == null) {
                errors.error(at, "is empty");
                continue;
            }
            Optional<String> label = errors.text(at + ".label", c.label(), 100);
            Optional<BigDecimal> amount = errors.amount(at + ".amount", c.amount(), true, false);
            Optional<BigDecimal> rate = errors.percent(at + ".vatRate", c.vatRate());
            Optional<SplitRule> rule = errors.choice(at + ".rule", c.rule(), SplitRule.class);
            if (label.isPresent() && amount.isPresent() && rate.isPresent() && rule.isPresent()) {
                costs.add(SharedCost.of(label.get(), Money.euros(amount.get()), VatRate.ofPercent(rate.get()), rule.get()));
            }
        }
        return costs;
    }

    private static List<Subsidy> subsidies(List<NewSubsidy> requested, InputChecks errors) {
        List<Subsidy> subsidies = new ArrayList<>();
        if (requested == null) {
            return subsidies;
        }
        for (int i = 0; i < requested.size(); i++) {
            NewSubsidy s = requested.get(i);
            String at = "subsidies[" + i + "]";
            if (s == null) {
                errors.error(at, "is empty");
                continue;
            }
            Optional<String> label = errors.text(at + ".label", s.label(), 100);
            Optional<BigDecimal> percent = errors.percent(at + ".percent", s.percent());
            Optional<BigDecimal> cap = errors.amount(at + ".capPerMember", s.capPerMember(), false, false);
            if (label.isPresent() && percent.isPresent()) {
                subsidies.add(cap.map(c -> Subsidy.capped(label.get(), percent.get(), Money.euros(c)))
                        .orElseGet(() -> Subsidy.uncapped(label.get(), percent.get())));
            }
        }
        return subsidies;
    }

    private Optional<LotReference> lotOf(NewCycle request, Optional<String> supplier, InputChecks errors) {
        boolean hasAgreement = request.frameworkAgreement() != null && !request.frameworkAgreement().isBlank();
        boolean hasLot = request.lot() != null && !request.lot().isBlank();
        if (!hasAgreement && !hasLot) {
            return Optional.empty();
        }
        if (!hasAgreement || !hasLot) {
            errors.error(hasAgreement ? "lot" : "frameworkAgreement", "is required with " + (hasAgreement ? "frameworkAgreement" : "lot"));
            return Optional.empty();
        }
        Optional<CycleBook.AgreementLots> agreement = cycles.agreement(request.frameworkAgreement().strip());
        if (agreement.isEmpty()) {
            errors.error("frameworkAgreement", "is not a known framework agreement: " + request.frameworkAgreement());
            return Optional.empty();
        }
        if (supplier.isPresent() && !agreement.get().supplierCode().equals(supplier.get())) {
            errors.error("frameworkAgreement", "is an agreement with " + agreement.get().supplierCode() + ", not " + supplier.get());
        }
        Optional<String> lot = agreement.get().lotNumbers().stream().filter(l -> l.equals(request.lot().strip())).findFirst();
        if (lot.isEmpty()) {
            errors.error("lot", "is not a lot of framework agreement " + agreement.get().number() + ": " + request.lot());
        }
        return lot.map(l -> LotReference.of(agreement.get().number(), l));
    }

    // ---- reading ----

    public List<CycleOverview> list(Optional<String> status) {
        Account account = caller.require();
        Optional<CycleStatus> wanted = Optional.empty();
        if (status.isPresent()) {
            InputChecks errors = InputChecks.start();
            wanted = errors.choice("status", status.get(), CycleStatus.class);
            errors.throwIfAny();
        }
        return cycles.list(wanted).stream().filter(c -> visible(account, c)).map(CycleOverview::of).toList();
    }

    public CycleOverview get(long id) {
        Account account = caller.require();
        CycleDetails c = visibleCycle(account, id);
        if (account.is(Role.BUYER)) {
            String member = account.memberCode().orElseThrow();
            Optional<OwnOrder> own = orderBook.find(id, member).flatMap(slot -> slot.stored().map(o -> new OwnOrder(member, o.version(),
                    o.order().lines().size(), Estimate.atStage(slot.status(), slot.catalogue(), o.order(),
                    Estimate.ordering(slot.status()) ? OrderBook.Outcomes.NONE : orderBook.outcomes(id, member)))));
            return new CycleOverview(c, Optional.empty(), own);
        }
        Cycle cycle = cycles.restoreWithOrders(id).orElseThrow(() -> noCycle(id));
        CatalogueVersion catalogue = cycle.catalogue();
        List<CycleBook.Pool> pools = cycles.pools(id);
        Optional<Money> supplierValue = pools.isEmpty() ? Optional.empty() : Optional.of(supplierOrderValue(catalogue, pools));
        Optional<String> blocker = cycle.status() == CycleStatus.CLOSED ? supplierValue.flatMap(cycle::sendBlocker) : Optional.empty();
        int withLines = (int) cycle.orders().stream().filter(o -> !o.isEmpty()).count();
        return new CycleOverview(c, Optional.of(new CycleFigures(withLines, cycle.orderValue(), cycle.committedValue(), supplierValue,
                catalogue.supplier().minimumOrderValue(), blocker)), Optional.empty());
    }

    // ---- transitions ----

    public CycleDetails open(long id) {
        Account account = requireRole(Role.COORDINATOR);
        // The row lock first, as the opening at the opening time takes it: whichever comes second sees OPEN (409).
        Cycle cycle = cycles.restoreLocked(id).orElseThrow(() -> noCycle(id));
        cycle.open(clock);
        cycles.save(cycle, account.login());
        audit.record("CYCLE_OPENED", "cycle", String.valueOf(id), "DRAFT -> OPEN");
        return stored(id);
    }

    /** Closes an OPEN cycle now (before its deadline) and pools its orders. */
    public CycleDetails close(long id) {
        Account account = requireRole(Role.COORDINATOR);
        // The conditional update comes first in the transaction: see CycleClosing.
        if (!closing.closeIfOpen(id, account.login(), false)) {
            Cycle cycle = domainCycle(id);
            cycle.close(clock); // throws the domain's reason (e.g. "is CLOSED; it can be closed only when OPEN")
            throw new ConflictException("Cycle " + id + " changed at the same time; reload it and try again.");
        }
        return stored(id);
    }

    public CycleDetails send(long id) {
        Account account = requireRole(Role.COORDINATOR);
        Cycle cycle = domainCycle(id);
        Money value = supplierOrderValue(cycle.catalogue(), cycles.pools(id));
        cycle.send(value, clock);
        cycles.save(cycle, account.login());
        audit.record("CYCLE_SENT", "cycle", String.valueOf(id), "CLOSED -> ORDERED; supplier order value " + value.rounded());
        return stored(id);
    }

    public CycleDetails cancel(long id) {
        Account account = requireRole(Role.COORDINATOR);
        Cycle cycle = domainCycle(id);
        CycleStatus from = cycle.status();
        cycle.cancel(clock);
        cycles.save(cycle, account.login());
        audit.record("CYCLE_CANCELLED", "cycle", String.valueOf(id), from + " -> CANCELLED");
        return stored(id);
    }

    /** The value of the consolidated order: the whole cases pooling decided, at the cycle's catalogue prices. */
    private static Money supplierOrderValue(CatalogueVersion catalogue, List<CycleBook.Pool> pools) {
        Map<String, BigDecimal> caseQuantities = new LinkedHashMap<>();
        pools.forEach(p -> caseQuantities.put(p.productCode(), p.caseQuantity()));
        return CyclePooling.supplierOrderValue(catalogue, caseQuantities);
    }

    // ---- consolidation ----

    public record MemberShare(String member, String deliveryPoint, BigDecimal ordered, BigDecimal allocated, String reason, String explanation) {
    }

    public record ProductConsolidation(Product product, BigDecimal ordered, long cases, BigDecimal caseQuantity, BigDecimal allocated,
                                       BigDecimal surplus, BigDecimal shortfall, List<MemberShare> members) {
    }

    public record PointProduct(Product product, BigDecimal allocated) {
    }

    public record DeliveryPointTotals(String deliveryPoint, List<String> members, List<PointProduct> products, Money value) {
    }

    /** {@code preview} until the cycle is closed: what pooling would decide on the orders as they stand. */
    public record Consolidation(CycleDetails cycle, boolean preview, List<ProductConsolidation> products,
                                List<DeliveryPointTotals> deliveryPoints, Money supplierOrderValue, Money supplierMinimum) {
    }

    public Consolidation consolidation(long id) {
        Account account = caller.require();
        if (!account.is(Role.COORDINATOR) && !account.is(Role.SUPPLIER)) {
            throw new ForbiddenException("Only the coordinator and the cycle's supplier see its consolidation.");
        }
        CycleDetails c = visibleCycle(account, id);
        List<CycleBook.Pool> pools = cycles.pools(id);
        List<ProductConsolidation> products = new ArrayList<>();
        boolean preview = pools.isEmpty();
        CatalogueVersion catalogue;
        if (!preview) {
            catalogue = cycles.catalogue(c);
            Map<String, List<MemberShare>> shares = new HashMap<>();
            for (CycleBook.Allocation a : cycles.allocations(id)) {
                shares.computeIfAbsent(a.productCode(), k -> new ArrayList<>()).add(new MemberShare(a.memberCode(), a.deliveryPoint(),
                        a.ordered(), a.allocated(), a.reason(), a.explanation()));
            }
            for (CycleBook.Pool p : pools) {
                products.add(new ProductConsolidation(catalogue.product(p.productCode()).orElseThrow(), p.ordered(), p.cases(), p.caseQuantity(),
                        p.allocated(), p.platformStock(), p.ordered().subtract(p.allocated()).max(BigDecimal.ZERO),
                        shares.getOrDefault(p.productCode(), List.of())));
            }
        } else {
            Cycle cycle = cycles.restoreWithOrders(id).orElseThrow(() -> noCycle(id));
            catalogue = cycle.catalogue();
            Map<String, String> deliveryPoints = cycles.deliveryPoints(id);
            PoolingResult result = CyclePooling.pool(cycle, c.pooling());
            for (ProductPool p : result.pools()) {
                List<MemberShare> shares = new ArrayList<>();
                for (MemberAllocation a : p.allocations()) {
                    shares.add(new MemberShare(a.memberCode(), deliveryPoints.get(a.memberCode()), a.ordered(), a.allocated(),
                            a.reason().name(), a.explanation()));
                }
                shares.sort((x, y) -> x.member().compareTo(y.member()));
                products.add(new ProductConsolidation(catalogue.product(p.productCode()).orElseThrow(), p.totalOrdered(), p.cases(),
                        p.caseQuantity(), p.allocatedTotal(), p.platformStock(), p.shortfall(), shares));
            }
        }
        Map<String, BigDecimal> caseQuantities = new LinkedHashMap<>();
        products.forEach(p -> caseQuantities.put(p.product().code(), p.caseQuantity()));
        return new Consolidation(c, preview, products, byDeliveryPoint(products), CyclePooling.supplierOrderValue(catalogue, caseQuantities),
                catalogue.supplier().minimumOrderValue());
    }

    private static List<DeliveryPointTotals> byDeliveryPoint(List<ProductConsolidation> products) {
        Map<String, Set<String>> members = new TreeMap<>();
        Map<String, Map<String, BigDecimal>> quantities = new TreeMap<>();
        Map<String, Product> byCode = new HashMap<>();
        for (ProductConsolidation p : products) {
            byCode.put(p.product().code(), p.product());
            for (MemberShare s : p.members()) {
                if (s.allocated().signum() > 0) {
                    members.computeIfAbsent(s.deliveryPoint(), k -> new TreeSet<>()).add(s.member());
                    quantities.computeIfAbsent(s.deliveryPoint(), k -> new TreeMap<>()).merge(p.product().code(), s.allocated(), BigDecimal::add);
                }
            }
        }
        List<DeliveryPointTotals> points = new ArrayList<>();
        members.forEach((point, codes) -> {
            List<PointProduct> lines = new ArrayList<>();
            Money value = Money.zero();
            for (Map.Entry<String, BigDecimal> e : quantities.get(point).entrySet()) {
                Product product = byCode.get(e.getKey());
                lines.add(new PointProduct(product, e.getValue()));
                value = value.plus(product.netPriceOf(e.getValue()));
            }
            points.add(new DeliveryPointTotals(point, List.copyOf(codes), lines, value));
        });
        return points;
    }

    /**
     * How full the cases are so far: per product, the quantity ordered by all members together, the whole
     * cases it makes and what is in the case being filled. Totals only, so any member may see them.
     */
    public record CaseFill(Product product, BigDecimal ordered, long fullCases, BigDecimal inOpenCase) {
    }

    public List<CaseFill> caseFill(long id) {
        CycleDetails c = visibleCycle(caller.require(), id);
        CatalogueVersion catalogue = cycles.catalogue(c);
        List<CaseFill> fills = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> total : cycles.orderedByProduct(id).entrySet()) {
            Optional<Product> product = catalogue.product(total.getKey());
            BigDecimal ordered = total.getValue();
            if (product.isEmpty() || ordered == null || ordered.signum() == 0) {
                continue;
            }
            BigDecimal caseSize = product.get().caseSize().amount();
            BigDecimal[] cases = ordered.divideAndRemainder(caseSize);
            fills.add(new CaseFill(product.get(), ordered, cases[0].longValueExact(), cases[1]));
        }
        return fills;
    }

    // ---- tenancy ----

    /** The cycle, if this account may see it; 404 (as for a cycle that does not exist) otherwise. */
    CycleDetails visibleCycle(Account account, long id) {
        return cycles.find(id).filter(c -> visible(account, c)).orElseThrow(() -> noCycle(id));
    }

    static boolean visible(Account account, CycleDetails c) {
        return visible(account, c.status().name(), c.supplierCode());
    }

    /** Buyers see every cycle once opened, a cooperative its own cycles, staff all. */
    public static boolean visible(Account account, String status, String supplierCode) {
        return switch (account.role()) {
            case COORDINATOR, FINANCE -> true;
            case SUPPLIER -> account.supplierCode().filter(supplierCode::equals).isPresent();
            case BUYER -> !CycleStatus.DRAFT.name().equals(status);
        };
    }

    /** The domain cycle, without its orders, for a transition; 404 when there is none. */
    private Cycle domainCycle(long id) {
        return cycles.restore(id).orElseThrow(() -> noCycle(id));
    }

    /** The cycle as a transition left it (in this transaction). */
    private CycleDetails stored(long id) {
        return cycles.find(id).orElseThrow(() -> noCycle(id));
    }

    private static NotFoundException noCycle(long id) {
        return new NotFoundException("No cycle " + id + ".");
    }

    private Account requireRole(Role role) {
        Account account = caller.require();
        if (!account.is(role)) {
            throw new ForbiddenException("This needs the " + role + " role.");
        }
        return account;
    }

}
