package be.groupage.core.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.groupage.core.money.Unit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples, one per policy and strategy, readable as the documentation of pooling. */
class PoolingExamplesTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    private static Instant minute(int m) {
        return NINE.plusSeconds(60L * m);
    }

    /** Strawberry jam in cases of 6 jars: A wants 3, B 3, C 5 (in that order): 11 jars, not two cases. */
    private static final PoolProduct JAM = PoolProduct.of("JAM", Unit.H87, 6, 1);
    private static final List<MemberLine> JAM_LINES = List.of(
            MemberLine.of("JAM", "C", minute(2), new BigDecimal("5")),
            MemberLine.of("JAM", "A", minute(0), new BigDecimal("3")),
            MemberLine.of("JAM", "B", minute(1), new BigDecimal("3")));

    private static ProductPool pool(CaseRounding rounding, AllocationStrategy strategy, PoolProduct product, List<MemberLine> lines) {
        return Pooling.of(rounding, strategy).pool(List.of(product), lines).pool(product.productCode()).orElseThrow();
    }

    private static BigDecimal allocated(ProductPool pool, String member) {
        return pool.allocations().stream().filter(a -> a.memberCode().equals(member)).findFirst().orElseThrow().allocated();
    }

    private static AllocationReason reason(ProductPool pool, String member) {
        return pool.allocations().stream().filter(a -> a.memberCode().equals(member)).findFirst().orElseThrow().reason();
    }

    @Test
    void round_down_proportional_shares_the_shortfall_by_largest_remainder_ties_to_the_earliest_order() {
        ProductPool pool = pool(CaseRounding.ROUND_DOWN, AllocationStrategy.PROPORTIONAL, JAM, JAM_LINES);

        // One full case of 6 for 11 ordered: exact shares 1.64, 1.64, 2.73 → floors 1, 1, 2; two jars left:
        // C has the largest remainder (0.73), then A and B tie at 0.64 and A ordered first.
        assertThat(pool.cases()).isEqualTo(1);
        assertThat(allocated(pool, "A")).isEqualByComparingTo("2");
        assertThat(allocated(pool, "B")).isEqualByComparingTo("1");
        assertThat(allocated(pool, "C")).isEqualByComparingTo("3");
        assertThat(pool.shortfall()).isEqualByComparingTo("5");
        assertThat(pool.platformStock()).isEqualByComparingTo("0");
        assertThat(reason(pool, "B")).isEqualTo(AllocationReason.SHORTFALL_SHARED);
        assertThat(pool.allocations().get(0).explanation())
                .isEqualTo("Ordered 3 H87, allocated 2 H87: the pooled demand of 11 H87 was rounded down to 1 case of 6 H87"
                        + " and the shortfall shared in proportion to each order.");
    }

    @Test
    void round_down_first_come_serves_lines_in_order_time_until_the_case_runs_out() {
        ProductPool pool = pool(CaseRounding.ROUND_DOWN, AllocationStrategy.FIRST_COME, JAM, JAM_LINES);

        assertThat(pool.cases()).isEqualTo(1);
        assertThat(allocated(pool, "A")).isEqualByComparingTo("3");
        assertThat(allocated(pool, "B")).isEqualByComparingTo("3");
        assertThat(allocated(pool, "C")).isEqualByComparingTo("0");
        assertThat(reason(pool, "A")).isEqualTo(AllocationReason.FULL);
        assertThat(reason(pool, "C")).isEqualTo(AllocationReason.SHORTFALL_SHARED);
    }

    @Test
    void round_down_orders_nothing_under_the_minimum_number_of_cases() {
        PoolProduct twoCasesAtLeast = PoolProduct.of("JAM", Unit.H87, 6, 2);

        ProductPool pool = pool(CaseRounding.ROUND_DOWN, AllocationStrategy.PROPORTIONAL, twoCasesAtLeast, JAM_LINES);

        assertThat(pool.cases()).isZero();
        assertThat(pool.belowMinimumCases()).isTrue();
        assertThat(pool.allocations()).allSatisfy(a -> {
            assertThat(a.allocated()).isEqualByComparingTo("0");
            assertThat(a.reason()).isEqualTo(AllocationReason.BELOW_MINIMUM_CASES);
        });
        assertThat(pool.allocations().get(0).explanation()).contains("does not reach the minimum of 2 cases of 6 H87");
    }

    @Test
    void round_up_serves_everyone_in_full_and_reports_the_surplus_as_platform_stock() {
        for (AllocationStrategy strategy : AllocationStrategy.values()) {
            ProductPool pool = pool(CaseRounding.ROUND_UP, strategy, JAM, JAM_LINES);

            assertThat(pool.cases()).isEqualTo(2);
            assertThat(pool.allocations()).allSatisfy(a -> assertThat(a.reason()).isEqualTo(AllocationReason.FULL));
            assertThat(pool.allocatedTotal()).isEqualByComparingTo("11");
            assertThat(pool.platformStock()).isEqualByComparingTo("1");
        }
    }

    @Test
    void round_up_reaches_the_minimum_number_of_cases() {
        ProductPool pool = pool(CaseRounding.ROUND_UP, AllocationStrategy.PROPORTIONAL, PoolProduct.of("JAM", Unit.H87, 6, 3), JAM_LINES);

        assertThat(pool.cases()).isEqualTo(3);
        assertThat(pool.platformStock()).isEqualByComparingTo("7");
    }

    /** Carrots by the kg in crates of 8 kg: A wants 4 kg (up to 6), B 3 kg (no margin), C 5 kg (up to 9). */
    private static final PoolProduct CARROTS = PoolProduct.of("CAR", Unit.KGM, 8, 1);
    private static final List<MemberLine> CARROT_LINES = List.of(
            MemberLine.of("CAR", "A", minute(0), new BigDecimal("4"), new BigDecimal("6")),
            MemberLine.of("CAR", "B", minute(1), new BigDecimal("3")),
            MemberLine.of("CAR", "C", minute(2), new BigDecimal("5"), new BigDecimal("9")));

    @Test
    void tolerance_proportional_fills_the_next_case_in_proportion_to_each_members_margin() {
        ProductPool pool = pool(CaseRounding.TOLERANCE, AllocationStrategy.PROPORTIONAL, CARROTS, CARROT_LINES);

        // 12 kg ordered, 18 kg accepted: 2 crates (16 kg) fit. The 4 kg extra goes 2:0:4 by margin,
        // to the gram: 1.333 and 2.667 (the last gram to the larger remainder).
        assertThat(pool.cases()).isEqualTo(2);
        assertThat(allocated(pool, "A")).isEqualByComparingTo("5.333");
        assertThat(allocated(pool, "B")).isEqualByComparingTo("3");
        assertThat(allocated(pool, "C")).isEqualByComparingTo("7.667");
        assertThat(reason(pool, "A")).isEqualTo(AllocationReason.TOLERANCE_FILLED);
        assertThat(reason(pool, "B")).isEqualTo(AllocationReason.FULL);
        assertThat(pool.platformStock()).isEqualByComparingTo("0");
        assertThat(pool.allocations().get(0).explanation()).startsWith("Ordered 4 KGM, allocated 5.333 KGM (within the stated maximum of 6 KGM)");
    }

    @Test
    void grains_count_grams_for_kilograms_and_pieces_for_pieces() {
        ProductPool carrots = pool(CaseRounding.TOLERANCE, AllocationStrategy.PROPORTIONAL, CARROTS, CARROT_LINES);
        MemberAllocation a = carrots.allocations().get(0);
        assertThat(a.orderedGrains()).isEqualTo(4_000);
        assertThat(a.allocatedGrains()).isEqualTo(5_333);

        ProductPool jam = pool(CaseRounding.ROUND_DOWN, AllocationStrategy.PROPORTIONAL, JAM, JAM_LINES);
        MemberAllocation c = jam.allocations().get(2);
        assertThat(c.memberCode()).isEqualTo("C");
        assertThat(c.orderedGrains()).isEqualTo(5);
        assertThat(c.allocatedGrains()).isEqualTo(3);
    }

    @Test
    void tolerance_first_come_fills_margins_in_order_time() {
        ProductPool pool = pool(CaseRounding.TOLERANCE, AllocationStrategy.FIRST_COME, CARROTS, CARROT_LINES);

        assertThat(allocated(pool, "A")).isEqualByComparingTo("6");
        assertThat(allocated(pool, "B")).isEqualByComparingTo("3");
        assertThat(allocated(pool, "C")).isEqualByComparingTo("7");
    }

    @Test
    void tolerance_rounds_down_when_the_maxima_cannot_reach_the_next_case_and_shares_the_shortfall_to_the_gram() {
        PoolProduct bigCrates = PoolProduct.of("CAR", Unit.KGM, 10, 1);

        ProductPool pool = pool(CaseRounding.TOLERANCE, AllocationStrategy.PROPORTIONAL, bigCrates, CARROT_LINES);

        // 12 kg ordered, 18 kg accepted: 2 crates (20 kg) do not fit, so 1 crate (10 kg) is shared 4:3:5.
        assertThat(pool.cases()).isEqualTo(1);
        assertThat(allocated(pool, "A")).isEqualByComparingTo("3.333");
        assertThat(allocated(pool, "B")).isEqualByComparingTo("2.5");
        assertThat(allocated(pool, "C")).isEqualByComparingTo("4.167");
        assertThat(reason(pool, "C")).isEqualTo(AllocationReason.SHORTFALL_SHARED);
    }

    @Test
    void tolerance_reaches_a_minimum_of_cases_only_within_the_maxima() {
        assertThat(pool(CaseRounding.TOLERANCE, AllocationStrategy.PROPORTIONAL, PoolProduct.of("CAR", Unit.KGM, 8, 2), CARROT_LINES).cases())
                .isEqualTo(2);
        ProductPool three = pool(CaseRounding.TOLERANCE, AllocationStrategy.PROPORTIONAL, PoolProduct.of("CAR", Unit.KGM, 8, 3), CARROT_LINES);
        assertThat(three.cases()).isZero();
        assertThat(three.allocations()).allSatisfy(a -> assertThat(a.reason()).isEqualTo(AllocationReason.BELOW_MINIMUM_CASES));
    }

    @Test
    void demand_that_fills_whole_cases_is_served_in_full_under_every_policy() {
        List<MemberLine> lines = List.of(
                MemberLine.of("JAM", "A", minute(0), new BigDecimal("7")),
                MemberLine.of("JAM", "B", minute(1), new BigDecimal("5")));
        for (CaseRounding rounding : CaseRounding.values()) {
            ProductPool pool = pool(rounding, AllocationStrategy.PROPORTIONAL, JAM, lines);
            assertThat(pool.cases()).isEqualTo(2);
            assertThat(pool.allocations()).allSatisfy(a -> assertThat(a.reason()).isEqualTo(AllocationReason.FULL));
        }
    }

    @Test
    void pools_several_products_and_lists_a_members_allocations() {
        PoolingResult result = Pooling.of(CaseRounding.ROUND_DOWN, AllocationStrategy.PROPORTIONAL)
                .pool(List.of(CARROTS, JAM), concat(JAM_LINES, CARROT_LINES));

        assertThat(result.pools()).extracting(ProductPool::productCode).containsExactly("CAR", "JAM");
        assertThat(result.allocationsOf("A")).extracting(MemberAllocation::productCode).containsExactly("CAR", "JAM");
        assertThat(result.allocations()).hasSize(6);
    }

    @Test
    void refuses_an_unknown_product_and_a_counted_quantity_with_decimals() {
        Pooling pooling = Pooling.of(CaseRounding.ROUND_UP, AllocationStrategy.PROPORTIONAL);
        assertThatThrownBy(() -> pooling.pool(List.of(JAM), CARROT_LINES)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CAR");
        assertThatThrownBy(() -> pooling.pool(List.of(JAM), List.of(MemberLine.of("JAM", "A", NINE, new BigDecimal("1.5")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decimals");
        assertThatThrownBy(() -> MemberLine.of("JAM", "A", NINE, new BigDecimal("3"), new BigDecimal("2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximum");
    }

    private static List<MemberLine> concat(List<MemberLine> a, List<MemberLine> b) {
        List<MemberLine> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
