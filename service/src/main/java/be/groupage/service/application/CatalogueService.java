package be.groupage.service.application;

import be.groupage.service.infrastructure.persistence.CatalogueEntity;
import be.groupage.service.infrastructure.persistence.ProductEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading catalogues: the products of one imported version, with the filters buyers use. */
@ApplicationScoped
@Transactional
public class CatalogueService {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    /** Filters on a catalogue's products; each is optional. */
    public record ProductFilter(Optional<String> label, Optional<String> category, Optional<String> producer, Optional<String> text) {
    }

    public CatalogueEntity catalogue(long id) {
        return Optional.ofNullable(em.find(CatalogueEntity.class, id))
                .orElseThrow(() -> new NotFoundException("No catalogue " + id + "."));
    }

    public List<ProductEntity> products(long catalogueId, ProductFilter filter) {
        catalogue(catalogueId);
        StringBuilder jpql = new StringBuilder("SELECT p FROM ProductEntity p WHERE p.catalogue.id = :catalogue");
        List<Object[]> parameters = new ArrayList<>();
        parameters.add(new Object[] {"catalogue", catalogueId});
        filter.label().ifPresent(label -> {
            jpql.append(" AND p.label = :label");
            parameters.add(new Object[] {"label", label.toUpperCase(Locale.ROOT)});
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
        return query.getResultList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
