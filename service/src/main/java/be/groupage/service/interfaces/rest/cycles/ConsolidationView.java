package be.groupage.service.interfaces.rest.cycles;

import be.groupage.service.application.cycles.CycleService;
import be.groupage.service.interfaces.rest.common.Decimals;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.math.BigDecimal;
import java.util.List;

/**
 * The consolidated order of a cycle: per product the pooled demand, whole cases, what members are
 * allocated and the surplus (platform stock), with each member's share; per delivery point what to
 * pack. {@code preview} is true until the cycle is closed (pooling of the orders as they stand).
 */
@JsonbPropertyOrder({"cycle", "status", "preview", "supplierOrderValue", "supplierMinimum", "products", "deliveryPoints"})
public record ConsolidationView(long cycle, String status, boolean preview, BigDecimal supplierOrderValue, BigDecimal supplierMinimum,
                                List<ProductTotalsView> products, List<DeliveryPointView> deliveryPoints) {

    @JsonbPropertyOrder({"product", "name", "unit", "chilled", "caseSize", "ordered", "cases", "caseQuantity", "allocated", "surplus",
            "shortfall", "members"})
    public record ProductTotalsView(String product, String name, String unit, boolean chilled, BigDecimal caseSize, BigDecimal ordered, long cases,
                              BigDecimal caseQuantity, BigDecimal allocated, BigDecimal surplus, BigDecimal shortfall, List<MemberShareView> members) {
    }

    public record MemberShareView(String member, String deliveryPoint, BigDecimal ordered, BigDecimal allocated, String reason, String explanation) {
    }

    public record DeliveryPointView(String deliveryPoint, List<String> members, List<PointProductView> products, BigDecimal value) {
    }

    public record PointProductView(String product, String name, String unit, boolean chilled, BigDecimal allocated) {
    }

    static ConsolidationView of(CycleService.Consolidation c) {
        List<ProductTotalsView> products = c.products().stream().map(p -> new ProductTotalsView(p.product().code(), p.product().name(),
                p.product().unit().code(), p.product().chilled(), Decimals.plain(p.product().caseSize().amount()), Decimals.plain(p.ordered()),
                p.cases(), Decimals.plain(p.caseQuantity()), Decimals.plain(p.allocated()), Decimals.plain(p.surplus()),
                Decimals.plain(p.shortfall()),
                p.members().stream().map(m -> new MemberShareView(m.member(), m.deliveryPoint(), Decimals.plain(m.ordered()),
                        Decimals.plain(m.allocated()), m.reason(), m.explanation())).toList())).toList();
        List<DeliveryPointView> points = c.deliveryPoints().stream().map(d -> new DeliveryPointView(d.deliveryPoint(), d.members(),
                d.products().stream().map(p -> new PointProductView(p.product().code(), p.product().name(), p.product().unit().code(),
                        p.product().chilled(), Decimals.plain(p.allocated()))).toList(), Decimals.money(d.value().amount()))).toList();
        return new ConsolidationView(c.cycle().id(), c.cycle().status().name(), c.preview(), Decimals.money(c.supplierOrderValue().amount()),
                Decimals.money(c.supplierMinimum().amount()), products, points);
    }
}
