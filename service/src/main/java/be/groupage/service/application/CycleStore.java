package be.groupage.service.application;

import be.groupage.core.catalogue.CatalogueRepository;
import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.cycle.Cycle;
import be.groupage.service.infrastructure.persistence.CatalogueEntity;
import be.groupage.service.infrastructure.persistence.CycleEntity;
import be.groupage.service.infrastructure.persistence.JpaCycleRepository;
import be.groupage.service.infrastructure.persistence.MemberOrderEntity;
import be.groupage.service.infrastructure.persistence.SupplierEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The rows a use case works on (cycle, orders) and, through the {@code core} repositories, the domain
 * objects they stand for (catalogue version, cycle with its orders), inside the caller's transaction.
 * Holds no rule and no mapping of its own.
 */
@ApplicationScoped
public class CycleStore {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    CatalogueRepository catalogues;

    @Inject
    JpaCycleRepository cycles;

    /** A cycle that the caller may see; 404 otherwise (checked by the caller). */
    CycleEntity cycle(long id) {
        return Optional.ofNullable(em.find(CycleEntity.class, id)).orElseThrow(() -> new NotFoundException("No cycle " + id + "."));
    }

    Optional<SupplierEntity> supplier(String code) {
        return em.createNamedQuery("Supplier.byCode", SupplierEntity.class).setParameter("code", code).getResultStream().findFirst();
    }

    /** The catalogue version a cycle orders on, with its products at the prices of that version. */
    CatalogueVersion catalogueVersion(CatalogueEntity catalogue) {
        String supplier = catalogue.supplier().code();
        return catalogues.findVersion(supplier, catalogue.version())
                .orElseThrow(() -> new IllegalStateException("No version " + catalogue.version() + " of the catalogue of " + supplier));
    }

    List<MemberOrderEntity> orders(CycleEntity cycle) {
        return cycles.orders(cycle);
    }

    /** The domain cycle with the given orders (all of them, or only those a use case needs). */
    Cycle restore(CycleEntity c, CatalogueVersion catalogue, Collection<MemberOrderEntity> orders) {
        return cycles.restore(c, catalogue, orders);
    }

    /** Stores what the domain cycle changed (state, transition times, its orders), by the caller. */
    void save(Cycle cycle, String by) {
        cycles.save(cycle, by);
    }
}
