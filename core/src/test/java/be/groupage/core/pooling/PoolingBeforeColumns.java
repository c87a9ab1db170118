package be.groupage.core.pooling;

import be.groupage.core.money.LargestRemainder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Pooling as it was before it took columns ({@code Pooling} at the commit before {@code MemberLines}),
 * kept verbatim as the reference the columnar pooling must equal. Test code only.
 */
final class PoolingBeforeColumns {

    private final CaseRounding rounding;
    private final AllocationStrategy strategy;

    private PoolingBeforeColumns(CaseRounding rounding, AllocationStrategy strategy) {
        this.rounding = Objects.requireNonNull(rounding, "rounding");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    static PoolingBeforeColumns of(CaseRounding rounding, AllocationStrategy strategy) {
        return new PoolingBeforeColumns(rounding, strategy);
    }

    public CaseRounding rounding() {
        return rounding;
    }

    public AllocationStrategy strategy() {
        return strategy;
    }

    /**
     * Pools the lines. Every line's product must be among {@code products}; products without a line
     * get no pool.
     *
     * @throws IllegalArgumentException when a product code is given twice, a line names an unknown
     *                                  product, or a quantity has more decimals than its unit allows
     */
    public PoolingResult pool(Collection<PoolProduct> products, Collection<MemberLine> lines) {
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(lines, "lines");
        PoolProduct[] sortedProducts = products.toArray(new PoolProduct[0]);
        Arrays.sort(sortedProducts, (a, b) -> a.productCode().compareTo(b.productCode()));
        Map<String, Integer> index = new HashMap<>(sortedProducts.length * 2);
        for (int i = 0; i < sortedProducts.length; i++) {
            if (index.put(sortedProducts[i].productCode(), i) != null) {
                throw new IllegalArgumentException("Product " + sortedProducts[i].productCode() + " given twice");
            }
        }
        // A random-access list is read in place: a copy of a million references would be a humongous
        // object for G1, which young collections cannot reclaim.
        List<MemberLine> all = lines instanceof List<MemberLine> list && lines instanceof RandomAccess
                ? list : Arrays.asList(lines.toArray(new MemberLine[0]));
        int[] productOf = new int[all.size()];
        int[] counts = new int[sortedProducts.length];
        for (int i = 0; i < productOf.length; i++) {
            MemberLine line = all.get(i);
            Integer p = index.get(line.productCode());
            if (p == null) {
                throw new IllegalArgumentException("Member " + line.memberCode() + " ordered product " + line.productCode()
                        + ", which is not among the products to pool");
            }
            productOf[i] = p;
            counts[p]++;
        }
        MemberLine[][] buckets = new MemberLine[sortedProducts.length][];
        for (int p = 0; p < buckets.length; p++) {
            buckets[p] = new MemberLine[counts[p]];
        }
        int[] filled = new int[sortedProducts.length];
        for (int i = 0; i < productOf.length; i++) {
            int p = productOf[i];
            buckets[p][filled[p]++] = all.get(i);
        }
        int largest = 0;
        for (int count : counts) {
            largest = Math.max(largest, count);
        }
        Scratch scratch = new Scratch(largest);
        List<ProductPool> pools = new ArrayList<>(buckets.length);
        for (int p = 0; p < buckets.length; p++) {
            if (buckets[p].length > 0) {
                pools.add(poolOne(sortedProducts[p], buckets[p], scratch));
            }
        }
        return new PoolingResult(pools);
    }

    /** Working arrays shared by the products of one pooling (sized to the largest), never kept in a result. */
    private static final class Scratch {
        final long[] millis;
        final long[] packed;
        final MemberLine[] sorted;
        final long[] maxima;

        Scratch(int size) {
            millis = new long[size];
            packed = new long[size];
            sorted = new MemberLine[size];
            maxima = new long[size];
        }
    }

    private ProductPool poolOne(PoolProduct product, MemberLine[] lines, Scratch scratch) {
        sortByRank(lines, scratch.millis, scratch.packed, scratch.sorted);
        int scale = product.scale();
        int n = lines.length;
        long[] ordered = new long[n];
        long[] maxima = scratch.maxima; // read below index n only
        // The member codes as a column, read while the line is in cache: reception reads them per product
        // long after, and going back to a million scattered lines then costs a cache miss each.
        String[] members = new String[n];
        long totalOrdered = 0;
        long totalMaximum = 0;
        for (int i = 0; i < n; i++) {
            members[i] = lines[i].memberCode();
            ordered[i] = grains(lines[i].quantity(), scale, lines[i]);
            maxima[i] = lines[i].maximum() == null ? ordered[i] : grains(lines[i].maximum(), scale, lines[i]);
            totalOrdered = Math.addExact(totalOrdered, ordered[i]);
            totalMaximum = Math.addExact(totalMaximum, maxima[i]);
        }
        long caseSize = grains(product.caseSize(), scale, null);
        long minimum = Math.max(1, product.minimumCases());
        long down = totalOrdered / caseSize;
        long up = down + (totalOrdered % caseSize == 0 ? 0 : 1);
        long cases;
        long supply;
        switch (rounding) {
            case ROUND_DOWN:
                cases = down >= minimum ? down : 0;
                supply = Math.multiplyExact(cases, caseSize);
                break;
            case ROUND_UP:
                cases = Math.max(up, minimum);
                supply = totalOrdered;
                break;
            case TOLERANCE:
                cases = Math.multiplyExact(up, caseSize) <= totalMaximum ? up : down;
                if (cases < minimum) {
                    cases = Math.multiplyExact(minimum, caseSize) <= totalMaximum ? minimum : 0;
                }
                supply = Math.multiplyExact(cases, caseSize);
                break;
            default:
                throw new IllegalStateException("Unknown rounding " + rounding);
        }
        // Supply equal to demand: every line gets its order, and the pool may share the ordered column
        // (neither is written after).
        long[] allocated = supply == totalOrdered ? ordered : allocate(supply, ordered, maxima, totalOrdered, strategy);
        ProductPool pool = new ProductPool(product, rounding, strategy, cases, totalOrdered, totalMaximum, supply);
        pool.allocations(lines, members, ordered, allocated);
        return pool;
    }

    /**
     * Sorts lines by {@link MemberLine#RANK}. Comparing objects dominated the cost of pooling, so lines
     * are first sorted as primitives on (order millisecond, index), then each run of lines ordered in
     * the same millisecond is sorted by the full rank; the result is exactly the full-rank order.
     */
    static void sortByRank(MemberLine[] lines) {
        int n = lines.length;
        sortByRank(lines, new long[n], new long[n], new MemberLine[n]);
    }

    /** As {@link #sortByRank(MemberLine[])}, with working arrays at least as long as {@code lines}. */
    private static void sortByRank(MemberLine[] lines, long[] millis, long[] packed, MemberLine[] sorted) {
        int n = lines.length;
        if (n < 2) {
            return;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        try {
            for (int i = 0; i < n; i++) {
                millis[i] = lines[i].orderedAt().toEpochMilli();
                min = Math.min(min, millis[i]);
                max = Math.max(max, millis[i]);
            }
        } catch (ArithmeticException e) {
            Arrays.sort(lines, MemberLine.RANK);
            return;
        }
        int bits = 64 - Long.numberOfLeadingZeros(n - 1);
        if (max - min < 0 || max - min >= (1L << (62 - bits))) {
            Arrays.sort(lines, MemberLine.RANK);
            return;
        }
        long mask = (1L << bits) - 1;
        for (int i = 0; i < n; i++) {
            packed[i] = ((millis[i] - min) << bits) | i;
        }
        Arrays.sort(packed, 0, n);
        for (int i = 0; i < n; i++) {
            sorted[i] = lines[(int) (packed[i] & mask)];
        }
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || (packed[i] >>> bits) != (packed[start] >>> bits)) {
                if (i - start > 1) {
                    Arrays.sort(sorted, start, i, MemberLine.RANK);
                }
                start = i;
            }
        }
        System.arraycopy(sorted, 0, lines, 0, n);
    }

    /**
     * Shares {@code supply} among lines in rank order: each gets its order when supply equals demand;
     * a shortfall is shared within the orders, an excess within the headroom up to the maxima.
     */
    static long[] allocate(long supply, long[] ordered, long[] maxima, long totalOrdered, AllocationStrategy strategy) {
        int n = ordered.length;
        if (supply == totalOrdered) {
            return ordered.clone();
        }
        if (supply < totalOrdered) {
            if (strategy == AllocationStrategy.PROPORTIONAL) {
                return LargestRemainder.splitByIndex(supply, ordered);
            }
            long[] parts = new long[n];
            long left = supply;
            for (int i = 0; i < n && left > 0; i++) {
                parts[i] = Math.min(ordered[i], left);
                left -= parts[i];
            }
            return parts;
        }
        long extra = supply - totalOrdered;
        long[] headroom = new long[n];
        for (int i = 0; i < n; i++) {
            headroom[i] = maxima[i] - ordered[i];
        }
        long[] parts;
        if (strategy == AllocationStrategy.PROPORTIONAL) {
            parts = LargestRemainder.splitByIndex(extra, headroom);
        } else {
            parts = new long[n];
            long left = extra;
            for (int i = 0; i < n && left > 0; i++) {
                parts[i] = Math.min(headroom[i], left);
                left -= parts[i];
            }
            if (left > 0) {
                throw new IllegalStateException("Tolerance extra beyond the members' maxima: " + left);
            }
        }
        for (int i = 0; i < n; i++) {
            parts[i] += ordered[i];
        }
        return parts;
    }

    private static long grains(BigDecimal quantity, int scale, MemberLine line) {
        if (quantity.scale() == 0 && scale == 0) {
            return quantity.longValueExact();
        }
        try {
            // Moving the point keeps the compact long inside BigDecimal: no BigInteger per line.
            return quantity.scaleByPowerOfTen(scale).longValueExact();
        } catch (ArithmeticException e) {
            String where = line == null ? "A case size" : "Member " + line.memberCode() + ", product " + line.productCode() + ": the quantity";
            throw new IllegalArgumentException(where + " has more than " + scale + " decimals, or is too large: " + quantity.toPlainString(), e);
        }
    }
}
