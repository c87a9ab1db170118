package be.groupage.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Label;
import be.groupage.core.catalogue.Product;
import be.groupage.core.catalogue.Supplier;
import be.groupage.core.costsplit.SharedCost;
import be.groupage.core.costsplit.SplitRule;
import be.groupage.core.costsplit.Subsidy;
import be.groupage.core.invoicing.InvoiceDraft;
import be.groupage.core.invoicing.InvoiceTotals;
import be.groupage.core.invoicing.LineKind;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import be.groupage.core.pooling.AllocationStrategy;
import be.groupage.core.pooling.CaseRounding;
import be.groupage.core.pooling.CyclePooling;
import be.groupage.core.pooling.MemberLine;
import be.groupage.core.pooling.Pooling;
import be.groupage.core.pooling.ProductPool;
import be.groupage.core.reception.ProductReceipt;
import be.groupage.core.reception.ReceivedLot;
import be.groupage.core.reception.Reception;
import be.groupage.core.reception.Weighing;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A worked example: jam (3.10 a jar, 6%) ROUND_UP for A 3, B 3, C 5; carrots (1.80 a kg, 6%, weighed)
 * for A 6 kg and B 4 kg; soap (2.15, 21%, cases of 12) for D 2, rounded down to nothing. Transport
 * 12.00 at 21% split by weight (a jar weighs 0.37 kg), and the province pays 10% of the goods.
 */
class CycleSettlementTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
    private static final VatRate SIX = VatRate.ofPercent("6");
    private static final VatRate TWENTY_ONE = VatRate.ofPercent("21");
    private static final Product JAM = Product.builder("JAM", "Confiture de fraises 370 g", Unit.H87, BigDecimal.valueOf(6), Money.euros("3.10"), SIX)
            .producer("Confiturerie d'Andenne").label(Label.ORGANIC).build();
    private static final Product CARROTS = Product.builder("CAR", "Carottes", Unit.KGM, BigDecimal.TEN, Money.euros("1.80"), SIX)
            .variableWeight(true).build();
    private static final Product SOAP = Product.builder("SOAP", "Savon de Marseille", Unit.H87, BigDecimal.valueOf(12), Money.euros("2.15"), TWENTY_ONE)
            .build();
    private static final CatalogueVersion PRICES = CatalogueVersion.of(Supplier.of("COOP", "Coopérative"), 1, NINE, List.of(JAM, CARROTS, SOAP));

    private static Reception reception() {
        List<ProductPool> pools = new ArrayList<>();
        pools.addAll(Pooling.of(CaseRounding.ROUND_UP, AllocationStrategy.PROPORTIONAL).pool(List.of(CyclePooling.poolProduct(JAM)), List.of(
                MemberLine.of("JAM", "A", NINE, new BigDecimal("3")),
                MemberLine.of("JAM", "B", NINE.plusSeconds(60), new BigDecimal("3")),
                MemberLine.of("JAM", "C", NINE.plusSeconds(120), new BigDecimal("5")))).pools());
        pools.addAll(Pooling.of(CaseRounding.ROUND_DOWN, AllocationStrategy.PROPORTIONAL).pool(
                List.of(CyclePooling.poolProduct(CARROTS), CyclePooling.poolProduct(SOAP)), List.of(
                        MemberLine.of("CAR", "A", NINE, new BigDecimal("6")),
                        MemberLine.of("CAR", "B", NINE, new BigDecimal("4")),
                        MemberLine.of("SOAP", "D", NINE, new BigDecimal("2")))).pools());
        return Reception.record(7, LocalDate.of(2026, 3, 3), pools, List.of(
                ProductReceipt.byQuantity("JAM", List.of(ReceivedLot.undated("J-1", Quantity.of(12, Unit.H87)))),
                ProductReceipt.byWeighing("CAR", List.of(ReceivedLot.undated("C-1", Quantity.of("10.5", Unit.KGM))),
                        List.of(Weighing.of("A", "C-1", "6.35"), Weighing.of("B", "C-1", "4")))));
    }

    private static CycleSettlement settle() {
        return CycleSettlement.of(reception(), PRICES, List.of(
                        SettlementMember.of("A", "Namur", "PO-2026-17"),
                        SettlementMember.of("B", "Namur"),
                        SettlementMember.of("C", "Dinant", "BC-3"),
                        SettlementMember.of("D", "Dinant", "BC-9")))
                .costs(List.of(SharedCost.of("Transport", Money.euros("12.00"), TWENTY_ONE, SplitRule.BY_WEIGHT)))
                .subsidies(List.of(Subsidy.uncapped("Province", BigDecimal.TEN)))
                .pieceWeightsKg(Map.of("JAM", new BigDecimal("0.37")))
                .settle();
    }

    @Test
    void goods_lines_are_delivered_quantities_at_cycle_prices_and_weighed_lines_are_marked() {
        InvoiceDraft a = settle().draftOf("A").orElseThrow();

        assertThat(a.orderReference()).contains("PO-2026-17");
        assertThat(a.lines()).extracting(l -> l.kind() + " " + l.code() + " " + l.quantity() + " = " + l.net().amount() + (l.weighed() ? " weighed" : ""))
                .containsExactly(
                        "GOODS CAR 6.35 KGM = 11.43 weighed",
                        "GOODS JAM 3 H87 = 9.30",
                        "COST_SHARE Transport 1 C62 = 6.21",
                        "SUBSIDY Province 1 C62 = -2.07");
        assertThat(a.lines().get(0).description()).isEqualTo("Carottes");
    }

    @Test
    void participants_carry_delivered_value_weight_and_delivery_point() {
        CycleSettlement s = settle();

        // A: 11.43 + 9.30; weight 6.35 kg of carrots + 3 jars × 0.37 kg. D received nothing.
        assertThat(s.participants()).extracting(p -> p.memberCode() + " " + p.deliveryPoint() + " " + p.goodsValue().amount()
                        + " " + p.weightKg().stripTrailingZeros().toPlainString())
                .containsExactly("A Namur 20.73 7.46", "B Namur 16.50 5.11", "C Dinant 15.50 1.85", "D Dinant 0.00 0");
        assertThat(s.costSplit().excludedMembers()).containsExactly("D");
        assertThat(s.deliveredValue()).isEqualTo(Money.euros("52.73"));
    }

    @Test
    void transport_by_weight_is_split_to_the_cent_and_every_cent_is_accounted_for() {
        CycleSettlement s = settle();

        // 12.00 × 7.46/14.42 = 6.208, × 5.11/14.42 = 4.252, × 1.85/14.42 = 1.539: floors 6.20 + 4.25 + 1.53 = 11.98;
        // the two cents left go to the largest remainders, C (0.95) then A (0.80).
        assertThat(s.costSplit().byLabel().get("Transport")).containsExactlyEntriesOf(
                new java.util.TreeMap<>(Map.of("A", Money.euros("6.21"), "B", Money.euros("4.25"), "C", Money.euros("1.54"))));
        long net = s.drafts().stream().mapToLong(d -> d.compute().totals().net().cents()).sum();
        long afterSubsidies = s.drafts().stream().mapToLong(d -> d.compute().totals().netAfterSubsidies().cents()).sum();
        assertThat(net).isEqualTo(5273 + 1200);
        assertThat(afterSubsidies).isEqualTo(5273 + 1200 - (207 + 165 + 155));
    }

    @Test
    void the_invoice_totals_follow_the_vat_rule_per_rate_and_the_subsidy_lowers_only_the_amount_payable() {
        InvoiceTotals a = settle().draftOf("A").orElseThrow().compute().totals();

        // 6%: 20.73 → 1.24; 21%: 6.21 → 1.30.
        assertThat(a).isEqualTo(new InvoiceTotals(Money.euros("26.94"), Money.euros("2.54"), Money.euros("29.48"),
                Money.euros("2.07"), Money.euros("27.41")));
    }

    @Test
    void one_draft_per_member_purchase_order_and_none_for_a_member_who_received_nothing() {
        CycleSettlement s = settle();

        assertThat(s.drafts()).extracting(InvoiceDraft::memberCode).containsExactly("A", "B", "C");
        assertThat(s.draftOf("B").orElseThrow().orderReference()).isEmpty();
        assertThat(s.draftOf("C").orElseThrow().lines()).extracting(l -> l.kind()).containsExactly(LineKind.GOODS, LineKind.COST_SHARE,
                LineKind.SUBSIDY);
    }

    @Test
    void a_member_with_a_line_but_no_delivery_point_is_refused() {
        assertThatThrownBy(() -> CycleSettlement.of(reception(), PRICES, List.of(SettlementMember.of("A", "Namur"))).settle())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Member B has a line in cycle 7 but no delivery point was given");
    }
}
