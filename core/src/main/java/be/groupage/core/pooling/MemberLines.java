package be.groupage.core.pooling;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cycle's member lines as columns, the shape pooling is fastest with: per line the product (an index
 * into {@link #products()}), the member code, the order time and the quantity and optional maximum in
 * the product's grains (selling units for counted units, thousandths for measured ones, as
 * {@link Pooling} counts). A service reading a million order lines fills it straight from its result
 * set through a {@link Builder}, rather than making a {@link MemberLine} with an {@link Instant} and
 * {@link BigDecimal}s per line.
 *
 * <p>Invariants, checked as lines are added: every line's product is among the products (given once
 * each), its quantity is positive and has no more decimals than its unit allows, and its maximum, when
 * stated, is at least its quantity. The batch keeps its lines grouped by product (in the products'
 * order, then in the order added), the order pooling reads them in: {@link #line(int) line(i)} is the
 * {@code i}-th in that order. It is immutable once built, and pooling it gives the same result as pooling those {@link MemberLine}s
 * (quantities come back at the product's scale: {@code 2.500} kg for a line added as {@code 2.5}).
 */
public final class MemberLines {

    /** The maximum of a line that states none, in {@link Builder#addGrains}. */
    public static final long NO_MAXIMUM = -1;

    private final PoolProduct[] products;
    private final int size;
    private final int[] starts;
    private final int[] product;
    private final String[] member;
    private final long[] second;
    private final int[] nano;
    private final long[] quantity;
    private final long[] maximum;

    private MemberLines(Builder b) {
        this.products = b.products;
        this.size = b.size;
        // Grouped by product once, here (stable: within a product, in the order added), so pooling reads
        // each product's lines as one run of every column rather than a cache miss per line and column.
        int[] starts = new int[products.length + 1];
        for (int i = 0; i < size; i++) {
            starts[b.product[i] + 1]++;
        }
        for (int p = 0; p < products.length; p++) {
            starts[p + 1] += starts[p];
        }
        this.starts = starts;
        this.product = new int[size];
        this.member = new String[size];
        this.second = new long[size];
        this.nano = new int[size];
        this.quantity = new long[size];
        this.maximum = new long[size];
        int[] next = Arrays.copyOf(starts, products.length);
        for (int i = 0; i < size; i++) {
            int p = b.product[i];
            int at = next[p]++;
            product[at] = p;
            member[at] = b.member[i];
            second[at] = b.second[i];
            nano[at] = b.nano[i];
            quantity[at] = b.quantity[i];
            maximum[at] = b.maximum[i];
        }
    }

    /**
     * A builder for lines of the given products, which are indexed in their iteration order.
     *
     * @throws IllegalArgumentException when a product code is given twice
     */
    public static Builder builder(Collection<PoolProduct> products) {
        return new Builder(products, 16);
    }

    /** As {@link #builder(Collection)}, with room for {@code expectedLines} lines before growing. */
    public static Builder builder(Collection<PoolProduct> products, int expectedLines) {
        if (expectedLines < 0) {
            throw new IllegalArgumentException("Expected lines must not be negative: " + expectedLines);
        }
        return new Builder(products, expectedLines);
    }

    /**
     * The given lines as columns.
     *
     * @throws IllegalArgumentException as {@link Pooling#pool(Collection, Collection)} does: a product
     *                                  given twice, a line of an unknown product, too many decimals
     */
    public static MemberLines of(Collection<PoolProduct> products, Collection<MemberLine> lines) {
        Objects.requireNonNull(lines, "lines");
        Builder builder = new Builder(products, lines.size());
        for (MemberLine line : lines) {
            builder.add(line);
        }
        return builder.build();
    }

    /** The products the lines refer to, in the order they were given to the builder. */
    public List<PoolProduct> products() {
        return List.of(products);
    }

    /** The number of lines. */
    public int size() {
        return size;
    }

    /**
     * Line {@code index} (lines grouped by product, then in the order added) as a {@link MemberLine}, its quantity and maximum at the product's scale (made
     * when asked).
     */
    public MemberLine line(int index) {
        Objects.checkIndex(index, size);
        PoolProduct p = products[product[index]];
        int scale = p.scale();
        return new MemberLine(p.productCode(), member[index], orderedAt(index), BigDecimal.valueOf(quantity[index], scale),
                maximum[index] == NO_MAXIMUM ? null : BigDecimal.valueOf(maximum[index], scale));
    }

    PoolProduct[] productArray() {
        return products;
    }

    /** Where product {@code p}'s lines start; they end where product {@code p + 1}'s start. */
    int[] productStarts() {
        return starts;
    }

    String[] memberColumn() {
        return member;
    }

    long[] secondColumn() {
        return second;
    }

    int[] nanoColumn() {
        return nano;
    }

    long[] quantityColumn() {
        return quantity;
    }

    long[] maximumColumn() {
        return maximum;
    }

    Instant orderedAt(int index) {
        return Instant.ofEpochSecond(second[index], nano[index]);
    }

    /** Appends lines one by one into growing columns; not thread-safe, used once. */
    public static final class Builder {
        private final PoolProduct[] products;
        private final Map<String, Integer> index;
        private int size;
        private int[] product;
        private String[] member;
        private long[] second;
        private int[] nano;
        private long[] quantity;
        private long[] maximum;
        private boolean built;

        private Builder(Collection<PoolProduct> products, int capacity) {
            Objects.requireNonNull(products, "products");
            this.products = products.toArray(new PoolProduct[0]);
            this.index = new HashMap<>(this.products.length * 2);
            for (int i = 0; i < this.products.length; i++) {
                Objects.requireNonNull(this.products[i], "product");
                if (index.put(this.products[i].productCode(), i) != null) {
                    throw new IllegalArgumentException("Product " + this.products[i].productCode() + " given twice");
                }
            }
            product = new int[capacity];
            member = new String[capacity];
            second = new long[capacity];
            nano = new int[capacity];
            quantity = new long[capacity];
            maximum = new long[capacity];
        }

        /** The index of a product in this batch, as {@link #addGrains} takes it, or -1 when it is not among them. */
        public int productIndex(String productCode) {
            Integer p = index.get(Objects.requireNonNull(productCode, "productCode"));
            return p == null ? -1 : p;
        }

        /**
         * The decimals of a grain of product {@code productIndex}: 3 for measured units, 0 for counted
         * ones; a quantity of {@code q} selling units is {@code q × 10^scale} grains.
         */
        public int grainScale(int productIndex) {
            return products[Objects.checkIndex(productIndex, products.length)].scale();
        }

        /** Adds a line, as {@link MemberLine} states it (whose constructor checks the quantity and maximum). */
        public Builder add(MemberLine line) {
            Objects.requireNonNull(line, "line");
            Integer p = index.get(line.productCode());
            if (p == null) {
                throw new IllegalArgumentException("Member " + line.memberCode() + " ordered product " + line.productCode()
                        + ", which is not among the products to pool");
            }
            int scale = products[p].scale();
            long q = Pooling.grains(line.quantity(), scale, line);
            long max = line.maximum() == null ? NO_MAXIMUM : Pooling.grains(line.maximum(), scale, line);
            append(p, line.memberCode(), line.orderedAt(), q, max);
            return this;
        }

        /**
         * Adds a line in selling units.
         *
         * @param maximum the most the member accepts, or {@code null} when it stated none
         * @throws IllegalArgumentException as {@link MemberLine} and {@link Pooling#pool(Collection, Collection)}
         *                                  would: a quantity not positive, a maximum under it, an unknown
         *                                  product, more decimals than the unit allows
         */
        public Builder add(String productCode, String memberCode, Instant orderedAt, BigDecimal quantity, BigDecimal maximum) {
            return add(new MemberLine(productCode, memberCode, orderedAt, quantity, maximum));
        }

        /**
         * Adds a line in grains (see {@link #grainScale}), the way a service fills the batch from stored
         * rows without a {@link BigDecimal} per line.
         *
         * @param productIndex   the product's index among the builder's products ({@link #productIndex})
         * @param quantityGrains the quantity ordered, in grains, positive
         * @param maximumGrains  the most the member accepts, in grains, at least the quantity, or
         *                       {@link #NO_MAXIMUM}
         * @throws IllegalArgumentException when the product index is not among the products, the quantity
         *                                  is not positive or the maximum is under it
         */
        public Builder addGrains(int productIndex, String memberCode, Instant orderedAt, long quantityGrains, long maximumGrains) {
            Objects.requireNonNull(memberCode, "memberCode");
            Objects.requireNonNull(orderedAt, "orderedAt");
            if (productIndex < 0 || productIndex >= products.length) {
                throw new IllegalArgumentException("Member " + memberCode + " ordered product #" + productIndex
                        + ", which is not among the " + products.length + " products to pool");
            }
            PoolProduct p = products[productIndex];
            if (quantityGrains <= 0) {
                throw new IllegalArgumentException("Member " + memberCode + ", product " + p.productCode() + ": the quantity must be positive, not "
                        + BigDecimal.valueOf(quantityGrains, p.scale()).toPlainString());
            }
            if (maximumGrains != NO_MAXIMUM && maximumGrains < quantityGrains) {
                throw new IllegalArgumentException("Member " + memberCode + ", product " + p.productCode() + ": the maximum "
                        + BigDecimal.valueOf(maximumGrains, p.scale()).toPlainString() + " is under the quantity "
                        + BigDecimal.valueOf(quantityGrains, p.scale()).toPlainString());
            }
            append(productIndex, memberCode, orderedAt, quantityGrains, maximumGrains);
            return this;
        }

        private void append(int p, String memberCode, Instant orderedAt, long q, long max) {
            if (built) {
                throw new IllegalStateException("The batch is already built");
            }
            if (size == product.length) {
                int capacity = Math.max(16, size + (size >> 1));
                product = Arrays.copyOf(product, capacity);
                member = Arrays.copyOf(member, capacity);
                second = Arrays.copyOf(second, capacity);
                nano = Arrays.copyOf(nano, capacity);
                quantity = Arrays.copyOf(quantity, capacity);
                maximum = Arrays.copyOf(maximum, capacity);
            }
            product[size] = p;
            member[size] = memberCode;
            second[size] = orderedAt.getEpochSecond();
            nano[size] = orderedAt.getNano();
            quantity[size] = q;
            maximum[size] = max;
            size++;
        }

        /** The batch of the lines added so far; the builder takes no line after. */
        public MemberLines build() {
            built = true;
            return new MemberLines(this);
        }
    }
}
