package be.groupage.core.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.groupage.core.money.Unit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberLinesTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final PoolProduct APPLES = PoolProduct.of("APPLES", Unit.H87, 6, 1);
    private static final PoolProduct CARROTS = PoolProduct.of("CARROTS", Unit.KGM, new BigDecimal("5"), 1);

    @Test
    void a_product_given_twice_is_refused_as_pooling_refuses_it() {
        PoolProduct again = PoolProduct.of("APPLES", Unit.C62, 12, 1);

        assertThatThrownBy(() -> MemberLines.builder(List.of(APPLES, again)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Product APPLES given twice");
        assertThatThrownBy(() -> Pooling.of(CaseRounding.ROUND_UP, AllocationStrategy.PROPORTIONAL)
                .pool(List.of(APPLES, again), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Product APPLES given twice");
    }

    @Test
    void a_line_of_an_unknown_product_is_refused_with_pooling_s_message() {
        MemberLines.Builder builder = MemberLines.builder(List.of(APPLES));

        assertThatThrownBy(() -> builder.add("PEARS", "M1", T0, BigDecimal.ONE, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Member M1 ordered product PEARS, which is not among the products to pool");
        assertThatThrownBy(() -> builder.addGrains(1, "M1", T0, 1, MemberLines.NO_MAXIMUM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Member M1 ordered product #1, which is not among the 1 products to pool");
        assertThat(builder.productIndex("PEARS")).isEqualTo(-1);
    }

    @Test
    void a_quantity_with_more_decimals_than_its_unit_is_refused_with_pooling_s_message() {
        MemberLines.Builder builder = MemberLines.builder(List.of(APPLES, CARROTS));
        String expected = "Member M1, product APPLES: the quantity has more than 0 decimals, or is too large: 1.5";

        assertThatThrownBy(() -> builder.add("APPLES", "M1", T0, new BigDecimal("1.5"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(expected);
        assertThatThrownBy(() -> Pooling.of(CaseRounding.ROUND_UP, AllocationStrategy.PROPORTIONAL)
                .pool(List.of(APPLES), List.of(MemberLine.of("APPLES", "M1", T0, new BigDecimal("1.5")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(expected);
        assertThatThrownBy(() -> builder.add("CARROTS", "M1", T0, BigDecimal.ONE, new BigDecimal("1.0001")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Member M1, product CARROTS: the quantity has more than 3 decimals, or is too large: 1.0001");
    }

    @Test
    void a_quantity_not_positive_or_a_maximum_under_it_is_refused_in_grains_too() {
        MemberLines.Builder builder = MemberLines.builder(List.of(CARROTS));

        assertThatThrownBy(() -> builder.addGrains(0, "M1", T0, 0, MemberLines.NO_MAXIMUM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Member M1, product CARROTS: the quantity must be positive, not 0.000");
        assertThatThrownBy(() -> builder.addGrains(0, "M1", T0, 2500, 2000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Member M1, product CARROTS: the maximum 2.000 is under the quantity 2.500");
        assertThatThrownBy(() -> builder.add("CARROTS", "M1", T0, new BigDecimal("2.5"), new BigDecimal("2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Member M1, product CARROTS: the maximum 2 is under the quantity 2.5");
        assertThatThrownBy(() -> builder.addGrains(0, null, T0, 1, MemberLines.NO_MAXIMUM)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder.addGrains(0, "M1", null, 1, MemberLines.NO_MAXIMUM)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void lines_read_back_at_the_product_s_scale_grouped_by_product() {
        MemberLines.Builder builder = MemberLines.builder(List.of(APPLES, CARROTS), 1);
        builder.add("CARROTS", "M2", T0.plusNanos(7), new BigDecimal("2.5"), new BigDecimal("3"));
        builder.addGrains(builder.productIndex("APPLES"), "M1", T0, 4, MemberLines.NO_MAXIMUM);
        MemberLines batch = builder.build();

        assertThat(batch.size()).isEqualTo(2);
        assertThat(batch.products()).containsExactly(APPLES, CARROTS);
        assertThat(builder.grainScale(1)).isEqualTo(3);
        assertThat(batch.line(0)).isEqualTo(MemberLine.of("APPLES", "M1", T0, BigDecimal.valueOf(4)));
        assertThat(batch.line(1)).isEqualTo(MemberLine.of("CARROTS", "M2", T0.plusNanos(7), new BigDecimal("2.500"), new BigDecimal("3.000")));
        assertThatThrownBy(() -> builder.addGrains(0, "M3", T0, 1, MemberLines.NO_MAXIMUM)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_batch_pools_as_its_lines_do() {
        List<MemberLine> lines = List.of(
                MemberLine.of("CARROTS", "M1", T0, new BigDecimal("3.250"), new BigDecimal("5.000")),
                MemberLine.of("CARROTS", "M2", T0, new BigDecimal("4.000")),
                MemberLine.of("APPLES", "M2", T0.plusSeconds(1), BigDecimal.valueOf(4)),
                MemberLine.of("APPLES", "M1", T0, BigDecimal.valueOf(5)));
        Pooling pooling = Pooling.of(CaseRounding.TOLERANCE, AllocationStrategy.FIRST_COME);

        PoolingResult result = pooling.pool(MemberLines.of(List.of(CARROTS, APPLES), lines));

        assertThat(result).isEqualTo(pooling.pool(List.of(APPLES, CARROTS), lines));
        assertThat(result.pools()).extracting(ProductPool::productCode).containsExactly("APPLES", "CARROTS");
        assertThat(result.pool("CARROTS").orElseThrow().allocations()).extracting(MemberAllocation::allocated)
                .containsExactly(new BigDecimal("3.250"), new BigDecimal("1.750"));
    }
}
