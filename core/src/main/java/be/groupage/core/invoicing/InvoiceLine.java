package be.groupage.core.invoicing;

import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an invoice or credit note: a product (or cost, or subsidy), a quantity, a unit price
 * excluding VAT, a VAT rate and its net amount = quantity x unit price rounded half-up to the cent,
 * computed once on creation.
 *
 * <p>Goods have a non-negative quantity and price. A cost share is one unit ({@code C62}) at its amount;
 * a subsidy is one unit at a negative amount and has no VAT rate. {@code weighed} marks variable-weight
 * goods invoiced by their weighed quantity.
 */
public final class InvoiceLine {

    private static final Quantity ONE = Quantity.of(1, Unit.C62);

    private final String code;
    private final String description;
    private final Quantity quantity;
    private final Money unitPrice;
    private final VatRate vatRate;
    private final LineKind kind;
    private final boolean weighed;
    private final long netCents;

    private InvoiceLine(String code, String description, Quantity quantity, Money unitPrice, VatRate vatRate,
                        LineKind kind, boolean weighed) {
        this.code = Objects.requireNonNull(code, "code");
        this.description = Objects.requireNonNull(description, "description");
        this.quantity = Objects.requireNonNull(quantity, "quantity");
        this.unitPrice = Objects.requireNonNull(unitPrice, "unitPrice");
        this.vatRate = vatRate;
        this.kind = kind;
        this.weighed = weighed;
        this.netCents = netCents(quantity.amount(), unitPrice.amount());
    }

    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
            100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L,
            1_000_000_000_000_000_000L};

    /**
     * {@code quantity × price} rounded half-up to the cent, in cents: exactly
     * {@code quantity.multiply(price).setScale(2, HALF_UP).unscaledValue().longValueExact()}, computed on
     * the unscaled longs (one product, one integer division) when they fit, so an invoice of a million
     * lines builds no BigDecimal per line; otherwise with BigDecimal.
     */
    static long netCents(BigDecimal quantity, BigDecimal price) {
        int scale = quantity.scale() + price.scale();
        if (quantity.precision() <= 18 && price.precision() <= 18 && quantity.scale() >= 0 && price.scale() >= 0 && scale <= 20) {
            long product;
            try {
                product = Math.multiplyExact(unscaled(quantity), unscaledPrice(price));
            } catch (ArithmeticException tooLarge) {
                return netCentsExact(quantity, price);
            }
            if (scale <= 2) {
                try {
                    return Math.multiplyExact(product, POWERS_OF_TEN[2 - scale]);
                } catch (ArithmeticException tooLarge) {
                    return netCentsExact(quantity, price);
                }
            }
            long divisor = POWERS_OF_TEN[scale - 2];
            long cents = product / divisor;
            long remainder = Math.abs(product % divisor);
            // Half-up: a remainder of half the divisor or more rounds away from zero (divisor ≤ 10^18,
            // so twice the remainder still fits).
            if (remainder >= divisor - remainder) {
                cents += product < 0 ? -1 : 1;
            }
            return cents;
        }
        return netCentsExact(quantity, price);
    }

    private static long unscaled(BigDecimal value) {
        // A scale of 0 reads the compact long as is; otherwise moving the point keeps it compact (no BigInteger).
        return value.scale() == 0 ? value.longValueExact() : value.movePointRight(value.scale()).longValueExact();
    }

    private static long unscaledPrice(BigDecimal value) {
        if (value.scale() == 0) {
            return value.longValueExact();
        }
        // The lines of one product follow one another with the same price object: remember the last one.
        Unscaled last = lastUnscaled;
        if (last != null && last.value == value) {
            return last.unscaled;
        }
        long unscaled = value.movePointRight(value.scale()).longValueExact();
        lastUnscaled = new Unscaled(value, unscaled);
        return unscaled;
    }

    /**
     * The last decimal read by {@link #unscaled}, by identity. Immutable, so a racing thread sees a
     * whole pair or another one; at worst it recomputes.
     */
    private static final class Unscaled {
        final BigDecimal value;
        final long unscaled;

        Unscaled(BigDecimal value, long unscaled) {
            this.value = value;
            this.unscaled = unscaled;
        }
    }

    private static Unscaled lastUnscaled;

    private static long netCentsExact(BigDecimal quantity, BigDecimal price) {
        return quantity.multiply(price).setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }

    /**
     * A goods line, e.g. carrots, 10.35 KGM at EUR 1.80, 6%, weighed.
     *
     * @throws IllegalArgumentException when the quantity or the price is negative
     */
    public static InvoiceLine goods(String productCode, String description, Quantity quantity, Money unitPrice,
                                    VatRate vatRate, boolean weighed) {
        Objects.requireNonNull(vatRate, "vatRate");
        if (quantity.isNegative() || unitPrice.isNegative()) {
            throw new IllegalArgumentException("A goods line has a non-negative quantity and price: " + productCode
                    + " " + quantity + " at " + unitPrice);
        }
        return new InvoiceLine(productCode, description, quantity, unitPrice, vatRate, LineKind.GOODS, weighed);
    }

    /** A member's share of a shared cost: one unit at {@code amount}, exact to the cent, taxed at {@code vatRate}. */
    public static InvoiceLine costShare(String label, Money amount, VatRate vatRate) {
        Objects.requireNonNull(vatRate, "vatRate");
        requireCents(label, amount);
        return new InvoiceLine(label, label, ONE, amount, vatRate, LineKind.COST_SHARE, false);
    }

    /**
     * A part paid by a third party, given as the negative amount it takes off the member's bill (as in a
     * cost split's subsidy share); no VAT rate.
     */
    public static InvoiceLine subsidy(String label, Money amount) {
        requireCents(label, amount);
        if (amount.isPositive()) {
            throw new IllegalArgumentException("A subsidy line is negative or zero: " + label + " " + amount);
        }
        return new InvoiceLine(label, label, ONE, amount, null, LineKind.SUBSIDY, false);
    }

    private static void requireCents(String label, Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.amount().stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(label + ": the amount must be exact to the cent: " + amount);
        }
    }

    /** This line with another quantity (same unit), e.g. the quantity credited. */
    public InvoiceLine withQuantity(Quantity newQuantity) {
        if (newQuantity.unit() != quantity.unit()) {
            throw new IllegalArgumentException("Line " + code + " is in " + quantity.unit().code() + ", not " + newQuantity.unit().code());
        }
        return new InvoiceLine(code, description, newQuantity, unitPrice, vatRate, kind, weighed);
    }

    /** The product code, or the label of a cost or subsidy. */
    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public Quantity quantity() {
        return quantity;
    }

    public Money unitPrice() {
        return unitPrice;
    }

    /** The VAT rate; empty for a subsidy, which is outside the VAT computation. */
    public Optional<VatRate> vatRate() {
        return Optional.ofNullable(vatRate);
    }

    VatRate vatRateOrNull() {
        return vatRate;
    }

    public LineKind kind() {
        return kind;
    }

    public boolean weighed() {
        return weighed;
    }

    /** Quantity x unit price rounded half-up to the cent. */
    public Money net() {
        return Money.of(BigDecimal.valueOf(netCents, 2), unitPrice.currency());
    }

    public long netCents() {
        return netCents;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InvoiceLine other
                && code.equals(other.code) && description.equals(other.description)
                && quantity.equals(other.quantity) && unitPrice.equals(other.unitPrice)
                && Objects.equals(vatRate, other.vatRate) && kind == other.kind && weighed == other.weighed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, quantity, unitPrice, vatRate, kind);
    }

    @Override
    public String toString() {
        return kind + " " + code + " " + quantity + " x " + unitPrice + " = " + net()
                + (vatRate == null ? " (outside VAT)" : " @" + vatRate);
    }
}
