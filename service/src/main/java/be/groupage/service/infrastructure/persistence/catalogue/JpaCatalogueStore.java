package be.groupage.service.infrastructure.persistence.catalogue;

import be.groupage.core.catalogue.Product;
import be.groupage.service.application.port.catalogue.CatalogueDetails;
import be.groupage.service.application.port.catalogue.CatalogueStore;
import be.groupage.service.application.port.catalogue.ProductDetails;
import be.groupage.service.application.port.catalogue.ProductQuery;
import be.groupage.service.infrastructure.persistence.schema.CatalogueEntity;
import be.groupage.service.infrastructure.persistence.schema.SupplierEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Imported catalogue versions in the {@code catalogue} and {@code product} tables, inside the caller's transaction. */
@ApplicationScoped
public class JpaCatalogueStore implements CatalogueStore {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Override
    public CatalogueDetails appendVersion(String supplierCode, List<Product> products, String importedBy, Instant at) {
        SupplierEntity supplier = em.createNamedQuery("Supplier.byCode", SupplierEntity.class).setParameter("code", supplierCode)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalArgumentException("No supplier " + supplierCode + " is stored."));
        // Lock the supplier so two imports at once cannot take the same version number.
        SupplierEntity locked = em.find(SupplierEntity.class, supplier.id(), LockModeType.PESSIMISTIC_WRITE);
        Integer latest = em.createNamedQuery("Catalogue.latestVersion", Integer.class).setParameter("supplier", locked).getSingleResult();
        CatalogueEntity catalogue = new CatalogueEntity(locked, latest == null ? 1 : latest + 1, at, importedBy, products.size());
        em.persist(catalogue);
        for (Product p : products) {
            em.persist(ProductEntity.of(catalogue, p));
        }
        em.flush();
        return details(catalogue);
    }

    @Override
    public Optional<CatalogueDetails> byId(long id) {
        return Optional.ofNullable(em.find(CatalogueEntity.class, id)).map(JpaCatalogueStore::details);
    }

    @Override
    public List<CatalogueDetails> ofSupplier(String supplierCode) {
        return em.createNamedQuery("Catalogue.bySupplier", CatalogueEntity.class).setParameter("supplier", supplierCode)
                .getResultStream().map(JpaCatalogueStore::details).toList();
    }

    @Override
    public Optional<CatalogueDetails> latestOf(String supplierCode) {
        return em.createNamedQuery("Catalogue.bySupplier", CatalogueEntity.class).setParameter("supplier", supplierCode).setMaxResults(1)
                .getResultStream().findFirst().map(JpaCatalogueStore::details);
    }

    @Override
    public List<ProductDetails> products(long catalogueId, ProductQuery filter) {
        StringBuilder jpql = new StringBuilder("SELECT p FROM ProductEntity p WHERE p.catalogue.id = :catalogue");
        List<Object[]> parameters = new ArrayList<>();
        parameters.add(new Object[] {"catalogue", catalogueId});
        filter.label().ifPresent(label -> {
            jpql.append(" AND p.label = :label");
            parameters.add(new Object[] {"label", label});
        });
        filter.category().ifPresent(category -> {
            jpql.append(" AND LOWER(p.category) = :category");
            parameters.add(new Object[] {"category", category.toLowerCase(Locale.ROOT)});
        });
        filter.producer().ifPresent(producer -> {
            jpql.append(" AND LOWER(p.producer) = :producer");
            parameters.add(new Object[] {"producer", producer.toLowerCase(Locale.ROOT)});
        });
        filter.text().ifPresent(text -> {
            jpql.append(" AND (LOWER(p.name) LIKE :text OR LOWER(p.code) LIKE :text OR LOWER(p.producer) LIKE :text)");
            parameters.add(new Object[] {"text", "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%"});
        });
        jpql.append(" ORDER BY p.category, p.name");
        TypedQuery<ProductEntity> query = em.createQuery(jpql.toString(), ProductEntity.class);
        parameters.forEach(p -> query.setParameter((String) p[0], p[1]));
        return query.getResultStream().map(JpaCatalogueStore::details).toList();
    }

    static CatalogueDetails details(CatalogueEntity c) {
        return new CatalogueDetails(c.id(), c.supplier().code(), c.version(), c.productCount(), c.importedAt(), c.importedBy());
    }

    static ProductDetails details(ProductEntity p) {
        return new ProductDetails(p.code(), p.name(), Optional.ofNullable(p.producer()), Optional.ofNullable(p.origin()),
                Optional.ofNullable(p.distanceKm()), p.productLabel(), Optional.ofNullable(p.category()), p.sellingUnit(), p.caseSize(),
                p.price(), p.vatRate(), p.variableWeight(), p.chilled(), Optional.ofNullable(p.gtin()), p.minCases(),
                Optional.ofNullable(p.pieceWeightKg()));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
