package be.groupage.core.purchasing;

import be.groupage.core.catalogue.Product;
import be.groupage.core.money.Money;
import be.groupage.core.money.VatRate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Builds supplier invoices for the tests: lines as given, VAT subtotals and totals computed by the rule. */
final class Invoices {

    private Invoices() {
    }

    /** The invoice a correct cooperative sends: every received product at its received quantity and catalogue price. */
    static SupplierInvoice fromReception(List<OrderedProduct> products) {
        List<SupplierInvoiceLine> lines = new ArrayList<>();
        for (OrderedProduct p : products) {
            if (p.received().signum() > 0) {
                lines.add(line(lines.size() + 1, p.product(), p.received(), p.product().price().amount()));
            }
        }
        return invoice(lines);
    }

    static SupplierInvoiceLine line(int position, Product product, BigDecimal quantity, BigDecimal price) {
        return SupplierInvoiceLine.of(position, product.code(), product.name(), quantity, product.unit().code(), price, product.vatRate(),
                Money.euros(price.multiply(quantity)).rounded());
    }

    static SupplierInvoice invoice(List<SupplierInvoiceLine> lines) {
        Map<VatRate, Money> bases = new TreeMap<>();
        Money net = Money.zero();
        for (SupplierInvoiceLine l : lines) {
            bases.merge(l.vatRate(), l.lineNet(), Money::plus);
            net = net.plus(l.lineNet());
        }
        List<DeclaredVat> vats = new ArrayList<>();
        Money vat = Money.zero();
        for (Map.Entry<VatRate, Money> e : bases.entrySet()) {
            Money v = e.getKey().vatOn(e.getValue());
            vats.add(new DeclaredVat("S", e.getKey(), e.getValue(), v));
            vat = vat.plus(v);
        }
        return invoice(lines, vats, DeclaredTotals.of(net, vat));
    }

    static SupplierInvoice invoice(List<SupplierInvoiceLine> lines, List<DeclaredVat> vats, DeclaredTotals totals) {
        return new SupplierInvoice("F-2026-117", LocalDate.of(2026, 12, 14), Optional.empty(), "EUR", Optional.of("CYCLE-1"),
                "Coopérative", List.of("0477472701"), lines, List.of(), vats, totals);
    }
}
