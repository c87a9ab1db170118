package be.groupage.service.infrastructure.persistence.reports;

import be.groupage.service.application.port.reports.DeliveredQuantity;
import be.groupage.service.application.port.reports.DeliveryHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;

/** Deliveries in the {@code delivery} table with their cycle and catalogue version, inside the caller's transaction. */
@ApplicationScoped
public class JpaDeliveryHistory implements DeliveryHistory {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Override
    public List<DeliveredQuantity> ofReceivedCycles(LocalDate from, LocalDate to) {
        return em.createQuery("SELECT d FROM DeliveryEntity d WHERE d.cycle.status IN ('RECEIVED', 'INVOICED') "
                        + "AND d.cycle.deliveryDate BETWEEN :from AND :to", DeliveryEntity.class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .map(d -> new DeliveredQuantity(d.cycle().id(), d.cycle().deliveryDate(), d.member().code(), d.member().name(),
                        d.cycle().catalogue().supplier().code(), d.cycle().catalogue().version(), d.productCode(), d.quantity()))
                .toList();
    }
}
