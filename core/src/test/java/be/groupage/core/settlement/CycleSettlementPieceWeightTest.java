package be.groupage.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.catalogue.Supplier;
import be.groupage.core.costsplit.SharedCost;
import be.groupage.core.costsplit.SplitRule;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import be.groupage.core.pooling.AllocationStrategy;
import be.groupage.core.pooling.CaseRounding;
import be.groupage.core.pooling.CyclePooling;
import be.groupage.core.pooling.MemberLine;
import be.groupage.core.pooling.Pooling;
import be.groupage.core.reception.ProductReceipt;
import be.groupage.core.reception.ReceivedLot;
import be.groupage.core.reception.Reception;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Transport 10.00 at 21% split by weight over A (25 kg of potatoes), B (12 l of milk) and C (18 jars of
 * jam, 0.37 kg a jar in the price list): 25 + 12 + 6.66 = 43.66 kg.
 */
class CycleSettlementPieceWeightTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
    private static final VatRate SIX = VatRate.ofPercent("6");
    private static final Product POTATOES = Product.builder("POT", "Pommes de terre", Unit.KGM, new BigDecimal("25"), Money.euros("0.85"), SIX).build();
    private static final Product MILK = Product.builder("MILK", "Lait 1 l", Unit.LTR, new BigDecimal("6"), Money.euros("1.15"), SIX).build();
    private static final Product JAM = Product.builder("JAM", "Confiture 370 g", Unit.H87, new BigDecimal("6"), Money.euros("3.10"), SIX)
            .kgPerPiece(new BigDecimal("0.37")).build();
    private static final CatalogueVersion PRICES = CatalogueVersion.of(Supplier.of("COOP", "Coopérative"), 1, NINE, List.of(POTATOES, MILK, JAM));

    private static CycleSettlement.Builder settlement() {
        Reception reception = Reception.record(7, LocalDate.of(2026, 3, 3),
                Pooling.of(CaseRounding.ROUND_UP, AllocationStrategy.PROPORTIONAL).pool(
                        List.of(CyclePooling.poolProduct(POTATOES), CyclePooling.poolProduct(MILK), CyclePooling.poolProduct(JAM)), List.of(
                                MemberLine.of("POT", "A", NINE, new BigDecimal("25")),
                                MemberLine.of("MILK", "B", NINE, new BigDecimal("12")),
                                MemberLine.of("JAM", "C", NINE, new BigDecimal("18")))).pools(),
                List.of(ProductReceipt.byQuantity("POT", List.of(ReceivedLot.undated("P-1", Quantity.of(25, Unit.KGM)))),
                        ProductReceipt.byQuantity("MILK", List.of(ReceivedLot.undated("M-1", Quantity.of(12, Unit.LTR)))),
                        ProductReceipt.byQuantity("JAM", List.of(ReceivedLot.undated("J-1", Quantity.of(18, Unit.H87))))));
        return CycleSettlement.of(reception, PRICES, List.of(
                        SettlementMember.of("A", "Namur"), SettlementMember.of("B", "Namur"), SettlementMember.of("C", "Dinant")))
                .costs(List.of(SharedCost.of("Transport", Money.euros("10.00"), VatRate.ofPercent("21"), SplitRule.BY_WEIGHT)));
    }

    @Test
    void pieces_weigh_what_the_price_list_says_in_a_split_by_weight() {
        CycleSettlement s = settlement().settle();

        assertThat(s.participants()).extracting(p -> p.memberCode() + " " + p.weightKg().stripTrailingZeros().toPlainString())
                .containsExactly("A 25", "B 12", "C 6.66");
        // In cents: 1000 × 25/43.66 = 572.61, × 12/43.66 = 274.85, × 6.66/43.66 = 152.54; floors 572 + 274 + 152 = 998;
        // the two cents left go to the largest remainders, B (0.85) then A (0.61).
        assertThat(s.costSplit().byLabel().get("Transport")).containsExactlyEntriesOf(
                new TreeMap<>(Map.of("A", Money.euros("5.73"), "B", Money.euros("2.75"), "C", Money.euros("1.52"))));
    }

    @Test
    void a_weight_given_to_the_builder_replaces_the_price_lists() {
        CycleSettlement s = settlement().pieceWeightsKg(Map.of("JAM", new BigDecimal("0.5"))).settle();

        // 25 + 12 + 9 = 46 kg: 543.48, 260.87, 195.65 cents; floors 998; the two cents go to B (0.87) then C (0.65).
        assertThat(s.costSplit().byLabel().get("Transport")).containsExactlyEntriesOf(
                new TreeMap<>(Map.of("A", Money.euros("5.43"), "B", Money.euros("2.61"), "C", Money.euros("1.96"))));
    }
}
