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
    private final long[] ordered;
    private final long[] allocated;
    private final long[] delivered;
    private final String[][] lotNumbers;
    private final long[][] lotGrains;
    private final String[] productCodes;
    private final Unit[] units;
    private final boolean[] weighed;
    private final int size;

    private ReceivedLines(Builder b) {
        this.memberCodes = b.memberCodes;
        this.productOf = b.productOf;
        this.ordered = b.ordered;
        this.allocated = b.allocated;
        this.delivered = b.delivered;
        this.lotNumbers = b.lotNumbers;
        this.lotGrains = b.lotGrains;
        this.productCodes = Arrays.copyOf(b.productCodes, b.products);
        this.units = Arrays.copyOf(b.units, b.products);
        this.weighed = Arrays.copyOf(b.weighed, b.products);
        this.size = b.size;
    }

    @Override
    public ReceivedLine get(int index) {
        Objects.checkIndex(index, size);
        int p = productOf[index];
        return new ReceivedLine(memberCodes[index], productCodes[p], units[p], ordered[index], allocated[index], delivered[index],
                weighed[p], lotNumbers[index], lotGrains[index]);
    }

    @Override
    public int size() {
        return size;
    }

    /** Fills the columns product by product; {@link #build()} once. */
    static final class Builder {
        private final String[] memberCodes;
        private final int[] productOf;
        private final long[] ordered;
        private final long[] allocated;
        private final long[] delivered;
        private final String[][] lotNumbers;
        private final long[][] lotGrains;
        private String[] productCodes = new String[16];
        private Unit[] units = new Unit[16];
        private boolean[] weighed = new boolean[16];
        private int products;
        private int size;

        Builder(int capacity) {
            memberCodes = new String[capacity];
            productOf = new int[capacity];
            ordered = new long[capacity];
            allocated = new long[capacity];
            delivered = new long[capacity];
            lotNumbers = new String[capacity][];
            lotGrains = new long[capacity][];
        }

        /** The product of the lines added next. */
        void product(String productCode, Unit unit, boolean weighedLines) {
            if (products == productCodes.length) {
                productCodes = Arrays.copyOf(productCodes, products * 2);
                units = Arrays.copyOf(units, products * 2);
                weighed = Arrays.copyOf(weighed, products * 2);
            }
            productCodes[products] = productCode;
            units[products] = unit;
            weighed[products] = weighedLines;
            products++;
        }

        /** A line of the current product; the arrays are kept as they are (never written after). */
        void add(String memberCode, long orderedGrains, long allocatedGrains, long deliveredGrains, String[] lots, long[] grains) {
            int i = size++;
            memberCodes[i] = memberCode;
            productOf[i] = products - 1;
            ordered[i] = orderedGrains;
            allocated[i] = allocatedGrains;
            delivered[i] = deliveredGrains;
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
