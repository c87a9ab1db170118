package be.groupage.core.purchasing;

import be.groupage.core.catalogue.Product;
import be.groupage.core.money.Money;
import be.groupage.core.money.VatRate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The three-way match of a supplier's invoice with the cycle's purchase order and reception.
 *
 * <p>Each line is found in the cycle's catalogue version by the seller's item code (the product code), else by
 * GTIN; then it is checked for: the product ordered at all; the unit; the net unit price against the catalogue
 * version's price (the prices of the cycle, whatever a later version says); the VAT rate against the product's;
 * the declared line net against quantity x price; and the product's invoiced quantity, all its lines together,
 * against what was received and (for counted goods) what was ordered. The products ordered or received that no
 * line names are listed. The totals are checked against the lines under the rule of structured e-invoices: base
 * per rate = sum of the line nets at that rate plus its document charges minus its document allowances, VAT = base
 * x rate half-up to the cent, the sums and the amount to pay as EN 16931 defines them. Differences are exact: invoice minus expected, never rounded further.
 * Immutable and thread-safe.
 */
public final class ThreeWayMatch {

    private final Map<String, OrderedProduct> byCode = new LinkedHashMap<>();
    private final Map<String, OrderedProduct> byGtin = new HashMap<>();

    private ThreeWayMatch(List<OrderedProduct> products) {
        for (OrderedProduct p : products) {
            if (byCode.putIfAbsent(p.product().code(), p) != null) {
                throw new IllegalArgumentException("A product is given once: " + p.product().code());
            }
            p.product().gtin().ifPresent(g -> byGtin.putIfAbsent(g.value(), p));
        }
    }

    /** The cycle's products: each product of the catalogue version with what was ordered and received of it. */
    public static ThreeWayMatch of(List<OrderedProduct> products) {
        return new ThreeWayMatch(Objects.requireNonNull(products, "products"));
    }

    public MatchReport check(SupplierInvoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        Map<String, BigDecimal> invoicedPerProduct = new HashMap<>();
        List<Optional<OrderedProduct>> found = new ArrayList<>();
        for (SupplierInvoiceLine line : invoice.lines()) {
            Optional<OrderedProduct> p = find(line);
            found.add(p);
            p.ifPresent(op -> invoicedPerProduct.merge(op.product().code(), line.quantity(), BigDecimal::add));
        }
        List<LineMatch> lines = new ArrayList<>();
        for (int i = 0; i < invoice.lines().size(); i++) {
            lines.add(checkLine(invoice.lines().get(i), found.get(i), invoicedPerProduct));
        }
        List<NotInvoiced> missing = new ArrayList<>();
        Map<VatRate, Money> receivedBase = new TreeMap<>();
        for (OrderedProduct p : byCode.values()) {
            Money value = p.product().netPriceOf(p.received());
            if (p.received().signum() > 0) {
                receivedBase.merge(p.product().vatRate(), value, Money::plus);
            }
            boolean invoiced = invoicedPerProduct.containsKey(p.product().code());
            if (!invoiced && (p.ordered().signum() > 0 || p.received().signum() > 0)) {
                missing.add(new NotInvoiced(p.product().code(), p.product().name(), p.ordered(), p.received(), value));
            }
        }
        Money receptionNet = receivedBase.values().stream().reduce(Money.zero(), Money::plus);
        Money receptionVat = receivedBase.entrySet().stream().map(e -> e.getKey().vatOn(e.getValue())).reduce(Money.zero(), Money::plus);
        DeclaredTotals declared = invoice.totals();
        return new MatchReport(lines, missing, totals(invoice), receptionNet, receptionVat, declared.taxExclusive(), declared.vat());
    }

    private Optional<OrderedProduct> find(SupplierInvoiceLine line) {
        Optional<OrderedProduct> byItem = line.sellerItemId().map(String::strip).map(byCode::get);
        if (byItem.isPresent()) {
            return byItem;
        }
        return line.gtin().map(String::strip).map(byGtin::get);
    }

    private static LineMatch checkLine(SupplierInvoiceLine line, Optional<OrderedProduct> found, Map<String, BigDecimal> invoicedPerProduct) {
        List<Finding> findings = new ArrayList<>();
        Money computedNet = line.computedNet();
        if (!computedNet.equals(line.lineNet())) {
            findings.add(Finding.of(FindingKind.LINE_NET_DIFFERS, computedNet.amount(), line.lineNet().amount(),
                    Optional.of(line.lineNet().minus(computedNet)), "the line net " + line.lineNet().amount().toPlainString()
                            + " is not quantity x price = " + computedNet.amount().toPlainString()));
        }
        if (found.isEmpty()) {
            findings.add(Finding.of(FindingKind.UNKNOWN_PRODUCT, "no product of the cycle's catalogue has the code "
                    + line.sellerItemId().orElse("(none)") + line.gtin().map(g -> " nor the GTIN " + g).orElse("")));
            return new LineMatch(line, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), findings);
        }
        OrderedProduct op = found.get();
        Product product = op.product();
        Money expectedNet = product.netPriceOf(line.quantity());
        if (op.ordered().signum() == 0) {
            findings.add(Finding.of(FindingKind.NOT_ORDERED, product.code() + " was not ordered from the supplier in this cycle"));
        }
        if (!product.unit().code().equalsIgnoreCase(line.unitCode().strip())) {
            findings.add(Finding.of(FindingKind.UNIT_DIFFERS, product.unit().code(), line.unitCode(),
                    "invoiced in " + line.unitCode() + ", sold in " + product.unit().code()));
        }
        BigDecimal unitPrice = line.unitPrice();
        if (unitPrice.compareTo(product.price().amount()) != 0) {
            Money effect = computedNet.minus(expectedNet);
            findings.add(Finding.of(FindingKind.PRICE_DIFFERS, product.price().amount(), unitPrice, Optional.of(effect),
                    "price " + Finding.plain(unitPrice) + " instead of the catalogue's " + Finding.plain(product.price().amount())
                            + ": " + signed(effect) + " on the line"));
        }
        if (line.vatRate().compareTo(product.vatRate()) != 0) {
            findings.add(Finding.of(FindingKind.VAT_DIFFERS, product.vatRate().percent(), line.vatRate().percent(), Optional.empty(),
                    "VAT " + line.vatRate() + " instead of the product's " + product.vatRate()));
        }
        BigDecimal invoiced = invoicedPerProduct.get(product.code());
        if (invoiced.compareTo(op.received()) > 0) {
            BigDecimal above = invoiced.subtract(op.received());
            findings.add(Finding.of(FindingKind.QUANTITY_ABOVE_RECEIVED, op.received(), invoiced,
                    Optional.of(product.netPriceOf(above)), "invoiced " + Finding.plain(invoiced) + " " + product.unit().code()
                            + ", received " + Finding.plain(op.received()) + ": " + Finding.plain(above) + " more"));
        }
        if (!product.variableWeight() && op.ordered().signum() > 0 && invoiced.compareTo(op.ordered()) > 0) {
            BigDecimal above = invoiced.subtract(op.ordered());
            findings.add(Finding.of(FindingKind.QUANTITY_ABOVE_ORDERED, op.ordered(), invoiced,
                    Optional.of(product.netPriceOf(above)), "invoiced " + Finding.plain(invoiced) + " " + product.unit().code()
                            + ", ordered " + Finding.plain(op.ordered()) + ": " + Finding.plain(above) + " more"));
        }
        return new LineMatch(line, Optional.of(product.code()), Optional.of(op.ordered()), Optional.of(op.received()),
                Optional.of(expectedNet), findings);
    }

    private static List<TotalCheck> totals(SupplierInvoice invoice) {
        DeclaredTotals d = invoice.totals();
        List<TotalCheck> checks = new ArrayList<>();
        Money lineNets = Money.zero();
        Map<VatRate, Money> bases = new TreeMap<>();
        for (SupplierInvoiceLine l : invoice.lines()) {
            lineNets = lineNets.plus(l.lineNet());
            bases.merge(l.vatRate(), l.lineNet(), Money::plus);
        }
        checks.add(new TotalCheck("LINE_NETS", d.lineNets(), lineNets));
        Money allowances = Money.zero();
        Money charges = Money.zero();
        for (AllowanceCharge ac : invoice.allowanceCharges()) {
            bases.merge(ac.rate(), ac.signed(), Money::plus);
            if (ac.charge()) {
                charges = charges.plus(ac.amount());
            } else {
                allowances = allowances.plus(ac.amount());
            }
        }
        checks.add(new TotalCheck("ALLOWANCES", d.allowances(), allowances));
        checks.add(new TotalCheck("CHARGES", d.charges(), charges));
        Money taxExclusive = lineNets.minus(allowances).plus(charges);
        checks.add(new TotalCheck("TAX_EXCLUSIVE", d.taxExclusive(), taxExclusive));
        Map<VatRate, DeclaredVat> declared = new TreeMap<>();
        Map<VatRate, Money> declaredBases = new TreeMap<>();
        Map<VatRate, Money> declaredVats = new TreeMap<>();
        for (DeclaredVat v : invoice.declaredVat()) {
            declared.put(v.rate(), v);
            declaredBases.merge(v.rate(), v.base(), Money::plus);
            declaredVats.merge(v.rate(), v.vat(), Money::plus);
        }
        TreeMap<VatRate, Boolean> rates = new TreeMap<>();
        bases.keySet().forEach(r -> rates.put(r, true));
        declared.keySet().forEach(r -> rates.put(r, true));
        Money vat = Money.zero();
        for (VatRate rate : rates.keySet()) {
            Money base = bases.getOrDefault(rate, Money.zero());
            Money rateVat = rate.vatOn(base);
            vat = vat.plus(rateVat);
            String percent = rate.percent().toPlainString();
            checks.add(new TotalCheck("VAT_BASE " + percent, declaredBases.getOrDefault(rate, Money.zero()), base));
            checks.add(new TotalCheck("VAT " + percent, declaredVats.getOrDefault(rate, Money.zero()), rateVat));
        }
        checks.add(new TotalCheck("VAT_TOTAL", d.vat(), vat));
        Money taxInclusive = taxExclusive.plus(vat);
        checks.add(new TotalCheck("TAX_INCLUSIVE", d.taxInclusive(), taxInclusive));
        checks.add(new TotalCheck("PAYABLE", d.payable(), taxInclusive.minus(d.prepaid()).plus(d.rounding())));
        return checks;
    }

    private static String signed(Money m) {
        return (m.isNegative() ? "" : "+") + m.amount().toPlainString();
    }
}
