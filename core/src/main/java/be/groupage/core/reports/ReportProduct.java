package be.groupage.core.reports;

import be.groupage.core.catalogue.Label;
import be.groupage.core.catalogue.Product;
import be.groupage.core.money.Unit;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What purchase reports need to know of a product.
 *
 * @param code       the supplier's product code
 * @param unit       the selling unit purchases are counted in
 * @param organic    whether it carries the organic label ("bio")
 * @param producer   who grows or makes it; empty when the catalogue names nobody
 * @param kgPerPiece the weight of one piece in kg, for products sold by the piece; empty when unknown
 */
public record ReportProduct(String code, Unit unit, boolean organic, String producer, Optional<BigDecimal> kgPerPiece) {

    public ReportProduct {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(unit, "unit");
        producer = Objects.requireNonNull(producer, "producer").strip();
        Objects.requireNonNull(kgPerPiece, "kgPerPiece");
        kgPerPiece.ifPresent(kg -> {
            if (kg.signum() < 0) {
                throw new IllegalArgumentException("Product " + code + ": a weight per piece must not be negative: " + kg.toPlainString());
            }
        });
    }

    /** A catalogue product, with the weight per piece its catalogue gives (empty when none). */
    public static ReportProduct of(Product product) {
        return new ReportProduct(product.code(), product.unit(), product.label() == Label.ORGANIC, product.producer(),
                product.kgPerPiece());
    }

    /** A catalogue product sold by the piece, with a weight per piece given in place of its catalogue's. */
    public static ReportProduct of(Product product, BigDecimal kgPerPiece) {
        return new ReportProduct(product.code(), product.unit(), product.label() == Label.ORGANIC, product.producer(),
                Optional.of(kgPerPiece));
    }

    /**
     * Whether it counts as a short circuit: at most one intermediary between producer and buyer. The
     * cooperative buying from the producer and selling to the member is that one intermediary, so a
     * product whose producer is named in the catalogue counts; one without a named producer (bought
     * through a wholesaler, or unknown) does not.
     */
    public boolean shortCircuit() {
        return !producer.isEmpty();
    }
}
