package be.groupage.service.application;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.invoicing.InvoiceComputation;
import be.groupage.core.invoicing.InvoiceLine;
import be.groupage.core.invoicing.InvoiceTotals;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
}
