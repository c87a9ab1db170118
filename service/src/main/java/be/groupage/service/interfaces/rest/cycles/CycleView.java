package be.groupage.service.interfaces.rest.cycles;

import be.groupage.core.cycle.LotReference;
import be.groupage.core.money.Money;
import be.groupage.service.application.cycles.CycleService;
import be.groupage.service.application.port.cycles.CycleDetails;
import be.groupage.service.interfaces.rest.common.Decimals;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cycle: settings, state and when it entered each state; {@code figures} over all orders for staff
 * and the cycle's supplier, {@code myOrder} (only its own) for a buyer. Absent parts are left out.
 */
@JsonbPropertyOrder({"id", "title", "status", "version", "supplier", "catalogue", "catalogueVersion", "opensAt", "closesAt",
        "deliveryDate", "caseRounding", "allocation", "frameworkAgreement", "lot", "sharedCosts", "subsidies", "transitions",
        "figures", "myOrder"})
public record CycleView(long id, String title, String status, long version, String supplier, long catalogue, int catalogueVersion,
                        Instant opensAt, Instant closesAt, LocalDate deliveryDate, String caseRounding, String allocation,
                        String frameworkAgreement, String lot, List<SharedCostView> sharedCosts, List<SubsidyView> subsidies,
                        Map<String, Instant> transitions, FiguresView figures, OwnOrderView myOrder) {

    /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
    @Override
    public int hashCode() {
        return Long.hashCode(id) * 31 + Long.hashCode(version);
    }

    public record SharedCostView(String label, BigDecimal amount, BigDecimal vatRate, String rule) {
    }

    public record SubsidyView(String label, BigDecimal percent, BigDecimal capPerMember) {
    }

    /** Over all orders (excl. VAT): ordered value, value committed on the lot, and once closed the supplier order. */
    public record FiguresView(int orderCount, BigDecimal orderValue, BigDecimal committedValue, BigDecimal supplierOrderValue,
                              BigDecimal supplierMinimum, String sendBlocker) {
    }

    public record OwnOrderView(String member, long version, int lineCount, EstimateView estimatedTotal) {
    }

    static CycleView of(CycleDetails c) {
        return of(CycleService.CycleOverview.of(c));
    }

    static CycleView of(CycleService.CycleOverview overview) {
        CycleDetails c = overview.cycle();
        FiguresView figures = overview.figures().map(f -> new FiguresView(f.orderCount(), Decimals.money(f.orderValue().amount()),
                Decimals.money(f.committedValue().amount()), f.supplierOrderValue().map(v -> Decimals.money(v.amount())).orElse(null),
                Decimals.money(f.supplierMinimum().amount()), f.sendBlocker().orElse(null))).orElse(null);
        OwnOrderView own = overview.ownOrder().map(o -> new OwnOrderView(o.member(), o.version(), o.lineCount(),
                EstimateView.of(o.estimatedTotal()))).orElse(null);
        Map<String, Instant> transitions = new LinkedHashMap<>();
        c.transitions().forEach((state, at) -> transitions.put(state.name(), at));
        return new CycleView(c.id(), c.title(), c.status().name(), c.version(), c.supplierCode(), c.catalogueId(), c.catalogueVersion(),
                c.opensAt(), c.closesAt(), c.deliveryDate(), c.caseRounding().name(), c.allocation().name(),
                c.lot().map(LotReference::agreementNumber).orElse(null), c.lot().map(LotReference::lotNumber).orElse(null),
                c.sharedCosts().stream().map(s -> new SharedCostView(s.label(), Decimals.money(s.amount().amount()),
                        Decimals.plain(s.vatRate().percent()), s.rule().name())).toList(),
                c.subsidies().stream().map(s -> new SubsidyView(s.label(), Decimals.plain(s.percent()),
                        Decimals.money(s.capPerMember().map(Money::amount).orElse(null)))).toList(),
                transitions, figures, own);
    }
}
