package be.groupage.service.interfaces.rest;

import be.groupage.service.infrastructure.persistence.ProductEntity;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A catalogue product: price per selling unit excl. VAT, VAT rate in percent, case size in selling units,
 * weight of one piece in kg (null when unknown).
 */
public record ProductView(String code, String name, String producer, String origin, Integer distanceKm, String label,
                          String category, String unit, BigDecimal caseSize, BigDecimal price, BigDecimal vatRate,
                          boolean variableWeight, boolean chilled, String gtin, int minCases,
                          BigDecimal pieceWeightKg) {

    static ProductView of(ProductEntity p) {
        return new ProductView(p.code(), p.name(), p.producer(), p.origin(), p.distanceKm(),
                p.label().toLowerCase(Locale.ROOT), p.category(), p.unit(), Decimals.plain(p.caseSize()),
                Decimals.plain(p.price()), Decimals.plain(p.vatRate()), p.variableWeight(), p.chilled(),
                p.gtin(), p.minCases(), p.pieceWeightKg() == null ? null : Decimals.plain(p.pieceWeightKg()));
    }
}
