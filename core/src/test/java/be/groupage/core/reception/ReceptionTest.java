package be.groupage.core.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.pooling.AllocationStrategy;
import be.groupage.core.pooling.CaseRounding;
import be.groupage.core.pooling.MemberLine;
import be.groupage.core.pooling.PoolProduct;
import be.groupage.core.pooling.Pooling;
import be.groupage.core.pooling.PoolingResult;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of reception, one per rule. Jam in cases of 6 jars: A orders 3, B 3, C 5, in that
 * order; pooled ROUND_UP that is 2 cases (12 jars), allocated 3, 3, 5 with 1 jar of platform stock.
 * Distribution on Tuesday 3 March 2026.
 */
class ReceptionTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);
    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");
    private static final PoolProduct JAM = PoolProduct.of("JAM", Unit.H87, 6, 1);
    private static final List<MemberLine> JAM_LINES = List.of(
            MemberLine.of("JAM", "C", NINE.plusSeconds(120), new BigDecimal("5")),
            MemberLine.of("JAM", "A", NINE, new BigDecimal("3")),
            MemberLine.of("JAM", "B", NINE.plusSeconds(60), new BigDecimal("3")));

    private static PoolingResult jam(AllocationStrategy strategy) {
        return Pooling.of(CaseRounding.ROUND_UP, strategy).pool(List.of(JAM), JAM_LINES);
    }

    private static Quantity jars(long n) {
        return Quantity.of(n, Unit.H87);
    }

    private static ReceivedLot lot(String number, long jars, ExpiryDate expiry) {
        return ReceivedLot.of(number, jars(jars), expiry);
    }

    private static Quantity delivered(Reception r, String member) {
        return r.line(member, "JAM").orElseThrow().delivered();
    }

    @Test
    void full_delivery_gives_every_line_its_allocation_and_the_surplus_jar_to_the_platform() {
        Reception r = Reception.record(7, TUESDAY, jam(AllocationStrategy.PROPORTIONAL),
                List.of(ProductReceipt.byQuantity("JAM", List.of(lot("L1", 12, ExpiryDate.bestBefore(LocalDate.of(2027, 1, 1)))))));

        ReceivedLine c = r.line("C", "JAM").orElseThrow();
        assertThat(c.ordered()).isEqualTo(jars(5));
        assertThat(c.allocated()).isEqualTo(jars(5));
        assertThat(c.delivered()).isEqualTo(jars(5));
        assertThat(c.weighed()).isFalse();
        assertThat(c.lots()).containsExactly(LotPortion.of("L1", jars(5)));
        assertThat(r.platformStock()).containsExactly(new StockPortion("JAM", "L1", jars(1)));
        assertThat(r.notices()).isEmpty();
    }

    @Test
    void a_short_delivery_takes_the_platform_stock_first_so_members_still_get_everything() {
        Reception r = Reception.record(7, TUESDAY, jam(AllocationStrategy.PROPORTIONAL),
                List.of(ProductReceipt.byQuantity("JAM", List.of(ReceivedLot.undated("L1", jars(11))))));

        assertThat(List.of(delivered(r, "A"), delivered(r, "B"), delivered(r, "C"))).containsExactly(jars(3), jars(3), jars(5));
        assertThat(r.platformStock()).isEmpty();
        assertThat(r.notices()).isEmpty();
    }

    @Test
    void a_missing_case_is_shared_in_proportion_to_the_allocations_by_largest_remainder() {
        Reception r = Reception.record(7, TUESDAY, jam(AllocationStrategy.PROPORTIONAL),
                List.of(ProductReceipt.byQuantity("JAM", List.of(ReceivedLot.undated("L1", jars(6))))));

        // 6 jars for allocations 3, 3, 5 (11): exact shares 1.64, 1.64, 2.73 → floors 1, 1, 2; two jars
        // left: C (remainder 0.73), then A and B tie at 0.64 and A ordered first.
        assertThat(delivered(r, "A")).isEqualTo(jars(2));
        assertThat(delivered(r, "B")).isEqualTo(jars(1));
        assertThat(delivered(r, "C")).isEqualTo(jars(3));
        assertThat(r.line("B", "JAM").orElseThrow().missing()).isEqualTo(jars(2));
        assertThat(r.line("B", "JAM").orElseThrow().allocated()).as("the allocation is kept apart").isEqualTo(jars(3));
        assertThat(r.notices()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(ReceptionNotice.Kind.SHORT_DELIVERY);
            assertThat(n.message()).isEqualTo("Product JAM: 11 H87 allocated, 6 H87 distributable; the shortfall of 5 H87 is shared"
                    + " in proportion to the allocations");
        });
    }

    @Test
    void a_missing_case_is_served_first_come_first_served_when_that_is_the_pools_strategy() {
        Reception r = Reception.record(7, TUESDAY, jam(AllocationStrategy.FIRST_COME),
                List.of(ProductReceipt.byQuantity("JAM", List.of(ReceivedLot.undated("L1", jars(6))))));

        assertThat(List.of(delivered(r, "A"), delivered(r, "B"), delivered(r, "C"))).containsExactly(jars(3), jars(3), jars(0));
        assertThat(r.line("C", "JAM").orElseThrow().lots()).isEmpty();
    }

    @Test
    void more_delivered_than_ordered_never_gives_a_member_more_than_its_allocation() {
        Reception r = Reception.record(7, TUESDAY, jam(AllocationStrategy.PROPORTIONAL),
                List.of(ProductReceipt.byQuantity("JAM", List.of(ReceivedLot.undated("L1", jars(18))))));

        assertThat(List.of(delivered(r, "A"), delivered(r, "B"), delivered(r, "C"))).containsExactly(jars(3), jars(3), jars(5));
        assertThat(r.platformStock()).containsExactly(new StockPortion("JAM", "L1", jars(7)));
    }

    @Test
    void a_lot_past_its_use_by_date_is_withheld_with_its_reason_and_the_rest_is_shared_as_missing() {
        Reception r = Reception.record(7, TUESDAY, jam(AllocationStrategy.PROPORTIONAL), List.of(ProductReceipt.byQuantity("JAM", List.of(
                lot("FRESH", 6, ExpiryDate.useBy(LocalDate.of(2026, 3, 10))),
                lot("OLD", 6, ExpiryDate.useBy(LocalDate.of(2026, 3, 2)))))));

        assertThat(r.withheldLots()).containsExactly(new WithheldLot("JAM", "OLD", jars(6),
                "Use-by date 2026-03-02 is before the distribution date 2026-03-03"));
        assertThat(List.of(delivered(r, "A"), delivered(r, "B"), delivered(r, "C"))).containsExactly(jars(2), jars(1), jars(3));
        assertThat(r.recipientsOf("OLD")).as("nobody receives a withheld lot").isEmpty();
        assertThat(r.notices()).extracting(ReceptionNotice::kind)
                .containsExactly(ReceptionNotice.Kind.USE_BY_PASSED, ReceptionNotice.Kind.SHORT_DELIVERY);
    }

    @Test
    void a_lot_may_be_distributed_on_its_use_by_day() {
        Reception r = Reception.record(7, TUESDAY, jam(AllocationStrategy.PROPORTIONAL),
                List.of(ProductReceipt.byQuantity("JAM", List.of(lot("L1", 12, ExpiryDate.useBy(TUESDAY))))));

        assertThat(r.withheldLots()).isEmpty();
        assertThat(delivered(r, "C")).isEqualTo(jars(5));
    }

    @Test
    void a_lot_past_its_best_before_date_is_distributed_with_a_notice() {
        Reception r = Reception.record(7, TUESDAY, jam(AllocationStrategy.PROPORTIONAL),
                List.of(ProductReceipt.byQuantity("JAM", List.of(lot("L1", 12, ExpiryDate.bestBefore(LocalDate.of(2026, 2, 28)))))));

        assertThat(r.withheldLots()).isEmpty();
        assertThat(delivered(r, "C")).isEqualTo(jars(5));
        assertThat(r.notices()).singleElement().extracting(ReceptionNotice::kind).isEqualTo(ReceptionNotice.Kind.BEST_BEFORE_PASSED);
    }

    @Test
    void lines_are_served_from_the_earliest_dated_lot_first_and_a_line_may_span_two_lots() {
        Reception r = Reception.record(7, TUESDAY, jam(AllocationStrategy.PROPORTIONAL), List.of(ProductReceipt.byQuantity("JAM", List.of(
                lot("LATE", 8, ExpiryDate.useBy(LocalDate.of(2026, 3, 20))),
                lot("SOON", 4, ExpiryDate.useBy(LocalDate.of(2026, 3, 6)))))));

        assertThat(r.line("A", "JAM").orElseThrow().lots()).containsExactly(LotPortion.of("SOON", jars(3)));
        assertThat(r.line("B", "JAM").orElseThrow().lots()).containsExactly(LotPortion.of("SOON", jars(1)), LotPortion.of("LATE", jars(2)));
        assertThat(r.line("C", "JAM").orElseThrow().lots()).containsExactly(LotPortion.of("LATE", jars(5)));
        assertThat(r.platformStock()).containsExactly(new StockPortion("JAM", "LATE", jars(1)));
    }

    @Test
    void recall_names_every_member_who_received_the_lot_with_product_quantity_and_cycle() {
        Reception r = Reception.record(7, TUESDAY, jam(AllocationStrategy.PROPORTIONAL), List.of(ProductReceipt.byQuantity("JAM", List.of(
                lot("LATE", 8, ExpiryDate.useBy(LocalDate.of(2026, 3, 20))),
                lot("SOON", 4, ExpiryDate.useBy(LocalDate.of(2026, 3, 6)))))));

        assertThat(r.recipientsOf("SOON")).containsExactly(
                new LotRecipient("A", "JAM", "SOON", jars(3), 7, TUESDAY),
                new LotRecipient("B", "JAM", "SOON", jars(1), 7, TUESDAY));
        assertThat(r.recipientsOf("JAM", "LATE")).extracting(LotRecipient::memberCode).containsExactly("B", "C");
        assertThat(r.recipientsOf("OTHER", "LATE")).isEmpty();
    }

    @Test
    void recall_across_cycles_lists_recipients_by_distribution_date() {
        Reception week1 = Reception.record(7, TUESDAY, jam(AllocationStrategy.PROPORTIONAL),
                List.of(ProductReceipt.byQuantity("JAM", List.of(lot("X", 12, ExpiryDate.bestBefore(LocalDate.of(2027, 1, 1)))))));
        Reception week2 = Reception.record(8, TUESDAY.plusDays(7), jam(AllocationStrategy.FIRST_COME),
                List.of(ProductReceipt.byQuantity("JAM", List.of(lot("X", 6, ExpiryDate.bestBefore(LocalDate.of(2027, 1, 1)))))));

        assertThat(LotRecall.recipientsOf(List.of(week2, week1), "JAM", "X"))
                .extracting(rc -> rc.cycleId() + " " + rc.memberCode() + " " + rc.quantity())
                .containsExactly("7 A 3 H87", "7 B 3 H87", "7 C 5 H87", "8 A 3 H87", "8 B 3 H87");
    }

    @Test
    void variable_weight_goods_are_delivered_as_weighed_per_member_line() {
        PoolProduct carrots = PoolProduct.of("CAR", Unit.KGM, 10, 1);
        PoolingResult pooled = Pooling.of(CaseRounding.ROUND_DOWN, AllocationStrategy.PROPORTIONAL).pool(List.of(carrots), List.of(
                MemberLine.of("CAR", "A", NINE, new BigDecimal("6")),
                MemberLine.of("CAR", "B", NINE, new BigDecimal("4"))));
        Reception r = Reception.record(7, TUESDAY, pooled, List.of(ProductReceipt.byWeighing("CAR",
                List.of(ReceivedLot.undated("C-12", Quantity.of("10.5", Unit.KGM))),
                List.of(Weighing.of("A", "C-12", "6.35"), Weighing.of("B", "C-12", "3.9")))));

        ReceivedLine a = r.line("A", "CAR").orElseThrow();
        assertThat(a.ordered()).isEqualTo(Quantity.of("6", Unit.KGM));
        assertThat(a.allocated()).isEqualTo(Quantity.of("6", Unit.KGM));
        assertThat(a.delivered()).isEqualTo(Quantity.of("6.35", Unit.KGM));
        assertThat(a.weighed()).isTrue();
        assertThat(a.deliveredGrains()).isEqualTo(6_350);
        assertThat(r.line("B", "CAR").orElseThrow().deliveredGrains()).isEqualTo(3_900);
        assertThat(r.platformStock()).containsExactly(new StockPortion("CAR", "C-12", Quantity.of("0.25", Unit.KGM)));
        assertThat(r.recipientsOf("C-12")).extracting(LotRecipient::memberCode).containsExactly("A", "B");
    }

    @Test
    void a_member_weighed_several_times_from_two_lots_gets_the_sum_with_each_lot_recorded() {
        PoolProduct carrots = PoolProduct.of("CAR", Unit.KGM, 10, 1);
        PoolingResult pooled = Pooling.of(CaseRounding.ROUND_UP, AllocationStrategy.PROPORTIONAL).pool(List.of(carrots), List.of(
                MemberLine.of("CAR", "A", NINE, new BigDecimal("12")),
                MemberLine.of("CAR", "B", NINE, new BigDecimal("4"))));
        Reception r = Reception.record(7, TUESDAY, pooled, List.of(ProductReceipt.byWeighing("CAR",
                List.of(ReceivedLot.of("C-2", Quantity.of("10", Unit.KGM), ExpiryDate.bestBefore(TUESDAY.plusDays(9))),
                        ReceivedLot.of("C-1", Quantity.of("10", Unit.KGM), ExpiryDate.bestBefore(TUESDAY.plusDays(4)))),
                List.of(Weighing.of("A", "C-2", "3.2"), Weighing.of("A", "C-1", "5"), Weighing.of("A", "C-2", "4.15"),
                        Weighing.of("B", "C-1", "4.1")))));

        ReceivedLine a = r.line("A", "CAR").orElseThrow();
        assertThat(a.delivered()).isEqualTo(Quantity.of("12.35", Unit.KGM));
        assertThat(a.lots()).containsExactly(LotPortion.of("C-1", Quantity.of("5", Unit.KGM)), LotPortion.of("C-2", Quantity.of("7.35", Unit.KGM)));
        assertThat(r.line("B", "CAR").orElseThrow().lots()).containsExactly(LotPortion.of("C-1", Quantity.of("4.1", Unit.KGM)));
        assertThat(r.platformStock()).containsExactly(new StockPortion("CAR", "C-1", Quantity.of("0.9", Unit.KGM)),
                new StockPortion("CAR", "C-2", Quantity.of("2.65", Unit.KGM)));
        assertThat(r.recipientsOf("C-2")).extracting(LotRecipient::memberCode).containsExactly("A");
    }

    @Test
    void a_weighing_from_a_withheld_lot_does_not_count_and_a_member_without_a_line_cannot_be_weighed() {
        PoolProduct fish = PoolProduct.of("FISH", Unit.KGM, 2, 1);
        PoolingResult pooled = Pooling.of(CaseRounding.ROUND_UP, AllocationStrategy.PROPORTIONAL).pool(List.of(fish),
                List.of(MemberLine.of("FISH", "A", NINE, new BigDecimal("2"))));
        List<ReceivedLot> lots = List.of(ReceivedLot.of("F-OLD", Quantity.of("2", Unit.KGM), ExpiryDate.useBy(TUESDAY.minusDays(1))));

        Reception r = Reception.record(7, TUESDAY, pooled,
                List.of(ProductReceipt.byWeighing("FISH", lots, List.of(Weighing.of("A", "F-OLD", "2.1")))));
        assertThat(r.line("A", "FISH").orElseThrow().delivered()).isEqualTo(Quantity.of("0", Unit.KGM));
        assertThat(r.notices()).extracting(ReceptionNotice::kind)
                .containsExactly(ReceptionNotice.Kind.USE_BY_PASSED, ReceptionNotice.Kind.WEIGHING_FROM_WITHHELD_LOT);

        assertThatThrownBy(() -> Reception.record(7, TUESDAY, pooled,
                List.of(ProductReceipt.byWeighing("FISH", lots, List.of(Weighing.of("Z", "F-OLD", "1"))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("member Z was weighed but has no line");
    }

    @Test
    void a_product_ordered_but_not_received_is_delivered_to_nobody_with_a_notice() {
        Reception r = Reception.record(7, TUESDAY, jam(AllocationStrategy.PROPORTIONAL), List.of());

        assertThat(r.lines()).extracting(l -> l.delivered().amount().intValue()).containsExactly(0, 0, 0);
        assertThat(r.lines()).extracting(l -> l.allocated().amount().intValue()).containsExactly(3, 3, 5);
        assertThat(r.notices()).singleElement().extracting(ReceptionNotice::kind).isEqualTo(ReceptionNotice.Kind.NOT_RECEIVED);
    }

    @Test
    void receipts_for_products_not_ordered_or_in_another_unit_are_refused() {
        assertThatThrownBy(() -> Reception.record(7, TUESDAY, jam(AllocationStrategy.PROPORTIONAL),
                List.of(ProductReceipt.byQuantity("SOAP", List.of(ReceivedLot.undated("S", jars(1)))))))
                .hasMessage("Product SOAP was not ordered in cycle 7");
        assertThatThrownBy(() -> Reception.record(7, TUESDAY, jam(AllocationStrategy.PROPORTIONAL),
                List.of(ProductReceipt.byQuantity("JAM", List.of(ReceivedLot.undated("L1", Quantity.of("1", Unit.KGM)))))))
                .hasMessage("Product JAM is sold in H87: lot L1 is in KGM");
        assertThatThrownBy(() -> ProductReceipt.byQuantity("JAM", List.of(ReceivedLot.undated("L1", jars(1)), ReceivedLot.undated("L1", jars(2)))))
                .hasMessage("Product JAM: lot L1 is given twice");
    }

    @Test
    void the_distribution_date_can_come_from_a_clock_in_the_platforms_zone() {
        Clock lateMonday = Clock.fixed(Instant.parse("2026-03-02T23:30:00Z"), ZoneId.of("Europe/Brussels"));
        Reception r = Reception.record(7, lateMonday, jam(AllocationStrategy.PROPORTIONAL), List.of());

        assertThat(r.distributionDate()).isEqualTo(TUESDAY);
    }

    @Test
    void a_restored_reception_has_the_state_it_was_stored_with() {
        Reception r = Reception.record(7, TUESDAY, jam(AllocationStrategy.PROPORTIONAL), List.of(ProductReceipt.byQuantity("JAM", List.of(
                lot("LATE", 8, ExpiryDate.useBy(LocalDate.of(2026, 3, 20))),
                lot("SOON", 4, ExpiryDate.useBy(LocalDate.of(2026, 3, 6)))))));

        List<ReceivedLine> stored = r.lines().stream().map(l -> ReceivedLine.restore(l.memberCode(), l.productCode(), l.ordered(),
                l.allocated(), l.delivered(), l.weighed(), l.lots())).toList();
        Reception back = Reception.restore(r.cycleId(), r.distributionDate(), r.receipts(), stored, r.withheldLots(), r.platformStock(),
                r.notices());

        assertThat(back.lines()).isEqualTo(r.lines());
        assertThat(back.recipientsOf("SOON")).isEqualTo(r.recipientsOf("SOON"));
        assertThatThrownBy(() -> ReceivedLine.restore("A", "JAM", jars(3), jars(3), jars(3), false, List.of(LotPortion.of("L", jars(2)))))
                .hasMessageContaining("the lots add up to 2 H87, not the delivered 3 H87");
    }

    @Test
    void net_weight_counts_kilograms_grams_litres_and_pieces_by_their_stated_weight() {
        assertThat(NetWeight.kilograms(Quantity.of("10.35", Unit.KGM), java.util.Optional.empty())).isEqualByComparingTo("10.35");
        assertThat(NetWeight.kilograms(Quantity.of("500", Unit.GRM), java.util.Optional.empty())).isEqualByComparingTo("0.5");
        assertThat(NetWeight.kilograms(Quantity.of("2", Unit.LTR), java.util.Optional.empty())).isEqualByComparingTo("2");
        assertThat(NetWeight.kilograms(jars(6), java.util.Optional.empty())).isEqualByComparingTo("0");
        assertThat(NetWeight.kilograms(jars(6), java.util.Optional.of(new BigDecimal("0.37")))).isEqualByComparingTo("2.22");
    }
}
