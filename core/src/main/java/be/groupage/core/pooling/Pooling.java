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
 * Pools member lines per product, rounds each product to whole cases under a {@link CaseRounding}
 * policy, and allocates what will be ordered among the lines by an {@link AllocationStrategy}.
 *
 * <p>Quantities are counted internally as whole "grains": selling units for counted units (H87, C62),
 * thousandths for measured ones (kg, g, l). Cases apply to measured units too: a 5 kg crate of carrots
 * is a case of 5000 grains, and allocation is to the gram. The result depends only on the set of
 * products and lines, never on their order. Cost is O(L log L) for L lines (a sort per product, on
 * primitive keys); lines may come as objects or as a {@link MemberLines} batch of columns, ranked and
 * allocated by the same code; each pool keeps its lines as columns (member codes, grains ordered and allocated), and
 * {@link MemberAllocation}s are made when asked, so pooling a million lines makes no object per line.
 * Stateless and thread-safe.
 */
public final class Pooling {

    private final CaseRounding rounding;
    private final AllocationStrategy strategy;

    private Pooling(CaseRounding rounding, AllocationStrategy strategy) {
        this.rounding = Objects.requireNonNull(rounding, "rounding");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    public static Pooling of(CaseRounding rounding, AllocationStrategy strategy) {
        return new Pooling(rounding, strategy);
    }

    public CaseRounding rounding() {
        return rounding;
    }

    public AllocationStrategy strategy() {
        return strategy;
    }

    /**
     * Pools the lines. Every line's product must be among {@code products}; products without a line
     * get no pool. Each allocation's {@link MemberAllocation#line()} is the very line given.
     *
     * @throws IllegalArgumentException when a product code is given twice, a line names an unknown
     *                                  product, or a quantity has more decimals than its unit allows
     */
    public PoolingResult pool(Collection<PoolProduct> products, Collection<MemberLine> lines) {
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(lines, "lines");
        // A random-access list is read in place: a copy of a million references would be a humongous
        // object for G1, which young collections cannot reclaim.
        List<MemberLine> all = lines instanceof List<MemberLine> list && lines instanceof RandomAccess
                ? list : Arrays.asList(lines.toArray(new MemberLine[0]));
        PoolProduct[] byIndex = products.toArray(new PoolProduct[0]);
        Map<String, Integer> index = new HashMap<>(byIndex.length * 2);
        for (int i = 0; i < byIndex.length; i++) {
            if (index.put(byIndex[i].productCode(), i) != null) {
                throw new IllegalArgumentException("Product " + byIndex[i].productCode() + " given twice");
            }
        }
        // Only the product is read here; each line is read once more, with its product's lines. Making
        // a whole batch of columns first would cost more than it saves (36 bytes a line).
        int[] productOf = new int[all.size()];
        for (int i = 0; i < productOf.length; i++) {
            MemberLine line = all.get(i);
            Integer p = index.get(line.productCode());
            if (p == null) {
                throw new IllegalArgumentException("Member " + line.memberCode() + " ordered product " + line.productCode()
                        + ", which is not among the products to pool");
            }
            productOf[i] = p;
        }
        return pool(byIndex, productOf, null, all);
    }

    /**
     * Pools a batch of lines given as columns: the same result as pooling {@code lines.line(i)} for
     * every {@code i} with {@link #pool(Collection, Collection)} (each allocation's line is made when
     * asked, its quantities at the product's scale). Products without a line get no pool. The batch was
     * validated as it was built.
     */
    public PoolingResult pool(MemberLines lines) {
        Objects.requireNonNull(lines, "lines");
        PoolProduct[] products = lines.productArray();
        int[] starts = lines.productStarts();
        Integer[] byCode = byCode(products);
        int largest = 0;
        for (int p = 0; p < products.length; p++) {
            largest = Math.max(largest, starts[p + 1] - starts[p]);
        }
        Scratch scratch = new Scratch(largest);
        List<ProductPool> pools = new ArrayList<>(products.length);
        for (int p : byCode) {
            int n = starts[p + 1] - starts[p];
            if (n > 0) {
                pools.add(poolOne(products[p], lines, null, starts[p], n, null, scratch));
            }
        }
        return new PoolingResult(pools);
    }

    /**
     * Pools the lines of {@code batch} or, when it is {@code null}, {@code originals} (then kept by the
     * pools); {@code productOf} is each line's index in {@code products}.
     */
    private PoolingResult pool(PoolProduct[] products, int[] productOf, MemberLines batch, List<MemberLine> originals) {
        Integer[] byCode = byCode(products);
        int size = productOf.length;
        int[] starts = new int[products.length + 1];
        for (int i = 0; i < size; i++) {
            starts[productOf[i] + 1]++;
        }
        int largest = 0;
        for (int p = 0; p < products.length; p++) {
            largest = Math.max(largest, starts[p + 1]);
            starts[p + 1] += starts[p];
        }
        // The rows of each product, in input order: one int per line rather than a bucket of objects.
        int[] rows = new int[size];
        int[] next = Arrays.copyOf(starts, products.length);
        for (int i = 0; i < size; i++) {
            rows[next[productOf[i]]++] = i;
        }
        Scratch scratch = new Scratch(largest);
        List<ProductPool> pools = new ArrayList<>(products.length);
        for (int p : byCode) {
            int n = starts[p + 1] - starts[p];
            if (n > 0) {
                pools.add(poolOne(products[p], batch, rows, starts[p], n, originals, scratch));
            }
        }
        return new PoolingResult(pools);
    }

    /** The indexes of {@code products} in product-code order, the order of the pools. */
    private static Integer[] byCode(PoolProduct[] products) {
        Integer[] byCode = new Integer[products.length];
        for (int p = 0; p < byCode.length; p++) {
            byCode[p] = p;
        }
        Arrays.sort(byCode, (a, b) -> products[a].productCode().compareTo(products[b].productCode()));
        return byCode;
    }

    /** Working arrays shared by the products of one pooling (sized to the largest), never kept in a result. */
    private static final class Scratch {
        final long[] packed;
        final int[] row;
        final long[] second;
        final int[] nano;
        final String[] member;
        final long[] quantity;
        final long[] maximum;
        final int[] rank;
        final long[] maxima;

        Scratch(int size) {
            packed = new long[size];
            row = new int[size];
            second = new long[size];
            nano = new int[size];
            member = new String[size];
            quantity = new long[size];
            maximum = new long[size];
            rank = new int[size];
            maxima = new long[size];
        }

        /** {@link MemberLine#RANK} on gathered lines {@code a} and {@code b} (quantities in one product's grains). */
        int compare(int a, int b) {
            int c = Long.compare(second[a], second[b]);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(nano[a], nano[b]);
            if (c != 0) {
                return c;
            }
            c = member[a].compareTo(member[b]);
            if (c != 0) {
                return c;
            }
            c = Long.compare(quantity[a], quantity[b]);
            if (c != 0) {
                return c;
            }
            // NO_MAXIMUM is negative: absent first, as in the rank.
            return Long.compare(maximum[a], maximum[b]);
        }
    }

    /**
     * Pools one product's {@code n} lines: the batch's lines from {@code from} when a batch is given,
     * else {@code originals} at {@code rows[from..]} (in input order).
     */
    private ProductPool poolOne(PoolProduct product, MemberLines batch, int[] rows, int from, int n, List<MemberLine> originals,
                                Scratch s) {
        if (batch != null) {
            gather(batch, from, n, s);
        } else {
            gather(originals, product.scale(), rows, from, n, s);
        }
        rank(n, s);
        long[] ordered = new long[n];
        long[] maxima = s.maxima; // read below index n only
        // The member codes as a column: reception reads them per product, in rank order.
        String[] members = new String[n];
        MemberLine[] lines = originals == null ? null : new MemberLine[n];
        long totalOrdered = 0;
        long totalMaximum = 0;
        for (int i = 0; i < n; i++) {
            int j = s.rank[i];
            s.packed[i] = s.row[j]; // the packed keys are read no more: reused for the rows in rank order
            members[i] = s.member[j];
            ordered[i] = s.quantity[j];
            maxima[i] = s.maximum[j] == MemberLines.NO_MAXIMUM ? ordered[i] : s.maximum[j];
            totalOrdered = Math.addExact(totalOrdered, ordered[i]);
            totalMaximum = Math.addExact(totalMaximum, maxima[i]);
            if (lines != null) {
                lines[i] = originals.get(s.row[j]);
            }
        }
        int scale = product.scale();
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
        if (lines != null) {
            pool.allocations(lines, members, ordered, allocated);
        } else {
            int[] ranked = new int[n];
            for (int i = 0; i < n; i++) {
                ranked[i] = (int) s.packed[i];
            }
            pool.allocations(batch, ranked, members, ordered, allocated);
        }
        return pool;
    }

    /** As {@link #gather(MemberLines, int, int, Scratch)}, from lines given as objects, at {@code rows[from..]}. */
    private static void gather(List<MemberLine> lines, int scale, int[] rows, int from, int n, Scratch s) {
        for (int j = 0; j < n; j++) {
            int r = rows[from + j];
            MemberLine line = lines.get(r);
            s.row[j] = r;
            s.member[j] = line.memberCode();
            s.second[j] = line.orderedAt().getEpochSecond();
            s.nano[j] = line.orderedAt().getNano();
            s.quantity[j] = grains(line.quantity(), scale, line);
            s.maximum[j] = line.maximum() == null ? MemberLines.NO_MAXIMUM : grains(line.maximum(), scale, line);
        }
    }

    /** Copies the product's lines (a run of the batch, grouped by product) into the scratch columns. */
    private static void gather(MemberLines batch, int from, int n, Scratch s) {
        for (int j = 0; j < n; j++) {
            s.row[j] = from + j;
        }
        System.arraycopy(batch.memberColumn(), from, s.member, 0, n);
        System.arraycopy(batch.secondColumn(), from, s.second, 0, n);
        System.arraycopy(batch.nanoColumn(), from, s.nano, 0, n);
        System.arraycopy(batch.quantityColumn(), from, s.quantity, 0, n);
        System.arraycopy(batch.maximumColumn(), from, s.maximum, 0, n);
    }

    /**
     * Puts in {@code s.rank[0..n)} the gathered lines' positions in {@link MemberLine#RANK} order, equal
     * ranks in input order. As for objects, the lines are sorted as primitives on (order millisecond,
     * position), then each run ordered in the same millisecond by the full rank.
     */
    private static void rank(int n, Scratch s) {
        int[] rank = s.rank;
        if (n < 2) {
            rank[0] = 0;
            return;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        long[] packed = s.packed;
        boolean fits = true;
        for (int j = 0; j < n; j++) {
            long sec = s.second[j];
            if (sec > Long.MAX_VALUE / 1000 - 1 || sec < Long.MIN_VALUE / 1000 + 1) {
                fits = false;
                break;
            }
            long ms = sec * 1000 + s.nano[j] / 1_000_000;
            packed[j] = ms;
            min = Math.min(min, ms);
            max = Math.max(max, ms);
        }
        int bits = 64 - Long.numberOfLeadingZeros(n - 1);
        if (!fits || max - min < 0 || max - min >= (1L << (62 - bits))) {
            sortRange(rank, 0, n, s, true);
            return;
        }
        long mask = (1L << bits) - 1;
        for (int j = 0; j < n; j++) {
            packed[j] = ((packed[j] - min) << bits) | j;
        }
        Arrays.sort(packed, 0, n);
        for (int i = 0; i < n; i++) {
            rank[i] = (int) (packed[i] & mask);
        }
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || (packed[i] >>> bits) != (packed[start] >>> bits)) {
                if (i - start > 1) {
                    sortRange(rank, start, i, s, false);
                }
                start = i;
            }
        }
    }

    /** Stable sort of {@code rank[from..to)} by the full rank (after filling it with positions when asked). */
    private static void sortRange(int[] rank, int from, int to, Scratch s, boolean fill) {
        if (fill) {
            for (int i = from; i < to; i++) {
                rank[i] = i;
            }
        }
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int x = rank[i];
                int k = i - 1;
                while (k >= from && s.compare(rank[k], x) > 0) {
                    rank[k + 1] = rank[k];
                    k--;
                }
                rank[k + 1] = x;
            }
            return;
        }
        Integer[] boxed = new Integer[to - from];
        for (int i = from; i < to; i++) {
            boxed[i - from] = rank[i];
        }
        Arrays.sort(boxed, s::compare); // stable
        for (int i = from; i < to; i++) {
            rank[i] = boxed[i - from];
        }
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

    static long grains(BigDecimal quantity, int scale, MemberLine line) {
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
