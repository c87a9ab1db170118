package be.groupage.service.application.port.catalogue;

import be.groupage.core.catalogue.Label;
import be.groupage.core.money.Unit;

import java.math.BigDecimal;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A product as listed in one catalogue version: price per selling unit excl. VAT, VAT rate in percent,
 * case size in selling units; the weight of one piece in kg for counted units when known; producer, origin, distance, category and GTIN when the catalogue gives them.
 */
public record ProductDetails(String code, String name, Optional<String> producer, Optional<String> origin, Optional<Integer> distanceKm,
                             Label label, Optional<String> category, Unit unit, BigDecimal caseSize, BigDecimal price,
                             BigDecimal vatRate, boolean variableWeight, boolean chilled, Optional<String> gtin, int minCases,
                             Optional<BigDecimal> pieceWeightKg) {

    public ProductDetails {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        requireNonNull(producer, "producer");
        requireNonNull(origin, "origin");
        requireNonNull(distanceKm, "distanceKm");
        requireNonNull(label, "label");
        requireNonNull(category, "category");
        requireNonNull(unit, "unit");
        requireNonNull(caseSize, "caseSize");
        requireNonNull(price, "price");
        requireNonNull(vatRate, "vatRate");
        requireNonNull(gtin, "gtin");
        requireNonNull(pieceWeightKg, "pieceWeightKg");
    }
}
