package be.groupage.service.application.reports;

import be.groupage.core.catalogue.CatalogueRepository;
import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.money.Money;
import be.groupage.core.reports.MemberPurchaseReport;
import be.groupage.core.reports.Purchase;
import be.groupage.core.reports.PurchaseReports;
import be.groupage.core.reports.ReportProduct;
import be.groupage.service.application.access.Account;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.ForbiddenException;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.InputChecks;
import be.groupage.service.application.port.reports.DeliveredQuantity;
import be.groupage.service.application.port.reports.DeliveryHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    DeliveryHistory deliveries;

    @Inject
    CatalogueRepository catalogueVersions;

    @Inject
    CurrentAccount caller;

    /** A member of the report: code and name. */
    public record ReportedMember(String code, String name) {
    }

    /** One member's figures (member empty for the total). Shares are percentages with 2 decimals. */
    public record MemberFigures(Optional<ReportedMember> member, int cycles, BigDecimal kilograms, Money value, BigDecimal organicPercent,
                                BigDecimal shortCircuitPercent) {
    }

    public record MembersReport(LocalDate from, LocalDate to, List<MemberFigures> members, MemberFigures total) {
    }

    public MembersReport members(String fromText, String toText) {
        Account account = caller.require();
        if (!account.is(Role.COORDINATOR) && !account.is(Role.FINANCE)) {
            throw new ForbiddenException("Only the coordinator and finance read reports.");
        }
        InputChecks errors = InputChecks.start();
        Optional<LocalDate> from = errors.date("from", fromText, true);
        Optional<LocalDate> to = errors.date("to", toText, true);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            errors.error("to", "is before from");
        }
        errors.throwIfAny();
        List<DeliveredQuantity> delivered = deliveries.ofReceivedCycles(from.get(), to.get());

        // Purchases per catalogue version: product codes are unique within a version only.
        Map<String, CatalogueVersion> catalogues = new HashMap<>();
        Map<String, Map<String, BigDecimal>> quantities = new LinkedHashMap<>();
        Map<String, DeliveredQuantity> sample = new HashMap<>();
        Map<String, ReportedMember> members = new TreeMap<>();
        Map<String, Set<Long>> cyclesOf = new HashMap<>();
        for (DeliveredQuantity d : delivered) {
            String version = d.supplierCode() + "|" + d.catalogueVersion();
            catalogues.computeIfAbsent(version, v -> catalogueVersions.findVersion(d.supplierCode(), d.catalogueVersion())
                    .orElseThrow(() -> new IllegalStateException("No version " + d.catalogueVersion() + " of the catalogue of "
                            + d.supplierCode())));
            String key = d.cycleId() + "|" + d.memberCode() + "|" + d.productCode();
            quantities.computeIfAbsent(version, v -> new TreeMap<>()).merge(key, d.quantity(), BigDecimal::add);
            sample.putIfAbsent(key, d);
            members.putIfAbsent(d.memberCode(), new ReportedMember(d.memberCode(), d.memberName()));
            cyclesOf.computeIfAbsent(d.memberCode(), k -> new HashSet<>()).add(d.cycleId());
        }
        Map<String, Sum> sums = new TreeMap<>();
        Sum total = new Sum();
        quantities.forEach((version, byKey) -> {
            CatalogueVersion catalogue = catalogues.get(version);
            List<Purchase> purchases = new ArrayList<>();
            byKey.forEach((key, quantity) -> {
                DeliveredQuantity d = sample.get(key);
                Product p = catalogue.product(d.productCode()).orElseThrow();
                purchases.add(new Purchase(d.memberCode(), d.cycleId(), d.deliveryDate(), p.code(), quantity, p.price()));
            });
            List<ReportProduct> products = catalogue.products().stream().map(ReportProduct::of).toList();
            for (MemberPurchaseReport r : PurchaseReports.perMember(products, purchases, from.get(), to.get())) {
                sums.computeIfAbsent(r.memberCode(), k -> new Sum()).add(r);
                total.add(r);
            }
        });
        List<MemberFigures> figures = new ArrayList<>();
        sums.forEach((code, sum) -> figures.add(sum.figures(Optional.of(members.get(code)), cyclesOf.get(code).size(), from.get(), to.get())));
        int allCycles = (int) delivered.stream().map(DeliveredQuantity::cycleId).distinct().count();
        return new MembersReport(from.get(), to.get(), figures, total.figures(Optional.empty(), allCycles, from.get(), to.get()));
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

        MemberFigures figures(Optional<ReportedMember> member, int cycles, LocalDate from, LocalDate to) {
            MemberPurchaseReport r = new MemberPurchaseReport(member.map(ReportedMember::code).orElse("TOTAL"), from, to, value, kilograms, organic,
                    shortCircuit);
            return new MemberFigures(member, cycles, kilograms, value, percent(r.organicShare()), percent(r.shortCircuitShare()));
        }

        private static BigDecimal percent(BigDecimal share) {
            return share.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        }
    }
}
