package be.groupage.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Splits a whole number (cents of an amount, or selling units of a product) among keys in proportion
 * to their weights, by the largest-remainder (Hamilton) method.
 *
 * <p>Invariants, for non-negative weights with a positive sum:
 * <ul>
 *   <li>the parts add up exactly to the total;</li>
 *   <li>no part is negative when the total is not (a negative total is split as its opposite, then
 *       negated, so every part has the sign of the total);</li>
 *   <li>each part is its exact share rounded down or up, so within one unit of it;</li>
 *   <li>the result depends only on the set of (key, weight) pairs, not on their order: remainders are
 *       compared exactly (integer arithmetic, no rounding), and equal remainders are broken by the
 *       stated key order, the smallest key first.</li>
 * </ul>
 *
 * @param <K> what receives a part, e.g. a member code
 */
public final class LargestRemainder<K> {

    private final Comparator<? super K> tieBreak;

    private LargestRemainder(Comparator<? super K> tieBreak) {
        this.tieBreak = Objects.requireNonNull(tieBreak, "tieBreak");
    }

    /** Ties between equal remainders go to the key that comes first in this order. */
    public static <K> LargestRemainder<K> tieBrokenBy(Comparator<? super K> tieBreak) {
        return new LargestRemainder<>(tieBreak);
    }

    /** Ties between equal remainders go to the smallest key in its natural order. */
    public static <K extends Comparable<? super K>> LargestRemainder<K> byNaturalKeyOrder() {
        return new LargestRemainder<>(Comparator.naturalOrder());
    }

    /** A key and its weight; weights must not be negative. */
    public record Weight<K>(K key, BigDecimal weight) {
        public Weight {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(weight, "weight");
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("A weight must not be negative: " + key + " has " + weight.toPlainString());
            }
        }

        public static <K> Weight<K> of(K key, BigDecimal weight) {
            return new Weight<>(key, weight);
        }

        public static <K> Weight<K> of(K key, long weight) {
            return new Weight<>(key, BigDecimal.valueOf(weight));
        }
    }

    /**
     * Splits {@code total} by the weights. The returned map iterates in the tie-break order of the keys.
     *
     * @throws IllegalArgumentException when a key appears twice, or when the total is not zero and the
     *                                  weights are empty or all zero (there is nobody to give it to)
     */
    public Map<K, Long> split(long total, List<Weight<K>> weights) {
        Objects.requireNonNull(weights, "weights");
        List<Weight<K>> sorted = new ArrayList<>(weights);
        sorted.sort(Comparator.comparing(Weight::key, tieBreak));
        for (int i = 1; i < sorted.size(); i++) {
            if (tieBreak.compare(sorted.get(i - 1).key(), sorted.get(i).key()) == 0) {
                throw new IllegalArgumentException("Key given twice: " + sorted.get(i).key());
            }
        }
        Map<K, Long> parts = new LinkedHashMap<>();
        if (total == 0) {
            sorted.forEach(w -> parts.put(w.key(), 0L));
            return parts;
        }
        int scale = 0;
        for (Weight<K> w : sorted) {
            scale = Math.max(scale, w.weight().stripTrailingZeros().scale());
        }
        BigInteger[] units = new BigInteger[sorted.size()];
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < units.length; i++) {
            units[i] = sorted.get(i).weight().setScale(Math.max(scale, 0)).unscaledValue();
            sum = sum.add(units[i]);
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("Cannot split " + total + " among " + sorted.size() + " keys whose weights are all zero");
        }
        long sign = Long.signum(total);
        BigInteger magnitude = BigInteger.valueOf(Math.abs(total));
        long[] floors = new long[units.length];
        BigInteger[] remainders = new BigInteger[units.length];
        long given = 0;
        for (int i = 0; i < units.length; i++) {
            BigInteger[] qr = magnitude.multiply(units[i]).divideAndRemainder(sum);
            floors[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += floors[i];
        }
        long left = Math.abs(total) - given;
        Integer[] order = new Integer[units.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Largest remainder first; the array is already in tie-break order, so a stable sort keeps it for ties.
        java.util.Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
        for (int i = 0; i < left; i++) {
            floors[order[i]]++;
        }
        for (int i = 0; i < units.length; i++) {
            parts.put(sorted.get(i).key(), sign * floors[i]);
        }
        return parts;
    }

    /**
     * Splits {@code total} by weights given as whole numbers, without any per-key object: the fast path
     * for pooling hundreds of thousands of order lines. Parts come back in the order of the weights, and
     * equal remainders go to the lowest index, so the caller states the tie-break by sorting its input.
     * Same invariants as {@link #split(long, List)}; products beyond a {@code long} are computed exactly.
     *
     * @throws IllegalArgumentException when a weight is negative, or when the total is not zero and the
     *                                  weights are empty or all zero
     * @throws ArithmeticException      when the weights add up beyond a {@code long}
     */
    public static long[] splitByIndex(long total, long[] weights) {
        Objects.requireNonNull(weights, "weights");
        int n = weights.length;
        long[] parts = new long[n];
        if (total == 0) {
            return parts;
        }
        if (total == Long.MIN_VALUE) {
            throw new IllegalArgumentException("Total out of range: " + total);
        }
        long sum = 0;
        for (long w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("A weight must not be negative: " + w);
            }
            sum = Math.addExact(sum, w);
        }
        if (sum == 0) {
            throw new IllegalArgumentException("Cannot split " + total + " among " + n + " weights that are all zero");
        }
        long magnitude = Math.abs(total);
        long[] remainders = new long[n];
        long given = 0;
        BigInteger bigSum = null;
        for (int i = 0; i < n; i++) {
            long w = weights[i];
            long low = magnitude * w;
            if (Math.multiplyHigh(magnitude, w) == 0 && low >= 0) {
                parts[i] = low / sum;
                remainders[i] = low % sum;
            } else {
                if (bigSum == null) {
                    bigSum = BigInteger.valueOf(sum);
                }
                BigInteger[] qr = BigInteger.valueOf(magnitude).multiply(BigInteger.valueOf(w)).divideAndRemainder(bigSum);
                parts[i] = qr[0].longValueExact();
                remainders[i] = qr[1].longValueExact();
            }
            given += parts[i];
        }
        long left = magnitude - given;
        if (left > 0) {
            // The left-th largest remainder is the threshold: every remainder above it gets a unit, and
            // the ones equal to it get the units still left, lowest index first.
            long[] sorted = remainders.clone();
            java.util.Arrays.sort(sorted);
            long threshold = sorted[n - (int) left];
            long atThreshold = left;
            for (long r : remainders) {
                if (r > threshold) {
                    atThreshold--;
                }
            }
            for (int i = 0; i < n; i++) {
                if (remainders[i] > threshold) {
                    parts[i]++;
                } else if (remainders[i] == threshold && atThreshold > 0) {
                    parts[i]++;
                    atThreshold--;
                }
            }
        }
        if (total < 0) {
            for (int i = 0; i < n; i++) {
                parts[i] = -parts[i];
            }
        }
        return parts;
    }

    /** Splits an amount, exact to the cent, by the weights; the parts are in the tie-break order of the keys. */
    public Map<K, Money> split(Money total, List<Weight<K>> weights) {
        Objects.requireNonNull(total, "total");
        Map<K, Long> cents = split(total.cents(), weights);
        Map<K, Money> parts = new LinkedHashMap<>();
        cents.forEach((k, c) -> parts.put(k, Money.of(BigDecimal.valueOf(c, 2), total.currency())));
        return parts;
    }
}
