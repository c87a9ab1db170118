package be.groupage.service.infrastructure.persistence.catalogue;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.money.Unit;
import be.groupage.service.infrastructure.persistence.schema.CatalogueEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Catalogue versions by their stored id, kept in memory once read. A version never changes once imported
 * (a new price list is a new version), so what is kept is always what is stored; every order, close,
 * reception and invoice of a cycle reads the same version, which is why it is worth keeping.
 */
@ApplicationScoped
public class CatalogueVersions {

    /** At most this many versions are kept (the oldest cycles' versions are read again when asked). */
    private static final int MAX_KEPT = 64;

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    JpaCatalogueRepository catalogues;

    private final Map<Long, CatalogueVersion> kept = new ConcurrentHashMap<>();

    /** One lock per version being read, so that the first orders of a cycle read its catalogue once, not once each. */
    private final Map<Long, Object> reading = new ConcurrentHashMap<>();

    /** The version stored under {@code catalogueId}; empty when there is none. */
    public Optional<CatalogueVersion> byId(long catalogueId) {
        CatalogueVersion version = kept.get(catalogueId);
        if (version != null) {
            return Optional.of(version);
        }
        Object lock = reading.computeIfAbsent(catalogueId, id -> new Object());
        synchronized (lock) {
            try {
                version = kept.get(catalogueId);
                if (version != null) {
                    return Optional.of(version);
                }
                CatalogueEntity entity = em.find(CatalogueEntity.class, catalogueId);
                if (entity == null) {
                    return Optional.empty();
                }
                version = catalogues.toDomain(entity);
                if (kept.size() >= MAX_KEPT) {
                    kept.clear();
                }
                kept.put(catalogueId, version);
                return Optional.of(version);
            } finally {
                reading.remove(catalogueId, lock);
            }
        }
    }

    /** The selling unit of a product of the version; a product a stored row names must be there. */
    public static Unit unitOf(CatalogueVersion version, String productCode) {
        return version.product(productCode).map(Product::unit)
                .orElseThrow(() -> new IllegalStateException("Product " + productCode + " is not in " + version));
    }

    public CatalogueVersion of(CatalogueEntity catalogue) {
        return byId(catalogue.id()).orElseThrow(() -> new IllegalStateException("No catalogue " + catalogue.id()));
    }
}
