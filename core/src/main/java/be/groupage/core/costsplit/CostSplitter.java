package be.groupage.core.costsplit;

import be.groupage.core.money.LargestRemainder;
import be.groupage.core.money.LargestRemainder.Weight;
import be.groupage.core.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Splits shared costs and subsidies among a cycle's participants.
 *
 * <p>Rules:
 * <ul>
 *   <li>Only members who received goods (a value or a weight) take part; the others are listed as
 *       excluded. A non-zero cost with nobody to bear it is an error.</li>
 *   <li>Each cost is split in cents by the largest-remainder method with ties going to the smallest
 *       member code (delivery point name for {@link SplitRule#PER_DELIVERY_POINT}): the parts add up
 *       exactly, each is its exact share rounded down or up, and the input order does not matter.</li>
 *   <li>{@link SplitRule#BY_VALUE} or {@link SplitRule#BY_WEIGHT} with every value or weight zero falls back
 *       to {@link SplitRule#EQUAL}, and says so in a {@link SplitNotice}; so does a delivery point whose
 *       members all have a zero value (equal inside that point).</li>
 *   <li>A zero cost gives no shares. A subsidy gives each participant {@link Subsidy#amountFor} as a
 *       negative share; the percentages of all subsidies together may not exceed 100, and a subsidy
 *       never pays more than what earlier subsidies (in the order given) left of the goods value, so
 *       no member is subsidised beyond its goods value even when each subsidy's cent rounds up.</li>
 * </ul>
 */
public final class CostSplitter {

    private static final LargestRemainder<String> BY_CODE = LargestRemainder.byNaturalKeyOrder();

    private CostSplitter() {
    }

    /** The splitter described above (largest remainder, ties to the smallest code). */
    public static CostSplitter largestRemainder() {
        return new CostSplitter();
    }

    /**
     * Splits the costs then the subsidies among the participants.
     *
     * @throws IllegalArgumentException when a member code or a cost/subsidy label appears twice, when
     *                                  the subsidy percentages exceed 100 together, or when a non-zero
     *                                  cost has no participant who received goods
     */
    public CostSplit split(List<Participant> participants, List<SharedCost> costs, List<Subsidy> subsidies) {
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(subsidies, "subsidies");
        SortedMap<String, Participant> taking = new TreeMap<>();
        Set<String> excluded = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        for (Participant p : participants) {
            if (!seen.add(p.memberCode())) {
                throw new IllegalArgumentException("Member " + p.memberCode() + " is given twice");
            }
            if (p.receivedGoods()) {
                taking.put(p.memberCode(), p);
            } else {
                excluded.add(p.memberCode());
            }
        }
        Set<String> labels = new HashSet<>();
        for (SharedCost c : costs) {
            if (!labels.add(c.label())) {
                throw new IllegalArgumentException("Label " + c.label() + " is used by two costs or subsidies");
            }
        }
        BigDecimal percents = BigDecimal.ZERO;
        for (Subsidy s : subsidies) {
            if (!labels.add(s.label())) {
                throw new IllegalArgumentException("Label " + s.label() + " is used by two costs or subsidies");
            }
            percents = percents.add(s.percent());
        }
        if (percents.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("Subsidies together cover at most 100% of the goods value, not " + percents.toPlainString() + "%");
        }

        SortedMap<String, List<CostShare>> shares = new TreeMap<>();
        taking.keySet().forEach(code -> shares.put(code, new ArrayList<>()));
        List<SplitNotice> notices = new ArrayList<>();
        List<Participant> members = new ArrayList<>(taking.values());

        for (SharedCost cost : costs) {
            if (cost.amount().isZero()) {
                continue;
            }
            if (members.isEmpty()) {
                throw new IllegalArgumentException("Cannot split " + cost.label() + " (" + cost.amount()
                        + "): no member received goods in this cycle");
            }
            Map<String, Long> cents = allocate(cost, members, notices);
            cents.forEach((code, c) -> {
                if (c != 0) {
                    shares.get(code).add(CostShare.ofCost(cost.label(), Money.of(BigDecimal.valueOf(c, 2), cost.amount().currency()), cost.vatRate()));
                }
            });
        }
        // What is left of each member's goods value to subsidise: each subsidy is rounded to the cent on
        // its own, so two 50% subsidies of 0.01 would otherwise pay 0.02 on 0.01 of goods.
        Map<String, Money> unsubsidised = new HashMap<>();
        members.forEach(p -> unsubsidised.put(p.memberCode(), p.goodsValue()));
        for (Subsidy subsidy : subsidies) {
            for (Participant p : members) {
                Money left = unsubsidised.get(p.memberCode());
                Money paid = subsidy.amountFor(p.goodsValue()).min(left.max(Money.zero(left.currency())));
                if (!paid.isZero()) {
                    shares.get(p.memberCode()).add(CostShare.ofSubsidy(subsidy.label(), paid));
                    unsubsidised.put(p.memberCode(), left.minus(paid));
                }
            }
        }
        return new CostSplit(shares, excluded, notices);
    }

    private static Map<String, Long> allocate(SharedCost cost, List<Participant> members, List<SplitNotice> notices) {
        long total = cost.amount().cents();
        switch (cost.rule()) {
            case EQUAL:
                return BY_CODE.split(total, equalWeights(members));
            case BY_VALUE:
                return proportional(cost, total, members, p -> p.goodsValue().amount(), "goods value", notices);
            case BY_WEIGHT:
                return proportional(cost, total, members, Participant::weightKg, "weight", notices);
            case PER_DELIVERY_POINT:
                return perDeliveryPoint(cost, total, members, notices);
            default:
                throw new IllegalStateException("Unknown rule " + cost.rule());
        }
    }

    private static Map<String, Long> proportional(SharedCost cost, long total, List<Participant> members,
                                                  Function<Participant, BigDecimal> weightOf, String what,
                                                  List<SplitNotice> notices) {
        List<Weight<String>> weights = new ArrayList<>(members.size());
        boolean any = false;
        for (Participant p : members) {
            BigDecimal w = weightOf.apply(p);
            any |= w.signum() > 0;
            weights.add(Weight.of(p.memberCode(), w));
        }
        if (!any) {
            notices.add(new SplitNotice(cost.label(), cost.rule(), SplitRule.EQUAL,
                    cost.label() + ": no member has a " + what + ", so it is split equally among " + members.size() + " members"));
            return BY_CODE.split(total, equalWeights(members));
        }
        return BY_CODE.split(total, weights);
    }

    private static Map<String, Long> perDeliveryPoint(SharedCost cost, long total, List<Participant> members,
                                                      List<SplitNotice> notices) {
        SortedMap<String, List<Participant>> byPoint = new TreeMap<>();
        for (Participant p : members) {
            byPoint.computeIfAbsent(p.deliveryPoint(), k -> new ArrayList<>()).add(p);
        }
        List<Weight<String>> pointWeights = new ArrayList<>(byPoint.size());
        byPoint.keySet().forEach(point -> pointWeights.add(Weight.of(point, 1)));
        Map<String, Long> perPoint = BY_CODE.split(total, pointWeights);
        Map<String, Long> result = new TreeMap<>();
        byPoint.forEach((point, inPoint) -> {
            long pointTotal = perPoint.get(point);
            List<Weight<String>> weights = new ArrayList<>(inPoint.size());
            boolean any = false;
            for (Participant p : inPoint) {
                any |= p.goodsValue().isPositive();
                weights.add(Weight.of(p.memberCode(), p.goodsValue().amount()));
            }
            if (!any) {
                notices.add(new SplitNotice(cost.label(), SplitRule.PER_DELIVERY_POINT, SplitRule.PER_DELIVERY_POINT,
                        cost.label() + ": no member at delivery point " + point + " has a goods value, so its part is split equally there"));
                weights = equalWeights(inPoint);
            }
            result.putAll(BY_CODE.split(pointTotal, weights));
        });
        return result;
    }

    private static List<Weight<String>> equalWeights(List<Participant> members) {
        List<Weight<String>> weights = new ArrayList<>(members.size());
        for (Participant p : members) {
            weights.add(Weight.of(p.memberCode(), 1));
        }
        return weights;
    }

    @Override
    public String toString() {
        return "CostSplitter[largest remainder, ties to the smallest code]";
    }
}
