package be.groupage.service.interfaces.rest.catalogue;

import be.groupage.service.application.port.catalogue.ProductDetails;
import be.groupage.service.interfaces.rest.common.Decimals;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A catalogue product: price per selling unit excl. VAT, VAT rate in percent, case size in selling units,
 * weight of one piece in kg (null when unknown).
 */
public record ProductView(String code, String name, String producer, String origin, Integer distanceKm, String label,
                          String category, String unit, BigDecimal caseSize, BigDecimal price, BigDecimal vatRate,
                          boolean variableWeight, boolean chilled, String gtin, int minCases,
                          BigDecimal pieceWeightKg) {

    /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    static ProductView of(ProductDetails p) {
        return new ProductView(p.code(), p.name(), p.producer().orElse(null), p.origin().orElse(null), p.distanceKm().orElse(null),
                p.label().name().toLowerCase(Locale.ROOT), p.category().orElse(null), p.unit().code(), Decimals.plain(p.caseSize()),
                Decimals.plain(p.price()), Decimals.plain(p.vatRate()), p.variableWeight(), p.chilled(),
                p.gtin().orElse(null), p.minCases(), p.pieceWeightKg().map(Decimals::plain).orElse(null));
    }
}
