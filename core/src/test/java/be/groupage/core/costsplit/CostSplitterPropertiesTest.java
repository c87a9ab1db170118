package be.groupage.core.costsplit;

import be.groupage.core.money.Money;
import be.groupage.core.money.VatRate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CostSplitterPropertiesTest {

    private static final CostSplitter SPLITTER = CostSplitter.largestRemainder();
    private static final BigDecimal ONE_CENT = new BigDecimal("0.01");

    record Cycle(List<Participant> participants, List<SharedCost> costs, List<Subsidy> subsidies) {
    }

    @Provide
    Arbitrary<Cycle> cycles() {
        return cycles(0);
    }

    /** Cycles whose costs are all non-negative. */
    @Provide
    Arbitrary<Cycle> nonNegativeCycles() {
        return cycles(0);
    }

    @Provide
    Arbitrary<Cycle> cyclesWithRefunds() {
        return cycles(-500_000);
    }

    private static Arbitrary<Cycle> cycles(long minCostCents) {
        Arbitrary<Participant> participant = Combinators.combine(
                Arbitraries.of("Namur", "Dinant", "Ciney", "Gembloux", "Andenne"),
                // About one in six values and weights is zero.
                Arbitraries.longs().between(-400_000, 2_000_000).map(c -> Math.max(0, c)),
                Arbitraries.longs().between(-1_000_000, 5_000_000).map(g -> Math.max(0, g))
        ).as((point, cents, grams) -> Participant.of("?", point, Money.ofCents(cents), BigDecimal.valueOf(grams, 3)));
        Arbitrary<List<Participant>> participants = participant.list().ofMinSize(1).ofMaxSize(40)
                .map(list -> {
                    List<Participant> named = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        Participant p = list.get(i);
                        // Codes chosen so natural order differs from list order, and values tie often enough.
                        named.add(Participant.of(String.format("M%03d", (i * 37) % 1000), p.deliveryPoint(), p.goodsValue(), p.weightKg()));
                    }
                    if (named.stream().noneMatch(Participant::receivedGoods)) {
                        Participant first = named.get(0);
                        named.set(0, Participant.of(first.memberCode(), first.deliveryPoint(), Money.euros("1.00"), first.weightKg()));
                    }
                    return named;
                });
        Arbitrary<SharedCost> cost = Combinators.combine(
                Arbitraries.longs().between(minCostCents, 1_000_000),
                Arbitraries.of("0", "6", "12", "21").map(VatRate::ofPercent),
                Arbitraries.of(SplitRule.class)
        ).as((cents, rate, rule) -> SharedCost.of("?", Money.ofCents(cents), rate, rule));
        Arbitrary<List<SharedCost>> costs = cost.list().ofMinSize(1).ofMaxSize(5).map(list -> {
            List<SharedCost> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                SharedCost c = list.get(i);
                named.add(SharedCost.of("Cost " + i, c.amount(), c.vatRate(), c.rule()));
            }
            return named;
        });
        Arbitrary<Subsidy> subsidy = Combinators.combine(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50")).ofScale(2),
                Arbitraries.longs().between(0, 50_000).map(Money::ofCents).optional()
        ).as((pct, cap) -> new Subsidy("?", pct, cap));
        Arbitrary<List<Subsidy>> subsidies = subsidy.list().ofMaxSize(2).map(list -> {
            List<Subsidy> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                named.add(new Subsidy("Subsidy " + i, list.get(i).percent(), list.get(i).capPerMember()));
            }
            return named;
        });
        return Combinators.combine(participants, costs, subsidies).as(Cycle::new);
    }

    @Property(tries = 2000)
    void partsAddUpExactlyToEachCost(@ForAll("cyclesWithRefunds") Cycle cycle) {
        CostSplit split = SPLITTER.split(cycle.participants(), cycle.costs(), cycle.subsidies());

        for (SharedCost cost : cycle.costs()) {
            assertThat(split.totalOf(cost.label())).as(cost.label()).isEqualTo(cost.amount());
            split.sharesByMember().values().stream().flatMap(List::stream)
                    .filter(s -> s.label().equals(cost.label()))
                    .forEach(s -> {
                        assertThat(s.vatRate()).contains(cost.vatRate());
                        assertThat(s.amount().isZero()).isFalse();
                        assertThat(s.amount().amount().signum()).isEqualTo(cost.amount().amount().signum());
                    });
        }
    }

    @Property(tries = 2000)
    void noShareIsNegativeForNonNegativeCosts(@ForAll("nonNegativeCycles") Cycle cycle) {
        CostSplit split = SPLITTER.split(cycle.participants(), cycle.costs(), List.of());

        split.sharesByMember().values().forEach(shares -> shares.forEach(s -> assertThat(s.amount().isNegative()).isFalse()));
    }

    @Property(tries = 2000)
    void eachShareIsWithinOneCentOfItsExactShare(@ForAll("cyclesWithRefunds") Cycle cycle) {
        CostSplit split = SPLITTER.split(cycle.participants(), cycle.costs(), List.of());
        List<Participant> taking = cycle.participants().stream().filter(Participant::receivedGoods).collect(Collectors.toList());

        for (SharedCost cost : cycle.costs()) {
            Map<String, Money> parts = split.byLabel().getOrDefault(cost.label(), Map.of());
            SplitRule applied = split.notices().stream()
                    .filter(n -> n.label().equals(cost.label()) && n.requested() == cost.rule())
                    .map(SplitNotice::applied).findFirst().orElse(cost.rule());
            if (cost.rule() == SplitRule.PER_DELIVERY_POINT) {
                checkPerDeliveryPoint(cost, taking, parts);
                continue;
            }
            Map<String, BigDecimal> weights = new TreeMap<>();
            for (Participant p : taking) {
                weights.put(p.memberCode(), switch (applied) {
                    case BY_VALUE -> p.goodsValue().amount();
                    case BY_WEIGHT -> p.weightKg();
                    default -> BigDecimal.ONE;
                });
            }
            checkWithinOneCent(cost.amount().amount(), weights, parts);
        }
    }

    private static void checkPerDeliveryPoint(SharedCost cost, List<Participant> taking, Map<String, Money> parts) {
        Map<String, List<Participant>> byPoint = taking.stream().collect(Collectors.groupingBy(Participant::deliveryPoint, TreeMap::new, Collectors.toList()));
        BigDecimal perPoint = cost.amount().amount().divide(BigDecimal.valueOf(byPoint.size()), MathContext.DECIMAL64);
        byPoint.forEach((point, members) -> {
            BigDecimal pointTotal = members.stream().map(p -> parts.getOrDefault(p.memberCode(), Money.zero()).amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(pointTotal.subtract(perPoint).abs()).as("point " + point).isLessThan(ONE_CENT);
            boolean anyValue = members.stream().anyMatch(p -> p.goodsValue().isPositive());
            Map<String, BigDecimal> weights = new TreeMap<>();
            members.forEach(p -> weights.put(p.memberCode(), anyValue ? p.goodsValue().amount() : BigDecimal.ONE));
            checkWithinOneCent(pointTotal, weights, parts);
        });
    }

    private static void checkWithinOneCent(BigDecimal total, Map<String, BigDecimal> weights, Map<String, Money> parts) {
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            weights.keySet().forEach(code -> assertThat(parts).doesNotContainKey(code));
            return;
        }
        weights.forEach((code, w) -> {
            BigDecimal exact = total.multiply(w).divide(sum, MathContext.DECIMAL128);
            BigDecimal actual = parts.getOrDefault(code, Money.zero()).amount();
            assertThat(actual.subtract(exact).abs()).as(code + " exact " + exact).isLessThan(ONE_CENT);
        });
    }

    @Property(tries = 2000)
    void theOrderOfTheInputDoesNotMatter(@ForAll("cyclesWithRefunds") Cycle cycle, @ForAll long seed) {
        List<Participant> shuffled = new ArrayList<>(cycle.participants());
        Collections.shuffle(shuffled, new Random(seed));

        CostSplit original = SPLITTER.split(cycle.participants(), cycle.costs(), cycle.subsidies());
        CostSplit reordered = SPLITTER.split(shuffled, cycle.costs(), cycle.subsidies());

        assertThat(reordered.sharesByMember()).isEqualTo(original.sharesByMember());
        assertThat(reordered.notices()).isEqualTo(original.notices());
        assertThat(reordered.excludedMembers()).isEqualTo(original.excludedMembers());
    }

    @Property(tries = 2000)
    void subsidiesArePercentOfGoodsValueRoundedAndCapped(@ForAll("cycles") Cycle cycle) {
        CostSplit split = SPLITTER.split(cycle.participants(), List.of(), cycle.subsidies());

        for (Participant p : cycle.participants()) {
            List<CostShare> shares = split.sharesOf(p.memberCode());
            if (!p.receivedGoods()) {
                assertThat(shares).isEmpty();
                continue;
            }
            Money total = Money.zero();
            for (Subsidy s : cycle.subsidies()) {
                Money expected = p.goodsValue().times(s.percent()).times(ONE_CENT).rounded();
                if (s.capPerMember().isPresent() && expected.isGreaterThan(s.capPerMember().get())) {
                    expected = s.capPerMember().get();
                }
                // never more than earlier subsidies left of the goods value
                expected = expected.min(p.goodsValue().minus(total));
                Optional<CostShare> share = shares.stream().filter(c -> c.label().equals(s.label())).findFirst();
                Money paid = share.map(c -> c.amount().negate()).orElse(Money.zero());
                assertThat(paid).isEqualTo(expected);
                s.capPerMember().ifPresent(cap -> assertThat(paid.isGreaterThan(cap)).isFalse());
                share.ifPresent(c -> {
                    assertThat(c.kind()).isEqualTo(CostShare.Kind.SUBSIDY);
                    assertThat(c.vatRate()).isEmpty();
                    assertThat(c.amount().isNegative()).isTrue();
                });
                total = total.plus(paid);
            }
            assertThat(total.isGreaterThan(p.goodsValue())).as("never subsidised beyond the goods value").isFalse();
        }
    }
}
