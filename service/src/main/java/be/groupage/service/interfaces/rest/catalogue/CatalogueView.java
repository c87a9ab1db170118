package be.groupage.service.interfaces.rest.catalogue;

import be.groupage.service.application.port.catalogue.CatalogueDetails;

import java.time.Instant;

/** One imported catalogue version. */
public record CatalogueView(long id, String supplier, int version, int productCount, Instant importedAt, String importedBy) {

    public static CatalogueView of(CatalogueDetails c) {
        return new CatalogueView(c.id(), c.supplierCode(), c.version(), c.productCount(), c.importedAt(), c.importedBy());
    }
}
