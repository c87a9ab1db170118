package be.groupage.service.application.port.catalogue;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** One imported version of a supplier's catalogue: who imported it, when, and how many products it lists. */
public record CatalogueDetails(long id, String supplierCode, int version, int productCount, Instant importedAt, String importedBy) {

    public CatalogueDetails {
        requireNonNull(supplierCode, "supplierCode");
        requireNonNull(importedAt, "importedAt");
        requireNonNull(importedBy, "importedBy");
    }
}
