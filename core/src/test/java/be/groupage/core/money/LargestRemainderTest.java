package be.groupage.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    private final LargestRemainder<String> allocator = LargestRemainder.byNaturalKeyOrder();

    @Test
    void splits_one_euro_in_three_equal_parts_giving_the_extra_cent_to_the_first_key() {
        Map<String, Money> parts = allocator.split(Money.euros("1.00"), List.of(
                LargestRemainder.Weight.of("C", 1), LargestRemainder.Weight.of("A", 1), LargestRemainder.Weight.of("B", 1)));

        assertThat(parts).containsExactly(
                Map.entry("A", Money.euros("0.34")), Map.entry("B", Money.euros("0.33")), Map.entry("C", Money.euros("0.33")));
    }

    @Test
    void gives_the_leftover_unit_to_the_largest_remainder_not_to_the_first_key() {
        // 10 split 1:2:7 at total 7 → 0.7, 1.4, 4.9 → floors 0,1,4 (5), one left: largest remainder is A (0.7)
        Map<String, Long> parts = allocator.split(7, List.of(
                LargestRemainder.Weight.of("A", 1), LargestRemainder.Weight.of("B", 2), LargestRemainder.Weight.of("C", 7)));

        assertThat(parts).containsExactly(Map.entry("A", 1L), Map.entry("B", 1L), Map.entry("C", 5L));
    }

    @Test
    void a_zero_weight_gets_nothing() {
        Map<String, Long> parts = allocator.split(5, List.of(
                LargestRemainder.Weight.of("A", 0), LargestRemainder.Weight.of("B", 3)));

        assertThat(parts).containsEntry("A", 0L).containsEntry("B", 5L);
    }

    @Test
    void decimal_weights_are_compared_exactly() {
        Map<String, Long> parts = allocator.split(3, List.of(
                LargestRemainder.Weight.of("A", new BigDecimal("0.333")), LargestRemainder.Weight.of("B", new BigDecimal("0.667"))));

        assertThat(parts).containsExactly(Map.entry("A", 1L), Map.entry("B", 2L));
    }

    @Test
    void a_negative_total_is_split_with_every_part_negative_or_zero() {
        Map<String, Long> parts = allocator.split(-10, List.of(
                LargestRemainder.Weight.of("A", 1), LargestRemainder.Weight.of("B", 2)));

        assertThat(parts).containsExactly(Map.entry("A", -3L), Map.entry("B", -7L));
    }

    @Test
    void refuses_a_key_given_twice_and_all_zero_weights() {
        assertThatThrownBy(() -> allocator.split(1, List.of(LargestRemainder.Weight.of("A", 1), LargestRemainder.Weight.of("A", 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A");
        assertThatThrownBy(() -> allocator.split(1, List.of(LargestRemainder.Weight.of("A", 0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.Weight.of("A", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void primitive_split_gives_ties_to_the_lowest_index() {
        assertThat(LargestRemainder.splitByIndex(2, new long[] {1, 1, 1})).containsExactly(1, 1, 0);
        assertThat(LargestRemainder.splitByIndex(7, new long[] {1, 2, 7})).containsExactly(1, 1, 5);
        assertThat(LargestRemainder.splitByIndex(0, new long[] {0, 0})).containsExactly(0, 0);
    }
}
