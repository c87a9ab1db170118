package be.groupage.service.infrastructure.persistence.agreements;

import be.groupage.core.cycle.FrameworkAgreement;
import be.groupage.core.cycle.FrameworkAgreementRepository;
import be.groupage.core.cycle.Lot;
import be.groupage.core.money.Money;
import be.groupage.service.infrastructure.persistence.schema.FrameworkAgreementEntity;
import be.groupage.service.infrastructure.persistence.schema.FrameworkLotEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Framework agreements in the {@code framework_agreement} and {@code framework_lot} tables, inside the
 * caller's transaction. Each lot carries what is committed on it: the stored orders of every cycle on
 * the lot that is not cancelled.
 */
@ApplicationScoped
public class JpaFrameworkAgreementRepository implements FrameworkAgreementRepository {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Override
    public Optional<FrameworkAgreement> findByNumber(String number) {
        return em.createNamedQuery("FrameworkAgreement.byNumber", FrameworkAgreementEntity.class).setParameter("number", number)
                .getResultStream().findFirst().map(this::toDomain);
    }

    /** The agreement of a stored row with each lot's current consumption. */
    public FrameworkAgreement toDomain(FrameworkAgreementEntity a) {
        List<Lot> lots = new ArrayList<>();
        for (FrameworkLotEntity l : a.lots()) {
            lots.add(Lot.of(l.code(), l.code(), Money.euros(l.ceiling()), consumed(l)));
        }
        return FrameworkAgreement.of(a.number(), a.supplier().code(), a.validFrom(), a.validTo(), lots);
    }

    /** What is committed on a lot: the stored orders of every cycle on it that is not cancelled. */
    Money consumed(FrameworkLotEntity lot) {
        Object sum = em.createNativeQuery("SELECT COALESCE(SUM(o.committed_value), 0) FROM member_order o JOIN cycle c ON c.id = o.cycle_id "
                        + "WHERE c.lot_id = ? AND c.status <> 'CANCELLED'")
                .setParameter(1, lot.id()).getSingleResult();
        return Money.euros(new BigDecimal(sum.toString())).rounded();
    }
}
