package be.groupage.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.catalogue.Supplier;
import be.groupage.core.costsplit.Participant;
import be.groupage.core.costsplit.SharedCost;
import be.groupage.core.costsplit.SplitRule;
import be.groupage.core.costsplit.Subsidy;
import be.groupage.core.invoicing.InvoiceDraft;
import be.groupage.core.invoicing.InvoiceLine;
import be.groupage.core.invoicing.InvoiceTotals;
import be.groupage.core.invoicing.LineKind;
import be.groupage.core.money.Money;
import be.groupage.core.money.VatRate;
import be.groupage.core.pooling.ProductPool;
import be.groupage.core.reception.GeneratedCycles;
import be.groupage.core.reception.NetWeight;
import be.groupage.core.reception.ReceivedLine;
import be.groupage.core.reception.Reception;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Settling generated cycles: the invoices account for every cent of delivered goods, shared costs and subsidies. */
class SettlementPropertiesTest {

    private static final List<String> POINTS = List.of("Namur", "Dinant", "Ciney");

    record Case(GeneratedCycles.Generated cycle, List<Long> priceTenThousandths, List<Boolean> highRate, List<SharedCost> costs,
                List<Subsidy> subsidies) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<VatRate> rate = Arbitraries.of("6", "21").map(VatRate::ofPercent);
        Arbitrary<List<SharedCost>> costs = Combinators.combine(Arbitraries.longs().between(0, 50_000), rate, Arbitraries.of(SplitRule.class))
                .as((cents, r, rule) -> new Object[] {cents, r, rule}).list().ofMaxSize(3).map(list -> {
                    List<SharedCost> named = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        named.add(SharedCost.of("Cost " + i, Money.ofCents((Long) list.get(i)[0]), (VatRate) list.get(i)[1], (SplitRule) list.get(i)[2]));
                    }
                    return named;
                });
        Arbitrary<List<Subsidy>> subsidies = Combinators.combine(
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("45")).ofScale(1),
                        Arbitraries.longs().between(0, 5_000).map(Money::ofCents).optional())
                .as((pct, cap) -> new Object[] {pct, cap}).list().ofMaxSize(2).map(list -> {
                    List<Subsidy> named = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        @SuppressWarnings("unchecked")
                        Optional<Money> cap = (Optional<Money>) list.get(i)[1];
                        named.add(new Subsidy("Subsidy " + i, (BigDecimal) list.get(i)[0], cap));
                    }
                    return named;
                });
        return Combinators.combine(GeneratedCycles.cycles(), Arbitraries.longs().between(0, 300_000).list().ofSize(5),
                Arbitraries.of(true, false).list().ofSize(5), costs, subsidies).as(Case::new);
    }

    @Property(tries = 1500)
    void invoices_total_the_delivered_value_plus_shared_costs_minus_subsidies_to_the_cent(@ForAll("cases") Case c) {
        Reception reception = c.cycle().receive(9);
        CatalogueVersion prices = catalogue(c);
        List<SettlementMember> members = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            members.add(SettlementMember.of(GeneratedCycles.member(m), POINTS.get(m % 3), m % 2 == 0 ? "PO-" + m : null));
        }
        long delivered = 0;
        Map<String, Long> valuePerMember = new TreeMap<>();
        for (ReceivedLine line : reception.lines()) {
            BigDecimal price = prices.product(line.productCode()).orElseThrow().price().amount();
            long cents = line.deliveredAmount().multiply(price).setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
            delivered += cents;
            valuePerMember.merge(line.memberCode(), cents, Long::sum);
        }
        long costs = c.costs().stream().mapToLong(k -> k.amount().cents()).sum();
        CycleSettlement s;
        try {
            s = CycleSettlement.of(reception, prices, members).costs(c.costs()).subsidies(c.subsidies()).settle();
        } catch (IllegalArgumentException nobodyToBearTheCost) {
            Assume.that(false);
            return;
        }
        long subsidies = 0;
        for (Participant p : s.participants()) {
            if (p.receivedGoods()) {
                for (Subsidy subsidy : c.subsidies()) {
                    subsidies += subsidy.amountFor(Money.ofCents(valuePerMember.get(p.memberCode()))).cents();
                }
            }
        }

        long net = 0;
        long afterSubsidies = 0;
        for (InvoiceDraft draft : s.drafts()) {
            InvoiceTotals totals = draft.compute().totals();
            net += totals.net().cents();
            afterSubsidies += totals.netAfterSubsidies().cents();
            int m = Integer.parseInt(draft.memberCode().substring(1));
            assertThat(draft.orderReference()).isEqualTo(m % 2 == 0 ? Optional.of("PO-" + m) : Optional.empty());
            for (InvoiceLine line : draft.lines()) {
                if (line.kind() == LineKind.GOODS) {
                    ReceivedLine received = reception.line(draft.memberCode(), line.code()).orElseThrow();
                    assertThat(line.quantity()).isEqualTo(received.delivered());
                    assertThat(line.weighed()).isEqualTo(received.weighed());
                }
            }
        }
        assertThat(s.deliveredValue().cents()).isEqualTo(delivered);
        assertThat(net).isEqualTo(delivered + costs);
        assertThat(afterSubsidies).isEqualTo(delivered + costs - subsidies);
        assertThat(s.drafts()).extracting(InvoiceDraft::memberCode).doesNotHaveDuplicates();
    }

    @Property(tries = 500)
    void participants_weigh_what_net_weight_counts_and_goods_lines_are_priced_per_line(@ForAll("cases") Case c,
                                                                                      @ForAll("pieceWeights") BigDecimal kgPerPiece) {
        Reception reception = c.cycle().receive(9);
        CatalogueVersion prices = catalogue(c);
        List<SettlementMember> members = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            members.add(SettlementMember.of(GeneratedCycles.member(m), POINTS.get(m % 3)));
        }
        Map<String, BigDecimal> pieceWeights = new TreeMap<>();
        for (int p = 0; p < c.cycle().pools().size(); p += 2) {
            pieceWeights.put(c.cycle().pools().get(p).productCode(), kgPerPiece);
        }
        Map<String, BigDecimal> kgPerMember = new TreeMap<>();
        for (ReceivedLine line : reception.lines()) {
            BigDecimal kg = kgPerMember.getOrDefault(line.memberCode(), BigDecimal.ZERO);
            if (line.isDelivered()) {
                // The weight given to the builder wins over the price list's; the price list's is the default.
                Optional<BigDecimal> pieceKg = Optional.ofNullable(pieceWeights.get(line.productCode()))
                        .or(() -> prices.product(line.productCode()).orElseThrow().kgPerPiece());
                BigDecimal w = NetWeight.kilograms(line.delivered(), pieceKg);
                if (w.signum() != 0) {
                    kg = kg.add(w);
                }
            }
            kgPerMember.put(line.memberCode(), kg);
        }

        CycleSettlement s = CycleSettlement.of(reception, prices, members).pieceWeightsKg(pieceWeights).settle();

        assertThat(s.participants()).hasSize(kgPerMember.size());
        for (Participant p : s.participants()) {
            // equals, not compareTo: the same scale as a BigDecimal sum of the NetWeight values
            assertThat(p.weightKg()).isEqualTo(kgPerMember.get(p.memberCode()));
        }
        for (InvoiceDraft draft : s.drafts()) {
            for (InvoiceLine line : draft.lines()) {
                ReceivedLine received = reception.line(draft.memberCode(), line.code()).orElseThrow();
                Product product = prices.product(line.code()).orElseThrow();
                assertThat(line).isEqualTo(InvoiceLine.goods(product.code(), product.name(), received.delivered(), product.price(),
                        product.vatRate(), received.weighed()));
                assertThat(line.netCents()).isEqualTo(received.deliveredAmount().multiply(product.price().amount())
                        .setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact());
            }
        }
    }

    @Provide
    Arbitrary<BigDecimal> pieceWeights() {
        return Arbitraries.of(new BigDecimal("0.25"), new BigDecimal("1"), new BigDecimal("0.0375"), new BigDecimal("1E+1"), BigDecimal.ZERO);
    }

    /**
     * The cycle's price list; the first two products, when counted, give a weight per piece in the
     * catalogue (the first is also given one to the builder at even indices, the second is not).
     */
    private static CatalogueVersion catalogue(Case c) {
        List<Product> products = new ArrayList<>();
        for (int p = 0; p < c.cycle().pools().size(); p++) {
            ProductPool pool = c.cycle().pools().get(p);
            boolean counted = !pool.product().unit().fractional();
            products.add(Product.builder(pool.productCode(), "Product " + p, pool.product().unit(), pool.product().caseSize(),
                            Money.euros(BigDecimal.valueOf(c.priceTenThousandths().get(p), 4)),
                            VatRate.ofPercent(c.highRate().get(p) ? "21" : "6"))
                    .variableWeight(c.cycle().specs().get(p).weighed())
                    .kgPerPiece(counted && p < 2 ? Optional.of(new BigDecimal(p == 0 ? "0.5" : "0.37")) : Optional.empty())
                    .build());
        }
        return CatalogueVersion.of(Supplier.of("COOP", "Coopérative"), 1, Instant.parse("2026-03-01T00:00:00Z"), products);
    }
}
