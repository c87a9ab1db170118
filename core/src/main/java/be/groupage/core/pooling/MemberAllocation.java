package be.groupage.core.pooling;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The result for one member line: what it ordered, what it is allocated, and why they differ.
 * Quantities are in the product's selling unit. Light on purpose (pooling a million lines makes a
 * million of these): amounts and the explanation are computed when asked.
 */
public final class MemberAllocation {

    private final ProductPool pool;
    private final MemberLine line;
    private final long orderedGrains;
    private final long allocatedGrains;

    MemberAllocation(ProductPool pool, MemberLine line, long orderedGrains, long allocatedGrains) {
        this.pool = pool;
        this.line = line;
        this.orderedGrains = orderedGrains;
        this.allocatedGrains = allocatedGrains;
    }

    public String productCode() {
        return line.productCode();
    }

    public String memberCode() {
        return line.memberCode();
    }

    /** The member line this allocation answers. */
    public MemberLine line() {
        return line;
    }

    public BigDecimal ordered() {
        return line.quantity();
    }

    public BigDecimal allocated() {
        return BigDecimal.valueOf(allocatedGrains, pool.product().scale());
    }

    /** Allocated minus ordered: negative for a shortfall, positive for a tolerance fill. */
    public BigDecimal difference() {
        return BigDecimal.valueOf(allocatedGrains - orderedGrains, pool.product().scale());
    }

    public AllocationReason reason() {
        if (allocatedGrains == orderedGrains) {
            return AllocationReason.FULL;
        }
        if (allocatedGrains > orderedGrains) {
            return AllocationReason.TOLERANCE_FILLED;
        }
        return pool.cases() == 0 ? AllocationReason.BELOW_MINIMUM_CASES : AllocationReason.SHORTFALL_SHARED;
    }

    /** A sentence for the member, in English, e.g. why it gets 10 of the 12 pieces it ordered. */
    public String explanation() {
        String unit = " " + pool.product().unit().code();
        String ordered = ordered().stripTrailingZeros().toPlainString() + unit;
        String allocated = allocated().stripTrailingZeros().toPlainString() + unit;
        String cases = pool.cases() + (pool.cases() == 1 ? " case of " : " cases of ")
                + pool.product().caseSize().stripTrailingZeros().toPlainString() + unit;
        String total = pool.totalOrdered().stripTrailingZeros().toPlainString() + unit;
        String how = pool.strategy() == AllocationStrategy.PROPORTIONAL ? "in proportion to each order" : "first come, first served";
        switch (reason()) {
            case FULL:
                return "Ordered " + ordered + ", allocated in full.";
            case TOLERANCE_FILLED:
                return "Ordered " + ordered + ", allocated " + allocated + " (within the stated maximum of "
                        + line.ceiling().stripTrailingZeros().toPlainString() + unit + ") to fill " + cases
                        + " for a pooled demand of " + total + "; the extra is shared "
                        + (pool.strategy() == AllocationStrategy.PROPORTIONAL ? "in proportion to each member's margin." : "first come, first served.");
            case BELOW_MINIMUM_CASES:
                return "Ordered " + ordered + ", allocated nothing: the pooled demand of " + total + " does not reach the minimum of "
                        + Math.max(1, pool.product().minimumCases()) + (Math.max(1, pool.product().minimumCases()) == 1 ? " case of " : " cases of ")
                        + pool.product().caseSize().stripTrailingZeros().toPlainString() + unit
                        + (pool.rounding() == CaseRounding.TOLERANCE ? ", even within the members' maxima." : ".");
            default:
                return "Ordered " + ordered + ", allocated " + allocated + ": the pooled demand of " + total + " was rounded down to "
                        + cases + " and the shortfall shared " + how + ".";
        }
    }

    /**
     * {@link #ordered()} as whole grains: selling units for counted units, thousandths for measured ones
     * (the way pooling counts), without building a {@link BigDecimal}.
     */
    public long orderedGrains() {
        return orderedGrains;
    }

    /** {@link #allocated()} as whole grains (see {@link #orderedGrains()}), without building a {@link BigDecimal}. */
    public long allocatedGrains() {
        return allocatedGrains;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemberAllocation other && line.equals(other.line) && allocatedGrains == other.allocatedGrains
                && pool.product().equals(other.pool.product());
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, allocatedGrains);
    }

    @Override
    public String toString() {
        return memberCode() + " " + productCode() + ": ordered " + ordered().toPlainString() + ", allocated " + allocated().toPlainString()
                + " (" + reason() + ")";
    }
}
