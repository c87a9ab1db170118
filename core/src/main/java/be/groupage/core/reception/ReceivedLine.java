package be.groupage.core.reception;

import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One member line after delivery: what the member ordered, what pooling allocated it, what it was
 * actually delivered (the weighed quantity for a line received by weighing), and the lots it came from.
 * The quantity invoiced is not here: it is the invoice line's, which a credit note may later reduce.
 *
 * <p>Invariants: the quantities share the product's selling unit; the lot portions add up to the
 * delivered quantity. A line received by quantity is never delivered more than it was allocated.
 * Quantities are kept as whole grains (units, or thousandths for measured units) and turned into
 * {@link Quantity} when asked, so a reception of a million lines stays light.
 */
public final class ReceivedLine {

    private static final String[] NO_LOTS = new String[0];
    private static final long[] NO_GRAINS = new long[0];

    private final String memberCode;
    private final String productCode;
    private final Unit unit;
    private final long orderedGrains;
    private final long allocatedGrains;
    private final long deliveredGrains;
    private final boolean weighed;
    private final String[] lotNumbers;
    private final long[] lotGrains;

    ReceivedLine(String memberCode, String productCode, Unit unit, long orderedGrains, long allocatedGrains,
                 long deliveredGrains, boolean weighed, String[] lotNumbers, long[] lotGrains) {
        this.memberCode = memberCode;
        this.productCode = productCode;
        this.unit = unit;
        this.orderedGrains = orderedGrains;
        this.allocatedGrains = allocatedGrains;
        this.deliveredGrains = deliveredGrains;
        this.weighed = weighed;
        this.lotNumbers = lotNumbers == null ? NO_LOTS : lotNumbers;
        // One lot and no grains: the whole delivered quantity came from that lot (the common case, which
        // spares an array per line).
        this.lotGrains = lotGrains != null ? lotGrains : this.lotNumbers.length == 1 ? null : NO_GRAINS;
    }

    /**
     * A line with all its state, e.g. as loaded from storage.
     *
     * @throws IllegalArgumentException when the units differ, a quantity is negative, or the lot portions
     *                                  do not add up to the delivered quantity
     */
    public static ReceivedLine restore(String memberCode, String productCode, Quantity ordered, Quantity allocated,
                                       Quantity delivered, boolean weighed, List<LotPortion> lots) {
        Objects.requireNonNull(memberCode, "memberCode");
        Objects.requireNonNull(productCode, "productCode");
        Objects.requireNonNull(ordered, "ordered");
        Objects.requireNonNull(allocated, "allocated");
        Objects.requireNonNull(delivered, "delivered");
        Objects.requireNonNull(lots, "lots");
        Unit unit = ordered.unit();
        if (allocated.unit() != unit || delivered.unit() != unit) {
            throw new IllegalArgumentException("Member " + memberCode + ", product " + productCode + ": quantities in different units");
        }
        String[] numbers = new String[lots.size()];
        long[] grains = new long[lots.size()];
        long sum = 0;
        for (int i = 0; i < numbers.length; i++) {
            LotPortion portion = lots.get(i);
            if (portion.quantity().unit() != unit) {
                throw new IllegalArgumentException("Member " + memberCode + ", product " + productCode + ": lot " + portion.lotNumber()
                        + " in " + portion.quantity().unit().code() + ", not " + unit.code());
            }
            numbers[i] = portion.lotNumber();
            grains[i] = Grains.of(portion.quantity().amount(), unit);
            sum += grains[i];
        }
        long deliveredGrains = Grains.of(delivered.amount(), unit);
        if (sum != deliveredGrains) {
            throw new IllegalArgumentException("Member " + memberCode + ", product " + productCode + ": the lots add up to "
                    + Grains.quantity(sum, unit) + ", not the delivered " + delivered);
        }
        long orderedGrains = Grains.of(ordered.amount(), unit);
        long allocatedGrains = Grains.of(allocated.amount(), unit);
        if (orderedGrains < 0 || allocatedGrains < 0 || deliveredGrains < 0) {
            throw new IllegalArgumentException("Member " + memberCode + ", product " + productCode + ": quantities must not be negative");
        }
        return new ReceivedLine(memberCode, productCode, unit, orderedGrains, allocatedGrains, deliveredGrains, weighed, numbers, grains);
    }

    public String memberCode() {
        return memberCode;
    }

    public String productCode() {
        return productCode;
    }

    public Unit unit() {
        return unit;
    }

    /** What the member ordered (for variable-weight goods, its estimate). */
    public Quantity ordered() {
        return Grains.quantity(orderedGrains, unit);
    }

    /** What pooling allocated it when the order went to the supplier. */
    public Quantity allocated() {
        return Grains.quantity(allocatedGrains, unit);
    }

    /** What it was delivered: its share of the distributable lots, or what it weighed. */
    public Quantity delivered() {
        return Grains.quantity(deliveredGrains, unit);
    }

    /** Whether the delivered quantity was weighed (variable-weight goods): invoices mark such lines. */
    public boolean weighed() {
        return weighed;
    }

    /** Whether anything was delivered. */
    public boolean isDelivered() {
        return deliveredGrains > 0;
    }

    /** Allocated minus delivered when positive: what the member was promised but did not get. */
    public Quantity missing() {
        return Grains.quantity(Math.max(0, allocatedGrains - deliveredGrains), unit);
    }

    /** The lots this line came from, with the quantity from each, earliest date first. */
    public List<LotPortion> lots() {
        List<LotPortion> portions = new ArrayList<>(lotNumbers.length);
        for (int i = 0; i < lotNumbers.length; i++) {
            portions.add(LotPortion.of(lotNumbers[i], Grains.quantity(portion(i), unit)));
        }
        return portions;
    }

    /** How much of a lot this line received, if any. */
    public Optional<Quantity> quantityFrom(String lotNumber) {
        for (int i = 0; i < lotNumbers.length; i++) {
            if (lotNumbers[i].equals(lotNumber) && portion(i) > 0) {
                return Optional.of(Grains.quantity(portion(i), unit));
            }
        }
        return Optional.empty();
    }

    private long portion(int i) {
        return lotGrains == null ? deliveredGrains : lotGrains[i];
    }

    long orderedGrains() {
        return orderedGrains;
    }

    long allocatedGrains() {
        return allocatedGrains;
    }

    /**
     * {@link #delivered()} as whole grains: selling units for counted units, thousandths for measured
     * ones (kg, g, l), without building a {@link Quantity}.
     */
    public long deliveredGrains() {
        return deliveredGrains;
    }

    /** The delivered amount in the selling unit, without building a {@link Quantity}. */
    public BigDecimal deliveredAmount() {
        return Grains.amount(deliveredGrains, unit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReceivedLine other && memberCode.equals(other.memberCode) && productCode.equals(other.productCode)
                && unit == other.unit && orderedGrains == other.orderedGrains && allocatedGrains == other.allocatedGrains
                && deliveredGrains == other.deliveredGrains && weighed == other.weighed
                && Arrays.equals(lotNumbers, other.lotNumbers) && lots().equals(other.lots());
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberCode, productCode, deliveredGrains);
    }

    @Override
    public String toString() {
        return memberCode + " " + productCode + ": ordered " + ordered() + ", allocated " + allocated() + ", delivered " + delivered()
                + (weighed ? " (weighed)" : "") + " " + lots();
    }
}
