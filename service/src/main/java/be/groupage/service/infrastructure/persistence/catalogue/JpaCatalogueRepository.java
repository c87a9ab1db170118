package be.groupage.service.infrastructure.persistence.catalogue;

import be.groupage.core.catalogue.Catalogue;
import be.groupage.core.catalogue.CatalogueRepository;
import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Gtin;
import be.groupage.core.catalogue.Product;
import be.groupage.core.catalogue.Supplier;
import be.groupage.core.money.Money;
import be.groupage.core.money.VatRate;
import be.groupage.service.infrastructure.persistence.schema.CatalogueEntity;
import be.groupage.service.infrastructure.persistence.schema.SupplierEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Catalogues in the {@code catalogue} and {@code product} tables, inside the caller's transaction: one
 * row per version, its products at the prices of that version.
 */
@ApplicationScoped
public class JpaCatalogueRepository implements CatalogueRepository {

    /** Who stored a version saved through {@link #save} (the domain does not say who published it). */
    static final String SAVED_BY = "system";

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Override
    public Optional<Catalogue> findBySupplier(String supplierCode) {
        List<CatalogueEntity> rows = em.createNamedQuery("Catalogue.bySupplier", CatalogueEntity.class)
                .setParameter("supplier", supplierCode).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<CatalogueVersion> versions = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0; i--) { // the query lists the newest first
            versions.add(toDomain(rows.get(i)));
        }
        return Optional.of(Catalogue.restore(supplier(rows.get(0).supplier()), versions));
    }

    @Override
    public Optional<CatalogueVersion> findVersion(String supplierCode, int versionNumber) {
        return em.createQuery("SELECT c FROM CatalogueEntity c WHERE c.supplier.code = :supplier AND c.version = :version",
                        CatalogueEntity.class)
                .setParameter("supplier", supplierCode).setParameter("version", versionNumber)
                .getResultStream().findFirst().map(this::toDomain);
    }

    /**
     * Stores the versions of the catalogue not stored yet, with their products; stored versions never
     * change. The supplier must be stored.
     */
    @Override
    public void save(Catalogue catalogue) {
        String code = catalogue.supplier().code();
        SupplierEntity supplier = em.createNamedQuery("Supplier.byCode", SupplierEntity.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalArgumentException("No supplier " + code + " is stored."));
        Set<Integer> stored = new HashSet<>(em.createQuery("SELECT c.version FROM CatalogueEntity c WHERE c.supplier = :supplier", Integer.class)
                .setParameter("supplier", supplier).getResultList());
        for (CatalogueVersion v : catalogue.versions()) {
            if (stored.contains(v.number())) {
                continue;
            }
            CatalogueEntity row = new CatalogueEntity(supplier, v.number(), v.publishedAt(), SAVED_BY, v.size());
            em.persist(row);
            for (Product p : v.products()) {
                em.persist(ProductEntity.of(row, p));
            }
        }
        em.flush();
    }

    /** The catalogue version of a stored row, with its products at the prices of that version. */
    public CatalogueVersion toDomain(CatalogueEntity catalogue) {
        List<Product> products = em.createQuery("SELECT p FROM ProductEntity p WHERE p.catalogue = :catalogue ORDER BY p.code", ProductEntity.class)
                .setParameter("catalogue", catalogue).getResultList().stream().map(JpaCatalogueRepository::product).toList();
        return CatalogueVersion.of(supplier(catalogue.supplier()), catalogue.version(), catalogue.importedAt(), products);
    }

    static Supplier supplier(SupplierEntity s) {
        return Supplier.of(s.code(), s.name(), Money.euros(s.minimumOrderValue()));
    }

    static Product product(ProductEntity p) {
        return Product.builder(p.code(), p.name(), p.sellingUnit(), p.caseSize(), Money.euros(p.price()), VatRate.ofPercent(p.vatRate()))
                .producer(nullToEmpty(p.producer())).origin(nullToEmpty(p.origin()))
                .distanceKm(p.distanceKm() == null ? OptionalInt.empty() : OptionalInt.of(p.distanceKm()))
                .label(p.productLabel()).category(nullToEmpty(p.category()))
                .variableWeight(p.variableWeight()).chilled(p.chilled())
                .gtin(Optional.ofNullable(p.gtin()).map(Gtin::of)).minimumCases(p.minCases())
                .kgPerPiece(Optional.ofNullable(p.pieceWeightKg()))
                .build();
    }

    public static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
