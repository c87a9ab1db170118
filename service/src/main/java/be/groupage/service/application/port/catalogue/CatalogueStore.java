package be.groupage.service.application.port.catalogue;

import be.groupage.core.catalogue.Product;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The imported catalogue versions and their products, inside the caller's transaction. */
public interface CatalogueStore {

    /**
     * Stores the products as the supplier's next version (1 for its first). Two imports for the same
     * supplier at once are serialised, so they never take the same number. The supplier must be registered.
     */
    CatalogueDetails appendVersion(String supplierCode, List<Product> products, String importedBy, Instant at);

    Optional<CatalogueDetails> byId(long id);

    /** The supplier's versions, newest first. */
    List<CatalogueDetails> ofSupplier(String supplierCode);

    /** The supplier's newest version; empty when it has none yet. */
    default Optional<CatalogueDetails> latestOf(String supplierCode) {
        return ofSupplier(supplierCode).stream().findFirst();
    }

    /** The products of a version that match the query, by category then name. */
    List<ProductDetails> products(long catalogueId, ProductQuery query);
}
