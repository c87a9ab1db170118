package be.groupage.service.infrastructure.persistence.invoicing;

import be.groupage.service.application.port.invoicing.IssuerDetails;
import be.groupage.service.application.port.invoicing.IssuerStore;
import be.groupage.service.infrastructure.persistence.schema.Address;
import be.groupage.service.infrastructure.persistence.schema.IssuerEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** The invoicing party in the single row of the {@code issuer} table, inside the caller's transaction. */
@ApplicationScoped
public class JpaIssuerStore implements IssuerStore {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Override
    public Optional<IssuerDetails> current() {
        return Optional.ofNullable(em.find(IssuerEntity.class, IssuerEntity.SINGLETON_ID)).map(JpaIssuerStore::details);
    }

    @Override
    public IssuerDetails save(IssuerDetails i) {
        IssuerEntity row = em.find(IssuerEntity.class, IssuerEntity.SINGLETON_ID);
        if (row == null) {
            row = new IssuerEntity(i.name(), i.kbo(), i.vatNumber(), i.iban(), i.bic().orElse(null), Address.of(i.address()),
                    i.email().orElse(null), i.seriesPrefix(), i.paymentTermsDays());
            em.persist(row);
        } else {
            row.update(i.name(), i.kbo(), i.vatNumber(), i.iban(), i.bic().orElse(null), Address.of(i.address()), i.email().orElse(null),
                    i.seriesPrefix(), i.paymentTermsDays());
        }
        return details(row);
    }

    static IssuerDetails details(IssuerEntity i) {
        return new IssuerDetails(i.name(), i.kbo(), i.vatNumber(), i.iban(), Optional.ofNullable(i.bic()), i.address().toPostalAddress(),
                Optional.ofNullable(i.email()), i.seriesPrefix(), i.paymentTermsDays());
    }
}
