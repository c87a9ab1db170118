package be.groupage.service.interfaces.rest;

import be.groupage.service.infrastructure.persistence.CatalogueEntity;

import java.time.Instant;

/** One imported catalogue version. */
public record CatalogueView(long id, String supplier, int version, int productCount, Instant importedAt, String importedBy) {

    static CatalogueView of(CatalogueEntity c) {
        return new CatalogueView(c.id(), c.supplier().code(), c.version(), c.productCount(), c.importedAt(), c.importedBy());
    }
}
