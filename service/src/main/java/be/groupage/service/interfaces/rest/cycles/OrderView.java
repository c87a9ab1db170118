package be.groupage.service.interfaces.rest.cycles;

import be.groupage.service.application.cycles.OrderService;
import be.groupage.service.interfaces.rest.common.Decimals;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A member's order in a cycle: its version (send it back, or as {@code If-Match}, to change the order),
 * lines at the cycle's catalogue prices and the estimated total; after closing each line's
 * {@code allocated} and why, after reception {@code delivered}.
 */
@JsonbPropertyOrder({"cycle", "member", "cycleStatus", "version", "purchaseOrderRef", "lines", "estimatedTotal", "warnings",
        "updatedAt", "updatedBy"})
public record OrderView(long cycle, String member, String cycleStatus, long version, String purchaseOrderRef, List<LineView> lines,
                        EstimateView estimatedTotal, List<String> warnings, Instant updatedAt, String updatedBy) {

    @JsonbPropertyOrder({"product", "name", "unit", "quantity", "max", "price", "vatRate", "net", "allocated", "allocationReason",
            "explanation", "delivered", "deliveryNote"})
    public record LineView(String product, String name, String unit, BigDecimal quantity, BigDecimal max, BigDecimal price,
                           BigDecimal vatRate, BigDecimal net, BigDecimal allocated, String allocationReason, String explanation,
                           BigDecimal delivered, String deliveryNote) {

        /** Over the product alone, consistent with the record's equals; see {@link OrderView#hashCode()}. */
        @Override
        public int hashCode() {
            return product == null ? 0 : product.hashCode();
        }
    }

    /**
     * Over the cycle, member and version alone, consistent with the record's equals (equal views have equal parts).
     * JSON-B (Yasson) keeps every object it is serialising in a hash set to detect cycles, so each answer hashed the
     * order and then each line again; a record's own hash code, built from method handles over all thirteen
     * components of every line, was a third of the CPU of an order PUT of 100 lines.
     */
    @Override
    public int hashCode() {
        return (Long.hashCode(cycle) * 31 + (member == null ? 0 : member.hashCode())) * 31 + Long.hashCode(version);
    }

    static OrderView of(OrderService.OrderDetails o) {
        List<LineView> lines = o.lines().stream().map(l -> new LineView(l.product().code(), l.product().name(), l.product().unit().code(),
                Decimals.plain(l.quantity()), Decimals.plain(l.max()), Decimals.plain(l.product().price().amount()),
                Decimals.plain(l.product().vatRate().percent()), Decimals.money(l.net().amount()), Decimals.plain(l.allocated()),
                l.allocationReason(), l.explanation(), Decimals.plain(l.delivered()), l.deliveryNote())).toList();
        return new OrderView(o.cycleId(), o.member(), o.cycleStatus(), o.version(), o.purchaseOrderRef(), lines,
                EstimateView.of(o.estimatedTotal()), o.warnings(), o.updatedAt(), o.updatedBy());
    }
}
