package be.groupage.core.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.groupage.core.money.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The invariants of pooling, over thousands of generated products and member lines. */
class PoolingProperties {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    record Demand(PoolProduct product, List<MemberLine> lines) {
    }

    @Provide
    Arbitrary<Demand> demands() {
        return Arbitraries.integers().between(0, 1).flatMap(kind -> kind == 0 ? counted() : measured());
    }

    private Arbitrary<Demand> counted() {
        Arbitrary<PoolProduct> product = Combinators.combine(
                Arbitraries.of(Unit.H87, Unit.C62), Arbitraries.integers().between(1, 24), Arbitraries.integers().between(0, 4))
                .as((u, c, k) -> PoolProduct.of("P", u, c, k));
        return product.flatMap(p -> lines(p, Arbitraries.integers().between(1, 40).map(BigDecimal::valueOf),
                Arbitraries.integers().between(0, 12).map(BigDecimal::valueOf)));
    }

    private Arbitrary<Demand> measured() {
        Arbitrary<PoolProduct> product = Combinators.combine(
                Arbitraries.of(Unit.KGM, Unit.LTR, Unit.GRM),
                Arbitraries.bigDecimals().between(new BigDecimal("0.250"), new BigDecimal("25")).ofScale(3),
                Arbitraries.integers().between(0, 3))
                .as((u, c, k) -> PoolProduct.of("P", u, c, k));
        return product.flatMap(p -> lines(p,
                Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("30")).ofScale(3),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10")).ofScale(3)));
    }

    private Arbitrary<Demand> lines(PoolProduct p, Arbitrary<BigDecimal> quantity, Arbitrary<BigDecimal> margin) {
        // Few distinct times and member codes, so ties in rank and remainders are frequent.
        Arbitrary<MemberLine> line = Combinators.combine(
                Arbitraries.integers().between(0, 19).map(i -> String.format("M%02d", i)),
                Arbitraries.integers().between(0, 5).map(m -> T0.plusSeconds(60L * m)),
                quantity,
                margin.injectNull(0.4))
                .as((member, at, q, extra) -> MemberLine.of(p.productCode(), member, at, q, extra == null ? null : q.add(extra)));
        return line.list().ofMinSize(1).ofMaxSize(30).map(ls -> new Demand(p, ls));
    }

    private static ProductPool pool(Demand d, CaseRounding rounding, AllocationStrategy strategy) {
        return Pooling.of(rounding, strategy).pool(List.of(d.product()), d.lines()).pool("P").orElseThrow();
    }

    @Property(tries = 2000)
    void allocations_and_stock_add_up_to_whole_cases_and_none_is_negative(@ForAll("demands") Demand d,
                                                                         @ForAll CaseRounding rounding,
                                                                         @ForAll AllocationStrategy strategy) {
        ProductPool pool = pool(d, rounding, strategy);

        BigDecimal sum = pool.allocations().stream().map(MemberAllocation::allocated).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(pool.allocatedTotal());
        assertThat(sum.add(pool.platformStock())).isEqualByComparingTo(d.product().caseSize().multiply(BigDecimal.valueOf(pool.cases())));
        assertThat(pool.platformStock().signum()).isGreaterThanOrEqualTo(0);
        assertThat(pool.allocations()).allSatisfy(a -> assertThat(a.allocated().signum()).isGreaterThanOrEqualTo(0));
        assertThat(pool.allocations()).hasSize(d.lines().size());
        if (rounding != CaseRounding.ROUND_UP) {
            assertThat(pool.platformStock()).isEqualByComparingTo("0");
        }
        if (!d.product().unit().fractional()) {
            assertThat(pool.allocations()).allSatisfy(a -> assertThat(a.allocated().stripTrailingZeros().scale()).isLessThanOrEqualTo(0));
        }
    }

    @Property(tries = 1000)
    void grains_are_the_quantities_in_units_or_thousandths(@ForAll("demands") Demand d,
                                                           @ForAll CaseRounding rounding,
                                                           @ForAll AllocationStrategy strategy) {
        ProductPool pool = pool(d, rounding, strategy);
        int scale = d.product().unit().fractional() ? 3 : 0;

        assertThat(pool.allocations()).allSatisfy(a -> {
            assertThat(BigDecimal.valueOf(a.allocatedGrains(), scale)).isEqualByComparingTo(a.allocated());
            assertThat(BigDecimal.valueOf(a.orderedGrains(), scale)).isEqualByComparingTo(a.ordered());
        });
        long[] ordered = pool.orderedGrains();
        long[] allocated = pool.allocatedGrains();
        assertThat(ordered).hasSize(pool.allocations().size());
        assertThat(allocated).hasSize(pool.allocations().size());
        for (int i = 0; i < ordered.length; i++) {
            MemberAllocation a = pool.allocations().get(i);
            assertThat(ordered[i]).isEqualTo(a.orderedGrains());
            assertThat(allocated[i]).isEqualTo(a.allocatedGrains());
            assertThat(pool.memberCodeAt(i)).isEqualTo(a.memberCode());
        }
        // copies: writing them changes nothing in the pool
        java.util.Arrays.fill(ordered, -1);
        java.util.Arrays.fill(allocated, -1);
        assertThat(pool.orderedGrains()).doesNotContain(-1L);
        assertThat(pool.allocatedGrains()).doesNotContain(-1L);
        assertThat(pool.allocations()).allSatisfy(a -> assertThat(a.allocatedGrains()).isNotNegative());
        assertThatThrownBy(() -> pool.memberCodeAt(pool.allocations().size())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> pool.allocations().add(pool.allocations().get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Property(tries = 2000)
    void no_member_gets_more_than_it_ordered_or_than_its_maximum_under_tolerance(@ForAll("demands") Demand d,
                                                                                 @ForAll CaseRounding rounding,
                                                                                 @ForAll AllocationStrategy strategy) {
        ProductPool pool = pool(d, rounding, strategy);

        for (MemberAllocation a : pool.allocations()) {
            BigDecimal limit = rounding == CaseRounding.TOLERANCE ? a.line().ceiling() : a.ordered();
            assertThat(a.allocated()).isLessThanOrEqualTo(limit);
            if (rounding == CaseRounding.ROUND_UP) {
                assertThat(a.allocated()).isEqualByComparingTo(a.ordered());
                assertThat(a.reason()).isEqualTo(AllocationReason.FULL);
            }
        }
    }

    @Property(tries = 2000)
    void the_number_of_cases_follows_the_policy_and_the_minimum(@ForAll("demands") Demand d, @ForAll CaseRounding rounding) {
        ProductPool pool = pool(d, rounding, AllocationStrategy.PROPORTIONAL);
        BigDecimal c = d.product().caseSize();
        long minimum = Math.max(1, d.product().minimumCases());
        long down = pool.totalOrdered().divide(c, 0, RoundingMode.FLOOR).longValueExact();
        long up = pool.totalOrdered().divide(c, 0, RoundingMode.CEILING).longValueExact();

        assertThat(pool.cases() == 0 || pool.cases() >= minimum).isTrue();
        switch (rounding) {
            case ROUND_DOWN -> assertThat(pool.cases()).isEqualTo(down >= minimum ? down : 0);
            case ROUND_UP -> assertThat(pool.cases()).isEqualTo(Math.max(up, minimum));
            case TOLERANCE -> {
                BigDecimal delivered = c.multiply(BigDecimal.valueOf(pool.cases()));
                assertThat(delivered).isLessThanOrEqualTo(pool.totalMaximum());
                // Rounded down although the next case would have fitted within the maxima: never.
                if (pool.cases() < Math.max(up, minimum)) {
                    assertThat(c.multiply(BigDecimal.valueOf(Math.max(up, minimum)))).isGreaterThan(pool.totalMaximum());
                }
            }
        }
        if (pool.cases() == 0) {
            assertThat(pool.allocations()).allSatisfy(a -> assertThat(a.reason()).isEqualTo(AllocationReason.BELOW_MINIMUM_CASES));
        }
    }

    @Property(tries = 2000)
    void proportional_parts_are_within_one_unit_of_the_exact_share(@ForAll("demands") Demand d, @ForAll CaseRounding rounding) {
        ProductPool pool = pool(d, rounding, AllocationStrategy.PROPORTIONAL);
        BigDecimal grain = BigDecimal.ONE.movePointLeft(d.product().unit().fractional() ? 3 : 0);
        BigDecimal supply = pool.allocatedTotal();
        BigDecimal ordered = pool.totalOrdered();
        BigDecimal headroom = pool.totalMaximum().subtract(ordered);

        for (MemberAllocation a : pool.allocations()) {
            BigDecimal exact;
            if (supply.compareTo(ordered) <= 0) {
                exact = supply.multiply(a.ordered()).divide(ordered, 12, RoundingMode.HALF_EVEN);
            } else {
                BigDecimal mine = a.line().ceiling().subtract(a.ordered());
                exact = a.ordered().add(supply.subtract(ordered).multiply(mine).divide(headroom, 12, RoundingMode.HALF_EVEN));
            }
            assertThat(a.allocated().subtract(exact).abs()).isLessThan(grain);
        }
    }

    @Property(tries = 2000)
    void first_come_serves_in_rank_order(@ForAll("demands") Demand d, @ForAll CaseRounding rounding) {
        ProductPool pool = pool(d, rounding, AllocationStrategy.FIRST_COME);
        List<MemberAllocation> ranked = pool.allocations();

        for (int i = 1; i < ranked.size(); i++) {
            assertThat(MemberLine.RANK.compare(ranked.get(i - 1).line(), ranked.get(i).line())).isLessThanOrEqualTo(0);
        }
        if (pool.cases() == 0) {
            return;
        }
        // Once a line is not served in full (or not filled to its maximum), no later line gets anything beyond (or short of) it.
        boolean shortfall = pool.allocatedTotal().compareTo(pool.totalOrdered()) < 0;
        boolean cut = false;
        for (MemberAllocation a : ranked) {
            if (shortfall) {
                if (cut) {
                    assertThat(a.allocated()).isEqualByComparingTo("0");
                }
                cut |= a.allocated().compareTo(a.ordered()) < 0;
            } else {
                if (cut) {
                    assertThat(a.allocated()).isEqualByComparingTo(a.ordered());
                }
                cut |= a.allocated().compareTo(a.line().ceiling()) < 0;
            }
        }
    }

    @Property(tries = 1000)
    void the_same_input_in_any_order_gives_the_same_output(@ForAll("demands") Demand a, @ForAll("demands") Demand b,
                                                           @ForAll CaseRounding rounding, @ForAll AllocationStrategy strategy,
                                                           @ForAll long seed) {
        PoolProduct other = PoolProduct.of("Q", b.product().unit(), b.product().caseSize(), b.product().minimumCases());
        List<MemberLine> lines = new ArrayList<>(a.lines());
        b.lines().forEach(l -> lines.add(MemberLine.of("Q", l.memberCode(), l.orderedAt(), l.quantity(), l.maximum())));
        List<PoolProduct> products = new ArrayList<>(List.of(a.product(), other));
        Pooling pooling = Pooling.of(rounding, strategy);
        PoolingResult first = pooling.pool(products, lines);

        Random random = new Random(seed);
        Collections.shuffle(lines, random);
        Collections.shuffle(products, random);
        PoolingResult second = pooling.pool(products, lines);

        assertThat(second).isEqualTo(first);
        assertThat(second.allocations()).extracting(MemberAllocation::allocated)
                .containsExactlyElementsOf(first.allocations().stream().map(MemberAllocation::allocated).toList());
    }
}
