package be.groupage.core.reception;

import be.groupage.core.money.Unit;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The lines of a recorded reception kept as columns (a few arrays for the whole cycle rather than an
 * object per line), as an unmodifiable list whose {@link ReceivedLine}s are made when asked. A line's
 * product, unit and weighed mark are per product; its lot arrays are shared with the other lines served
 * from the same single lot. Equal to any list of equal lines.
 */
final class ReceivedLines extends AbstractList<ReceivedLine> implements RandomAccess {

    private final String[] memberCodes;
    private final int[] productOf;
    private final String[][] lotNumbers;
    private final long[][] lotGrains;
    private final String[] productCodes;
    private final Unit[] units;
    private final boolean[] weighed;
    private final int[] firstLine;
    private final long[][] ordered;
    private final long[][] allocated;
    private final long[][] delivered;
    private final int size;

    private ReceivedLines(Builder b) {
        this.memberCodes = b.memberCodes;
        this.productOf = b.productOf;
        this.lotNumbers = b.lotNumbers;
        this.lotGrains = b.lotGrains;
        this.productCodes = Arrays.copyOf(b.productCodes, b.products);
        this.units = Arrays.copyOf(b.units, b.products);
        this.weighed = Arrays.copyOf(b.weighed, b.products);
        this.firstLine = Arrays.copyOf(b.firstLine, b.products);
        this.ordered = Arrays.copyOf(b.ordered, b.products);
        this.allocated = Arrays.copyOf(b.allocated, b.products);
        this.delivered = Arrays.copyOf(b.delivered, b.products);
        this.size = b.size;
    }

    @Override
    public ReceivedLine get(int index) {
        Objects.checkIndex(index, size);
        int p = productOf[index];
        int k = index - firstLine[p];
        return new ReceivedLine(memberCodes[index], productCodes[p], units[p], ordered[p][k], allocated[p][k],
                delivered[p] == null ? 0 : delivered[p][k], weighed[p], lotNumbers[index], lotGrains[index]);
    }

    @Override
    public int size() {
        return size;
    }

    String memberCode(int index) {
        return memberCodes[Objects.checkIndex(index, size)];
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
        private final String[] memberCodes;
        private final int[] productOf;
        private final String[][] lotNumbers;
        private final long[][] lotGrains;
        private String[] productCodes = new String[16];
        private Unit[] units = new Unit[16];
        private boolean[] weighed = new boolean[16];
        private int[] firstLine = new int[16];
        private long[][] ordered = new long[16][];
        private long[][] allocated = new long[16][];
        private long[][] delivered = new long[16][];
        private int products;
        private int size;

        Builder(int capacity) {
            memberCodes = new String[capacity];
            productOf = new int[capacity];
            lotNumbers = new String[capacity][];
            lotGrains = new long[capacity][];
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
                ordered = Arrays.copyOf(ordered, more);
                allocated = Arrays.copyOf(allocated, more);
                delivered = Arrays.copyOf(delivered, more);
            }
            productCodes[products] = productCode;
            units[products] = unit;
            weighed[products] = weighedLines;
            firstLine[products] = size;
            ordered[products] = orderedGrains;
            allocated[products] = allocatedGrains;
            delivered[products] = deliveredGrains;
            products++;
        }

        /** The next line of the current product; the lot arrays are kept as they are (never written after). */
        void add(String memberCode, String[] lots, long[] grains) {
            int i = size++;
            memberCodes[i] = memberCode;
            productOf[i] = products - 1;
            lotNumbers[i] = lots;
            lotGrains[i] = grains;
        }

        ReceivedLines build() {
            if (size != memberCodes.length) {
                throw new IllegalStateException(size + " lines for " + memberCodes.length);
            }
            return new ReceivedLines(this);
        }
    }
}
