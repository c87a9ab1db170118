package be.groupage.service.interfaces.rest;

import be.groupage.service.application.port.CatalogueDetails;

import java.time.Instant;

/** One imported catalogue version. */
public record CatalogueView(long id, String supplier, int version, int productCount, Instant importedAt, String importedBy) {

    static CatalogueView of(CatalogueDetails c) {
        return new CatalogueView(c.id(), c.supplierCode(), c.version(), c.productCount(), c.importedAt(), c.importedBy());
    }
}
