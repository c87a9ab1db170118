package be.groupage.service.application.cycles;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.cycle.MemberOrder;
import be.groupage.core.invoicing.InvoiceComputation;
import be.groupage.core.invoicing.InvoiceLine;
import be.groupage.core.invoicing.InvoiceTotals;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.service.application.port.cycles.OrderBook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a member's goods come to, priced as the invoice will be (line net rounded to the cent, VAT per
 * rate on the summed base), before shared costs and subsidies. {@code basis} says which quantities:
 * ORDERED while the cycle is open, ALLOCATED once pooled, DELIVERED once received.
 */
public record Estimate(Money net, Money vat, Money gross, String basis) {

    static Estimate of(CatalogueVersion catalogue, Map<String, BigDecimal> quantities, String basis) {
        List<InvoiceLine> lines = new ArrayList<>();
        quantities.forEach((code, quantity) -> {
            if (quantity.signum() > 0) {
                Product p = catalogue.product(code).orElseThrow(() -> new IllegalStateException("No product " + code + " in " + catalogue));
                lines.add(InvoiceLine.goods(p.code(), p.name(), Quantity.of(quantity, p.unit()), p.price(), p.vatRate(), p.variableWeight()));
            }
        });
        if (lines.isEmpty()) {
            return new Estimate(Money.zero(), Money.zero(), Money.zero(), basis);
        }
        InvoiceTotals totals = InvoiceComputation.of(lines).totals();
        return new Estimate(totals.net(), totals.vat(), totals.gross(), basis);
    }

    /** Whether members still order at this stage (the estimate is then on what they ordered). */
    static boolean ordering(String cycleStatus) {
        return "DRAFT".equals(cycleStatus) || "OPEN".equals(cycleStatus);
    }

    /** A member's goods priced on the quantities that count at this stage of the cycle. */
    static Estimate atStage(String cycleStatus, CatalogueVersion catalogue, MemberOrder order, OrderBook.Outcomes outcomes) {
        Map<String, BigDecimal> ordered = new TreeMap<>();
        order.lines().forEach(l -> ordered.put(l.productCode(), l.quantity().amount()));
        if (ordering(cycleStatus)) {
            return of(catalogue, ordered, "ORDERED");
        }
        if ("RECEIVED".equals(cycleStatus) || "INVOICED".equals(cycleStatus)) {
            return of(catalogue, new TreeMap<>(outcomes.delivered()), "DELIVERED");
        }
        if (!outcomes.pooled()) {
            return of(catalogue, ordered, "ORDERED");
        }
        Map<String, BigDecimal> allocated = new TreeMap<>();
        outcomes.allocations().forEach((code, a) -> allocated.put(code, a.allocated()));
        return of(catalogue, allocated, "ALLOCATED");
    }
}
