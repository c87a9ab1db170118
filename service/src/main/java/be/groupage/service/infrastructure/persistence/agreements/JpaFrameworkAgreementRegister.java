package be.groupage.service.infrastructure.persistence.agreements;

import be.groupage.core.cycle.FrameworkAgreement;
import be.groupage.service.application.port.agreements.FrameworkAgreementRegister;
import be.groupage.service.infrastructure.persistence.schema.FrameworkAgreementEntity;
import be.groupage.service.infrastructure.persistence.schema.SupplierEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.List;

/** Framework agreements in the {@code framework_agreement} and {@code framework_lot} tables, inside the caller's transaction. */
@ApplicationScoped
public class JpaFrameworkAgreementRegister implements FrameworkAgreementRegister {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Override
    public boolean exists(String number) {
        return !em.createNamedQuery("FrameworkAgreement.byNumber", FrameworkAgreementEntity.class).setParameter("number", number)
                .getResultList().isEmpty();
    }

    @Override
    public boolean record(FrameworkAgreement agreement, Instant recordedAt) {
        String code = agreement.supplierCode();
        SupplierEntity supplier = em.createNamedQuery("Supplier.byCode", SupplierEntity.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalArgumentException("No supplier " + code + " is stored."));
        FrameworkAgreementEntity row = new FrameworkAgreementEntity(agreement.number(), supplier, agreement.validFrom(),
                agreement.validTo(), recordedAt);
        agreement.lots().forEach(l -> row.addLot(l.number(), l.ceiling().amount()));
        em.persist(row);
        try {
            em.flush();
            return true;
        } catch (PersistenceException e) {
            if (isConstraintViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<String> numbers() {
        return em.createNamedQuery("FrameworkAgreement.all", FrameworkAgreementEntity.class).getResultStream()
                .map(FrameworkAgreementEntity::number).toList();
    }

    private static boolean isConstraintViolation(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
