package be.groupage.core.reception;

import be.groupage.core.money.Unit;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The lines of a recorded reception kept as columns, product by product (a few arrays per product rather
 * than an object per line), as an unmodifiable list whose {@link ReceivedLine}s are made when asked. A
 * line's product, unit and weighed mark are per product; its lot arrays are shared with the other lines
 * served from the same single lot. Per-product arrays stay small: a line-long array of references would
 * be a humongous object for G1, which a young collection cannot reclaim. Equal to any list of equal lines.
 */
final class ReceivedLines extends AbstractList<ReceivedLine> implements RandomAccess {

    private final int[] productOf;
    private final String[] productCodes;
    private final Unit[] units;
    private final boolean[] weighed;
    private final int[] firstLine;
    private final String[][] memberCodes;
    private final long[][] ordered;
    private final long[][] allocated;
    private final long[][] delivered;
    private final String[][][] lotNumbers;
    private final long[][][] lotGrains;
    private final int size;

    private ReceivedLines(Builder b) {
        int n = b.products;
        this.productOf = b.productOf;
        this.productCodes = Arrays.copyOf(b.productCodes, n);
        this.units = Arrays.copyOf(b.units, n);
        this.weighed = Arrays.copyOf(b.weighed, n);
        this.firstLine = Arrays.copyOf(b.firstLine, n);
        this.memberCodes = Arrays.copyOf(b.memberCodes, n);
        this.ordered = Arrays.copyOf(b.ordered, n);
        this.allocated = Arrays.copyOf(b.allocated, n);
        this.delivered = Arrays.copyOf(b.delivered, n);
        this.lotNumbers = Arrays.copyOf(b.lotNumbers, n);
        this.lotGrains = Arrays.copyOf(b.lotGrains, n);
        this.size = b.size;
    }

    @Override
    public ReceivedLine get(int index) {
        int p = productOf[Objects.checkIndex(index, size)];
        int k = index - firstLine[p];
        return new ReceivedLine(memberCodes[p][k], productCodes[p], units[p], ordered[p][k], allocated[p][k],
                delivered[p] == null ? 0 : delivered[p][k], weighed[p], lotNumbers[p][k], lotGrains[p][k]);
    }

    @Override
    public int size() {
        return size;
    }

    String memberCode(int index) {
        int p = productOf[Objects.checkIndex(index, size)];
        return memberCodes[p][index - firstLine[p]];
    }

    String productCode(int index) {
        return productCodes[productOf[Objects.checkIndex(index, size)]];
    }

    Unit unit(int index) {
        return units[productOf[Objects.checkIndex(index, size)]];
    }

    boolean weighed(int index) {
        return weighed[productOf[Objects.checkIndex(index, size)]];
    }

    long deliveredGrains(int index) {
        int p = productOf[Objects.checkIndex(index, size)];
        return delivered[p] == null ? 0 : delivered[p][index - firstLine[p]];
    }

    /** Fills the columns product by product; {@link #build()} once. */
    static final class Builder {
        private final int[] productOf;
        private String[] productCodes = new String[16];
        private Unit[] units = new Unit[16];
        private boolean[] weighed = new boolean[16];
        private int[] firstLine = new int[16];
        private String[][] memberCodes = new String[16][];
        private long[][] ordered = new long[16][];
        private long[][] allocated = new long[16][];
        private long[][] delivered = new long[16][];
        private String[][][] lotNumbers = new String[16][][];
        private long[][][] lotGrains = new long[16][][];
        private int products;
        private int size;

        Builder(int capacity) {
            productOf = new int[capacity];
        }

        /**
         * The product of the lines added next, with their grains in line order ({@code deliveredGrains}
         * null when nothing is delivered); the arrays are kept as they are (never written after).
         */
        void product(String productCode, Unit unit, boolean weighedLines, long[] orderedGrains, long[] allocatedGrains,
                     long[] deliveredGrains) {
            if (products == productCodes.length) {
                int more = products * 2;
                productCodes = Arrays.copyOf(productCodes, more);
                units = Arrays.copyOf(units, more);
                weighed = Arrays.copyOf(weighed, more);
                firstLine = Arrays.copyOf(firstLine, more);
                memberCodes = Arrays.copyOf(memberCodes, more);
                ordered = Arrays.copyOf(ordered, more);
                allocated = Arrays.copyOf(allocated, more);
                delivered = Arrays.copyOf(delivered, more);
                lotNumbers = Arrays.copyOf(lotNumbers, more);
                lotGrains = Arrays.copyOf(lotGrains, more);
            }
            int n = orderedGrains.length;
            productCodes[products] = productCode;
            units[products] = unit;
            weighed[products] = weighedLines;
            firstLine[products] = size;
            memberCodes[products] = new String[n];
            ordered[products] = orderedGrains;
            allocated[products] = allocatedGrains;
            delivered[products] = deliveredGrains;
            lotNumbers[products] = new String[n][];
            lotGrains[products] = new long[n][];
            products++;
        }

        /** The next line of the current product; the lot arrays are kept as they are (never written after). */
        void add(String memberCode, String[] lots, long[] grains) {
            int p = products - 1;
            int k = size - firstLine[p];
            productOf[size++] = p;
            memberCodes[p][k] = memberCode;
            lotNumbers[p][k] = lots;
            lotGrains[p][k] = grains;
        }

        ReceivedLines build() {
            if (size != productOf.length) {
                throw new IllegalStateException(size + " lines for " + productOf.length);
            }
            return new ReceivedLines(this);
        }
    }
}
