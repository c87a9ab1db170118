package be.groupage.core.catalogue;

import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A product in a supplier's catalogue, as members order it.
 *
 * <p>Members order in the selling {@link #unit()}; the supplier delivers whole cases of
 * {@link #caseSize()} selling units (a case of 12 jars, a crate of 10 kg). The price is excl. VAT per
 * selling unit, with at most four decimals. A variable-weight product is ordered by estimate and
 * invoiced by weighed quantity. {@link #minimumCases()} is the fewest cases the supplier ships of this
 * product in one order (1 by default; 0 means no stated minimum, which pools the same as 1).
 * {@link #kgPerPiece()} is the weight in kg of one selling unit of a counted product (a 370 g jar:
 * 0.37), so that reports and cost splits by weight count pieces too; empty when the supplier does not
 * give it (the piece then counts as 0 kg, never a guess).
 *
 * <p>Invariants: code and name are not blank; optional texts are empty strings, never null, and
 * surrounding spaces are removed; the case size is positive and in the selling unit (whole for
 * counted units); the price is in euro, not negative; distance and minimum cases are not negative; a
 * weight per piece is only given for counted units ({@code H87}, {@code C62}), is above 0, at most
 * {@value #MAX_KG_PER_PIECE} kg and has at most {@value #MAX_KG_PER_PIECE_DECIMALS} decimals (to the gram).
 * Equal by value (prices, sizes and weights compare by value, {@code 1.8 == 1.80}).
 */
public record Product(
        String code,
        String name,
        String producer,
        String origin,
        OptionalInt distanceKm,
        Label label,
        String category,
        Unit unit,
        Quantity caseSize,
        Money price,
        VatRate vatRate,
        boolean variableWeight,
        boolean chilled,
        Optional<Gtin> gtin,
        int minimumCases,
        Optional<BigDecimal> kgPerPiece) {

    public static final int MAX_PRICE_DECIMALS = 4;
    /** Decimals of a weight per piece: to the gram. */
    public static final int MAX_KG_PER_PIECE_DECIMALS = 3;
    /** The heaviest piece, in kg: beyond, the weight is a slip (grams written as kg), not a product. */
    public static final int MAX_KG_PER_PIECE = 1000;
    private static final BigDecimal MAX_KG = BigDecimal.valueOf(MAX_KG_PER_PIECE);

    public Product {
        code = requireText(code, "code");
        name = requireText(name, "name");
        producer = Objects.requireNonNull(producer, "producer").strip();
        origin = Objects.requireNonNull(origin, "origin").strip();
        Objects.requireNonNull(distanceKm, "distanceKm");
        Objects.requireNonNull(label, "label");
        category = Objects.requireNonNull(category, "category").strip();
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(caseSize, "caseSize");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(vatRate, "vatRate");
        Objects.requireNonNull(gtin, "gtin");
        if (caseSize.unit() != unit) {
            throw new IllegalArgumentException("Product " + code + ": the case size " + caseSize + " is not in its selling unit " + unit.code());
        }
        if (caseSize.amount().signum() <= 0) {
            throw new IllegalArgumentException("Product " + code + ": the case size must be positive, not " + caseSize);
        }
        if (!price.currency().equals(Money.EUR)) {
            throw new IllegalArgumentException("Product " + code + ": the price must be in euro, not " + price);
        }
        if (price.isNegative()) {
            throw new IllegalArgumentException("Product " + code + ": the price must not be negative: " + price);
        }
        if (price.amount().stripTrailingZeros().scale() > MAX_PRICE_DECIMALS) {
            throw new IllegalArgumentException("Product " + code + ": a price has at most " + MAX_PRICE_DECIMALS + " decimals: " + price);
        }
        if (distanceKm.isPresent() && distanceKm.getAsInt() < 0) {
            throw new IllegalArgumentException("Product " + code + ": the distance must not be negative: " + distanceKm.getAsInt());
        }
        if (minimumCases < 0) {
            throw new IllegalArgumentException("Product " + code + ": the minimum number of cases must not be negative: " + minimumCases);
        }
        kgPerPiece = checkedKgPerPiece(code, unit, Objects.requireNonNull(kgPerPiece, "kgPerPiece"));
    }

    /** A product whose weight per piece is not given (the form every product had before the catalogue gave one). */
    @SuppressWarnings("java:S107") // a catalogue line has this many columns
    public Product(String code, String name, String producer, String origin, OptionalInt distanceKm, Label label,
                   String category, Unit unit, Quantity caseSize, Money price, VatRate vatRate, boolean variableWeight,
                   boolean chilled, Optional<Gtin> gtin, int minimumCases) {
        this(code, name, producer, origin, distanceKm, label, category, unit, caseSize, price, vatRate, variableWeight,
                chilled, gtin, minimumCases, Optional.empty());
    }

    /** The weight checked and written without trailing zeros, so that {@code 0.370} and {@code 0.37} are one product. */
    private static Optional<BigDecimal> checkedKgPerPiece(String code, Unit unit, Optional<BigDecimal> kgPerPiece) {
        if (kgPerPiece.isEmpty()) {
            return kgPerPiece;
        }
        BigDecimal kg = Objects.requireNonNull(kgPerPiece.get(), "kgPerPiece");
        if (unit.fractional()) {
            throw new IllegalArgumentException("Product " + code + ": a weight per piece is only for products sold by the piece or unit"
                    + " (H87, C62), not for one sold by " + unit.code() + ": " + kg.toPlainString());
        }
        if (kg.signum() <= 0) {
            throw new IllegalArgumentException("Product " + code + ": the weight per piece must be above 0 kg, not " + kg.toPlainString());
        }
        if (kg.compareTo(MAX_KG) > 0) {
            throw new IllegalArgumentException("Product " + code + ": the weight per piece is at most " + MAX_KG_PER_PIECE + " kg, not "
                    + kg.toPlainString());
        }
        BigDecimal stripped = kg.stripTrailingZeros();
        if (stripped.scale() > MAX_KG_PER_PIECE_DECIMALS) {
            throw new IllegalArgumentException("Product " + code + ": a weight per piece has at most " + MAX_KG_PER_PIECE_DECIMALS
                    + " decimals (to the gram): " + kg.toPlainString());
        }
        return Optional.of(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("A product " + name + " must not be blank");
        }
        return stripped;
    }

    /** Starts a product with its required fields; the others default to empty, none, false and 1 case (no weight per piece). */
    public static Builder builder(String code, String name, Unit unit, BigDecimal caseSize, Money price, VatRate vatRate) {
        return new Builder(code, name, unit, caseSize, price, vatRate);
    }

    /** A builder that starts from this product, to change a few fields (e.g. a new price). */
    public Builder toBuilder() {
        return new Builder(code, name, unit, caseSize.amount(), price, vatRate)
                .producer(producer).origin(origin).distanceKm(distanceKm).label(label).category(category)
                .variableWeight(variableWeight).chilled(chilled).gtin(gtin).minimumCases(minimumCases).kgPerPiece(kgPerPiece);
    }

    /** The net price (excl. VAT) of a quantity in the selling unit, rounded half-up to the cent. */
    public Money netPriceOf(BigDecimal quantity) {
        return price.times(Objects.requireNonNull(quantity, "quantity")).rounded();
    }

    /** Builds a {@link Product}; validation happens in {@link #build()}. */
    public static final class Builder {
        private final String code;
        private final String name;
        private final Unit unit;
        private final BigDecimal caseSize;
        private final Money price;
        private final VatRate vatRate;
        private String producer = "";
        private String origin = "";
        private OptionalInt distanceKm = OptionalInt.empty();
        private Label label = Label.NONE;
        private String category = "";
        private boolean variableWeight;
        private boolean chilled;
        private Optional<Gtin> gtin = Optional.empty();
        private int minimumCases = 1;
        private Optional<BigDecimal> kgPerPiece = Optional.empty();

        private Builder(String code, String name, Unit unit, BigDecimal caseSize, Money price, VatRate vatRate) {
            this.code = code;
            this.name = name;
            this.unit = Objects.requireNonNull(unit, "unit");
            this.caseSize = Objects.requireNonNull(caseSize, "caseSize");
            this.price = price;
            this.vatRate = vatRate;
        }

        public Builder producer(String producer) {
            this.producer = producer;
            return this;
        }

        public Builder origin(String origin) {
            this.origin = origin;
            return this;
        }

        public Builder distanceKm(int km) {
            this.distanceKm = OptionalInt.of(km);
            return this;
        }

        public Builder distanceKm(OptionalInt km) {
            this.distanceKm = km;
            return this;
        }

        public Builder label(Label label) {
            this.label = label;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder variableWeight(boolean variableWeight) {
            this.variableWeight = variableWeight;
            return this;
        }

        public Builder chilled(boolean chilled) {
            this.chilled = chilled;
            return this;
        }

        public Builder gtin(String gtin) {
            this.gtin = Optional.of(Gtin.of(gtin));
            return this;
        }

        public Builder gtin(Optional<Gtin> gtin) {
            this.gtin = gtin;
            return this;
        }

        public Builder minimumCases(int minimumCases) {
            this.minimumCases = minimumCases;
            return this;
        }

        /** The weight of one selling unit in kg, for products sold by the piece or unit (e.g. {@code 0.37} for a 370 g jar). */
        public Builder kgPerPiece(BigDecimal kg) {
            this.kgPerPiece = Optional.of(Objects.requireNonNull(kg, "kg"));
            return this;
        }

        public Builder kgPerPiece(Optional<BigDecimal> kg) {
            this.kgPerPiece = Objects.requireNonNull(kg, "kg");
            return this;
        }

        public Product build() {
            return new Product(code, name, producer, origin, distanceKm, label, category, unit,
                    Quantity.of(caseSize, unit), price, vatRate, variableWeight, chilled, gtin, minimumCases, kgPerPiece);
        }
    }
}
