package be.groupage.core.catalogue;

import java.util.Optional;

/** Where catalogues are kept; implemented outside {@code core} (the service maps it to its database). */
public interface CatalogueRepository {

    Optional<Catalogue> findBySupplier(String supplierCode);

    Optional<CatalogueVersion> findVersion(String supplierCode, int versionNumber);

    void save(Catalogue catalogue);
}
