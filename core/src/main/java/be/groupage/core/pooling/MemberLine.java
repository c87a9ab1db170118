package be.groupage.core.pooling;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One member's demand for one product, as pooling sees it: the quantity ordered in selling units, the
 * optional maximum the member accepts (tolerance), and when it was ordered (for the tie-break and
 * first-come service). Invariants: quantity positive; maximum, when given, at least the quantity.
 */
public record MemberLine(String productCode, String memberCode, Instant orderedAt, BigDecimal quantity, BigDecimal maximum) {

    /** Rank within a product: order time, member code, then quantity and maximum (absent first). */
    public static final Comparator<MemberLine> RANK = MemberLine::compareRank;

    private static int compareRank(MemberLine a, MemberLine b) {
        // Written out rather than chained: pooling sorts a million lines with it.
        int c = a.orderedAt.compareTo(b.orderedAt);
        if (c != 0) {
            return c;
        }
        c = a.memberCode.compareTo(b.memberCode);
        if (c != 0) {
            return c;
        }
        c = a.quantity.compareTo(b.quantity);
        if (c != 0) {
            return c;
        }
        if (a.maximum == null || b.maximum == null) {
            return a.maximum == null ? (b.maximum == null ? 0 : -1) : 1;
        }
        return a.maximum.compareTo(b.maximum);
    }

    /** @param maximum the most the member accepts, or {@code null} when it stated none */
    public MemberLine {
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(memberCode, "memberCode");
        Objects.requireNonNull(orderedAt, "orderedAt");
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("Member " + memberCode + ", product " + productCode + ": the quantity must be positive, not " + quantity.toPlainString());
        }
        if (maximum != null && maximum.compareTo(quantity) < 0) {
            throw new IllegalArgumentException("Member " + memberCode + ", product " + productCode + ": the maximum " + maximum.toPlainString()
                    + " is under the quantity " + quantity.toPlainString());
        }
    }

    public static MemberLine of(String productCode, String memberCode, Instant orderedAt, BigDecimal quantity) {
        return new MemberLine(productCode, memberCode, orderedAt, quantity, null);
    }

    public static MemberLine of(String productCode, String memberCode, Instant orderedAt, BigDecimal quantity, BigDecimal maximum) {
        return new MemberLine(productCode, memberCode, orderedAt, quantity, maximum);
    }

    /** The stated maximum, if any. */
    public Optional<BigDecimal> maximumIfStated() {
        return Optional.ofNullable(maximum);
    }

    /** The most this line may receive: its maximum when stated, else its quantity. */
    public BigDecimal ceiling() {
        return maximum == null ? quantity : maximum;
    }
}
