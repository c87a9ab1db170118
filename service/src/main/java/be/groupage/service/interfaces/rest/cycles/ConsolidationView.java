package be.groupage.service.interfaces.rest.cycles;

import be.groupage.service.application.cycles.CycleService;
import be.groupage.service.interfaces.rest.common.Decimals;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The consolidated order of a cycle: per product the pooled demand, whole cases, what members are
 * allocated and the surplus (platform stock), with each member's share; per delivery point what to
 * pack. {@code preview} is true until the cycle is closed (pooling of the orders as they stand).
 */
@JsonbPropertyOrder({"cycle", "status", "preview", "supplierOrderValue", "supplierMinimum", "products", "deliveryPoints"})
public record ConsolidationView(long cycle, String status, boolean preview, BigDecimal supplierOrderValue, BigDecimal supplierMinimum,
                                List<ProductTotalsView> products, List<DeliveryPointView> deliveryPoints) {

    /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
    @Override
    public int hashCode() {
        return Long.hashCode(cycle);
    }

    @JsonbPropertyOrder({"product", "name", "unit", "chilled", "caseSize", "ordered", "cases", "caseQuantity", "allocated", "surplus",
            "shortfall", "members"})
    public record ProductTotalsView(String product, String name, String unit, boolean chilled, BigDecimal caseSize, BigDecimal ordered, long cases,
                              BigDecimal caseQuantity, BigDecimal allocated, BigDecimal surplus, BigDecimal shortfall, List<MemberShareView> members) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hashCode(product);
        }
    }

    public record MemberShareView(String member, String deliveryPoint, BigDecimal ordered, BigDecimal allocated, String reason, String explanation) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hashCode(member);
        }
    }

    public record DeliveryPointView(String deliveryPoint, List<String> members, List<PointProductView> products, BigDecimal value) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hashCode(deliveryPoint);
        }
    }

    public record PointProductView(String product, String name, String unit, boolean chilled, BigDecimal allocated) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Objects.hashCode(product);
        }
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
