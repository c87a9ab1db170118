package be.groupage.core.pooling;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.List;
import java.util.Objects;

/**
 * One product's pooled demand and what will be ordered from the supplier: whole cases, the platform
 * stock they leave (ROUND_UP) and the member allocations, in rank order.
 *
 * <p>Invariants: {@code allocatedTotal + platformStock = cases × caseSize}; every allocation is between
 * 0 and the line's quantity, or its maximum under TOLERANCE.
 */
public final class ProductPool {

    private final PoolProduct product;
    private final CaseRounding rounding;
    private final AllocationStrategy strategy;
    private final long cases;
    private final long orderedGrains;
    private final long maximumGrains;
    private final long allocatedGrains;
    private List<MemberAllocation> allocations = List.of();

    ProductPool(PoolProduct product, CaseRounding rounding, AllocationStrategy strategy, long cases,
                long orderedGrains, long maximumGrains, long allocatedGrains) {
        this.product = product;
        this.rounding = rounding;
        this.strategy = strategy;
        this.cases = cases;
        this.orderedGrains = orderedGrains;
        this.maximumGrains = maximumGrains;
        this.allocatedGrains = allocatedGrains;
    }

    /**
     * The allocations as columns, lines in rank order: a {@link MemberAllocation} is a light value made
     * when asked, so a pool of a million lines keeps a few arrays rather than a million objects. The
     * arrays are owned by this pool and never written after.
     */
    void allocations(MemberLine[] lines, String[] memberCodes, long[] orderedGrains, long[] allocatedGrains) {
        this.allocations = new Allocations(this, lines, null, null, memberCodes, orderedGrains, allocatedGrains);
    }

    /** As {@link #allocations(MemberLine[], String[], long[], long[])}, each line being {@code batch.line(rows[rank])}. */
    void allocations(MemberLines batch, int[] rows, String[] memberCodes, long[] orderedGrains, long[] allocatedGrains) {
        this.allocations = new Allocations(this, null, batch, rows, memberCodes, orderedGrains, allocatedGrains);
    }

    /**
     * An unmodifiable list view over the columns; equal to any list of equal allocations. The lines are
     * the objects given to pooling, or rows of the batch given, made into lines when read.
     */
    private static final class Allocations extends AbstractList<MemberAllocation> implements RandomAccess {
        private final ProductPool pool;
        private final MemberLine[] lines;
        private final MemberLines batch;
        private final int[] rows;
        private final String[] memberCodes;
        private final long[] ordered;
        private final long[] allocated;

        Allocations(ProductPool pool, MemberLine[] lines, MemberLines batch, int[] rows, String[] memberCodes, long[] ordered,
                    long[] allocated) {
            this.pool = pool;
            this.lines = lines;
            this.batch = batch;
            this.rows = rows;
            this.memberCodes = memberCodes;
            this.ordered = ordered;
            this.allocated = allocated;
        }

        @Override
        public MemberAllocation get(int index) {
            Objects.checkIndex(index, ordered.length);
            MemberLine line = lines != null ? lines[index] : batch.line(rows[index]);
            return new MemberAllocation(pool, line, ordered[index], allocated[index]);
        }

        @Override
        public int size() {
            return ordered.length;
        }
    }

    public PoolProduct product() {
        return product;
    }

    public String productCode() {
        return product.productCode();
    }

    public CaseRounding rounding() {
        return rounding;
    }

    public AllocationStrategy strategy() {
        return strategy;
    }

    /** Whole cases to order from the supplier. */
    public long cases() {
        return cases;
    }

    /** {@code cases × caseSize}, in selling units: what the supplier delivers. */
    public BigDecimal caseQuantity() {
        return product.caseSize().multiply(BigDecimal.valueOf(cases));
    }

    /** Sum of the quantities ordered. */
    public BigDecimal totalOrdered() {
        return grains(orderedGrains);
    }

    /** Sum of the most each line accepts (its maximum, or its quantity when none is stated). */
    public BigDecimal totalMaximum() {
        return grains(maximumGrains);
    }

    /** Sum of the allocations to members. */
    public BigDecimal allocatedTotal() {
        return grains(allocatedGrains);
    }

    /** What is delivered but allocated to no member (ROUND_UP surplus), kept by the platform. */
    public BigDecimal platformStock() {
        return caseQuantity().subtract(allocatedTotal());
    }

    /** What members ordered but will not get: ordered minus allocated, or zero. */
    public BigDecimal shortfall() {
        return grains(Math.max(0, orderedGrains - allocatedGrains));
    }

    /** Whether nothing is ordered because the demand is under the minimum number of cases. */
    public boolean belowMinimumCases() {
        return cases == 0;
    }

    /**
     * The member allocations in rank order: an unmodifiable view over the pool's columns, whose
     * {@link MemberAllocation}s are made when read (equal values, not the same objects each time).
     */
    public List<MemberAllocation> allocations() {
        return allocations;
    }

    /**
     * The member code of the allocation at {@code rank} in {@link #allocations()}, without making its
     * {@link MemberAllocation}.
     *
     * @throws IndexOutOfBoundsException when there is no allocation at that rank
     */
    public String memberCodeAt(int rank) {
        return columns().memberCodes[Objects.checkIndex(rank, allocations.size())];
    }

    /** {@link MemberAllocation#orderedGrains()} of every allocation, in rank order (a new array). */
    public long[] orderedGrains() {
        return allocations.isEmpty() ? new long[0] : columns().ordered.clone();
    }

    /** {@link MemberAllocation#allocatedGrains()} of every allocation, in rank order (a new array). */
    public long[] allocatedGrains() {
        return allocations.isEmpty() ? new long[0] : columns().allocated.clone();
    }

    private Allocations columns() {
        return (Allocations) allocations;
    }

    private BigDecimal grains(long grains) {
        return BigDecimal.valueOf(grains, product.scale());
    }

    @Override
    public String toString() {
        return product.productCode() + ": " + cases + " case(s), ordered " + totalOrdered().toPlainString() + ", allocated "
                + allocatedTotal().toPlainString() + ", stock " + platformStock().toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProductPool other && product.equals(other.product) && rounding == other.rounding
                && strategy == other.strategy && cases == other.cases && allocations.equals(other.allocations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(product, cases, allocatedGrains);
    }
}
