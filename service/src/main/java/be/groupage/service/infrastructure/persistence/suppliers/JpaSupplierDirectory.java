package be.groupage.service.infrastructure.persistence.suppliers;

import be.groupage.service.application.port.suppliers.SupplierDetails;
import be.groupage.service.application.port.suppliers.SupplierDirectory;
import be.groupage.service.infrastructure.persistence.schema.Address;
import be.groupage.service.infrastructure.persistence.schema.SupplierEntity;
import be.groupage.service.infrastructure.persistence.schema.UniqueKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Suppliers in the {@code supplier} table, inside the caller's transaction. */
@ApplicationScoped
public class JpaSupplierDirectory implements SupplierDirectory {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Override
    public boolean exists(String code) {
        return entity(code).isPresent();
    }

    @Override
    public SupplierDetails register(SupplierDetails s) {
        SupplierEntity row = new SupplierEntity(s.code(), s.name(), s.kbo(), s.vatNumber().orElse(null), s.iban().orElse(null),
                s.bic().orElse(null), Address.of(s.address()), s.email().orElse(null), s.minimumOrderValue());
        em.persist(row);
        UniqueKeys.flush(em, s.code());
        return details(row);
    }

    @Override
    public Optional<SupplierDetails> byCode(String code) {
        return entity(code).map(JpaSupplierDirectory::details);
    }

    @Override
    public List<SupplierDetails> all() {
        return em.createNamedQuery("Supplier.all", SupplierEntity.class).getResultStream().map(JpaSupplierDirectory::details).toList();
    }

    Optional<SupplierEntity> entity(String code) {
        return em.createNamedQuery("Supplier.byCode", SupplierEntity.class).setParameter("code", code).getResultStream().findFirst();
    }

    static SupplierDetails details(SupplierEntity s) {
        return new SupplierDetails(s.code(), s.name(), s.kbo(), Optional.ofNullable(s.vatNumber()), Optional.ofNullable(s.iban()),
                Optional.ofNullable(s.bic()), s.address().toPostalAddress(), Optional.ofNullable(s.email()), s.minimumOrderValue());
    }
}
