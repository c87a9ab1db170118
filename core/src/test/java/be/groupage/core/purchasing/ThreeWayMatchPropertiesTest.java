package be.groupage.core.purchasing;

import be.groupage.core.catalogue.Product;
import be.groupage.core.money.Money;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThreeWayMatchPropertiesTest {

    @Provide
    Arbitrary<List<OrderedProduct>> cycles() {
        Arbitrary<VatRate> rate = Arbitraries.of("0", "6", "12", "21").map(VatRate::ofPercent);
        Arbitrary<OrderedProduct> weighed = Combinators.combine(Arbitraries.longs().between(1, 9_999), rate,
                        Arbitraries.integers().between(1, 40), Arbitraries.longs().between(0, 60_000))
                .as((cents, r, cases, grams) -> new OrderedProduct(Product.builder("W", "weighed", Unit.KGM, new BigDecimal("5"),
                        Money.ofCents(cents), r).variableWeight(true).build(), BigDecimal.valueOf(5L * cases), BigDecimal.valueOf(grams, 3)));
        Arbitrary<OrderedProduct> counted = Combinators.combine(Arbitraries.longs().between(1, 99_999), rate,
                        Arbitraries.integers().between(1, 40), Arbitraries.integers().between(0, 100))
                .as((tenthsOfCents, r, cases, percent) -> {
                    long ordered = 6L * cases;
                    return new OrderedProduct(Product.builder("C", "counted", Unit.H87, new BigDecimal("6"),
                            Money.euros(BigDecimal.valueOf(tenthsOfCents, 3)), r).build(), BigDecimal.valueOf(ordered),
                            BigDecimal.valueOf(ordered * percent / 100));
                });
        return Arbitraries.oneOf(weighed, counted).list().ofMinSize(1).ofMaxSize(30).map(ThreeWayMatchPropertiesTest::coded)
                .filter(ps -> ps.stream().anyMatch(p -> p.received().signum() > 0));
    }

    private static List<OrderedProduct> coded(List<OrderedProduct> products) {
        List<OrderedProduct> coded = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            OrderedProduct p = products.get(i);
            Product product = p.product().toBuilder().build();
            coded.add(new OrderedProduct(Product.builder(product.code() + "-" + i, product.name(), product.unit(), product.caseSize().amount(),
                    product.price(), product.vatRate()).variableWeight(product.variableWeight()).build(), p.ordered(), p.received()));
        }
        return coded;
    }

    @Property(tries = 500)
    void anInvoiceOfWhatWasReceivedAtTheCataloguePricesAlwaysMatches(@ForAll("cycles") List<OrderedProduct> cycle) {
        MatchReport report = ThreeWayMatch.of(cycle).check(Invoices.fromReception(cycle));

        assertThat(report.matches()).isTrue();
        assertThat(report.differenceWithReception()).isEqualTo(Money.zero());
        assertThat(report.notInvoiced()).allMatch(n -> n.received().signum() == 0);
    }

    @Property(tries = 500)
    void aChangedPriceIsTheOneFindingOfItsLineAndStatesTheExactEffect(@ForAll("cycles") List<OrderedProduct> cycle,
                                                                        @ForAll @IntRange(min = -50, max = 50) int deltaCents,
                                                                        @ForAll @IntRange(min = 0, max = 29) int which) {
        SupplierInvoice exact = Invoices.fromReception(cycle);
        int index = which % exact.lines().size();
        SupplierInvoiceLine original = exact.lines().get(index);
        BigDecimal price = original.price().add(BigDecimal.valueOf(deltaCents, 2));
        if (deltaCents == 0 || price.signum() < 0) {
            return;
        }
        Product product = cycle.stream().map(OrderedProduct::product).filter(p -> p.code().equals(original.sellerItemId().orElseThrow()))
                .findFirst().orElseThrow();
        List<SupplierInvoiceLine> lines = new ArrayList<>(exact.lines());
        lines.set(index, Invoices.line(index + 1, product, original.quantity(), price));

        MatchReport report = ThreeWayMatch.of(cycle).check(Invoices.invoice(lines));

        LineMatch changed = report.lines().get(index);
        assertThat(changed.findings()).extracting(Finding::kind).containsExactly(FindingKind.PRICE_DIFFERS);
        Money effect = Money.euros(price.multiply(original.quantity())).rounded().minus(original.lineNet());
        assertThat(changed.findings().get(0).amount()).contains(effect);
        assertThat(changed.findings().get(0).difference()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo(BigDecimal.valueOf(deltaCents, 2)));
        assertThat(report.lines()).filteredOn(l -> l != changed).allMatch(LineMatch::matches);
        assertThat(report.totals()).allMatch(TotalCheck::matches);
    }

    @Property(tries = 300)
    void totalChecksAlwaysStateDeclaredMinusComputed(@ForAll("cycles") List<OrderedProduct> cycle, @ForAll @IntRange(min = -500, max = 500) int offCents) {
        SupplierInvoice exact = Invoices.fromReception(cycle);
        DeclaredTotals t = exact.totals();
        Money off = Money.ofCents(offCents);
        DeclaredTotals wrong = new DeclaredTotals(t.lineNets(), t.allowances(), t.charges(), t.taxExclusive(), t.vat(), t.taxInclusive(),
                t.prepaid(), t.rounding(), t.payable().plus(off));

        MatchReport report = ThreeWayMatch.of(cycle).check(Invoices.invoice(exact.lines(), exact.declaredVat(), wrong));

        TotalCheck payable = report.totals().stream().filter(c -> c.name().equals("PAYABLE")).findFirst().orElseThrow();
        assertThat(payable.difference()).isEqualTo(off);
        assertThat(report.matches()).isEqualTo(offCents == 0);
    }
}
