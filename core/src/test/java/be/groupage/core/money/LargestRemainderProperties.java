package be.groupage.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class LargestRemainderProperties {

    record Case(long total, List<LargestRemainder.Weight<String>> weights) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<BigDecimal> weight = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 1_000).map(BigDecimal::valueOf),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000")).ofScale(3),
                Arbitraries.just(BigDecimal.ONE));
        Arbitrary<List<LargestRemainder.Weight<String>>> weights = weight.list().ofMinSize(1).ofMaxSize(40)
                .map(ws -> {
                    List<LargestRemainder.Weight<String>> list = new ArrayList<>();
                    for (int i = 0; i < ws.size(); i++) {
                        list.add(LargestRemainder.Weight.of(String.format("M%03d", i), ws.get(i)));
                    }
                    if (ws.stream().allMatch(w -> w.signum() == 0)) {
                        list.set(0, LargestRemainder.Weight.of("M000", BigDecimal.ONE));
                    }
                    return list;
                });
        return Combinators.combine(Arbitraries.longs().between(0, 10_000_000), weights).as(Case::new);
    }

    @Property(tries = 3000)
    void parts_add_up_exactly_and_none_is_negative(@ForAll("cases") Case c) {
        Map<String, Long> parts = LargestRemainder.<String>byNaturalKeyOrder().split(c.total(), c.weights());

        assertThat(parts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(c.total());
        assertThat(parts.values()).allMatch(p -> p >= 0);
        assertThat(parts).hasSize(c.weights().size());
    }

    @Property(tries = 3000)
    void each_part_is_within_one_unit_of_its_exact_share(@ForAll("cases") Case c) {
        Map<String, Long> parts = LargestRemainder.<String>byNaturalKeyOrder().split(c.total(), c.weights());
        BigDecimal sum = c.weights().stream().map(LargestRemainder.Weight::weight).reduce(BigDecimal.ZERO, BigDecimal::add);

        for (LargestRemainder.Weight<String> w : c.weights()) {
            BigDecimal exact = BigDecimal.valueOf(c.total()).multiply(w.weight()).divide(sum, 20, RoundingMode.HALF_EVEN);
            BigDecimal part = BigDecimal.valueOf(parts.get(w.key()));
            assertThat(part.subtract(exact).abs()).isLessThan(BigDecimal.ONE);
        }
    }

    @Property(tries = 2000)
    void the_order_of_the_weights_does_not_change_the_parts(@ForAll("cases") Case c, @ForAll long seed) {
        List<LargestRemainder.Weight<String>> shuffled = new ArrayList<>(c.weights());
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(LargestRemainder.<String>byNaturalKeyOrder().split(c.total(), shuffled))
                .isEqualTo(LargestRemainder.<String>byNaturalKeyOrder().split(c.total(), c.weights()));
    }

    @Property(tries = 2000)
    void a_money_split_adds_up_to_the_cent(@ForAll @LongRange(min = -1_000_000, max = 1_000_000) long cents, @ForAll("cases") Case c) {
        Map<String, Money> parts = LargestRemainder.<String>byNaturalKeyOrder().split(Money.ofCents(cents), c.weights());

        assertThat(parts.values().stream().reduce(Money.zero(), Money::plus)).isEqualTo(Money.ofCents(cents));
        assertThat(parts.values()).allMatch(p -> cents >= 0 ? !p.isNegative() : !p.isPositive());
    }

    @Property(tries = 3000)
    void the_primitive_split_agrees_with_the_keyed_split(@ForAll("cases") Case c) {
        // Scale every weight to thousandths so both see the same integer weights.
        long[] w = c.weights().stream().mapToLong(x -> x.weight().movePointRight(3).setScale(0, RoundingMode.UNNECESSARY).longValueExact()).toArray();
        long[] parts = LargestRemainder.splitByIndex(c.total(), w);
        Map<String, Long> keyed = LargestRemainder.<String>byNaturalKeyOrder().split(c.total(), c.weights());

        for (int i = 0; i < w.length; i++) {
            assertThat(parts[i]).isEqualTo(keyed.get(c.weights().get(i).key()));
        }
    }

    @Property(tries = 1000)
    void the_primitive_split_survives_products_beyond_a_long(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 4) long total,
                                                             @ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 8) long a,
                                                             @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 8) long b) {
        long[] parts = LargestRemainder.splitByIndex(total, new long[] {a, b});

        assertThat(parts[0] + parts[1]).isEqualTo(total);
        BigInteger exactA = BigInteger.valueOf(total).multiply(BigInteger.valueOf(a)).divide(BigInteger.valueOf(a).add(BigInteger.valueOf(b)));
        assertThat(BigInteger.valueOf(parts[0]).subtract(exactA).abs()).isLessThanOrEqualTo(BigInteger.ONE);
    }
}
