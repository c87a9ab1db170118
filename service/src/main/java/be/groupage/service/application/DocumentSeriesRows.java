package be.groupage.service.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Creates a series' counter row in a transaction of its own, committed at once: the issuing
 * transaction then only ever locks an existing row (a duplicate-key insert inside it would take a
 * shared lock that two issuers could both hold and then deadlock upgrading). A counter at 0 takes no
 * number, so this leaves no gap even if the issue fails.
 */
@ApplicationScoped
public class DocumentSeriesRows {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String key, int year) {
        em.createNativeQuery("INSERT IGNORE INTO document_series (series, year, last_sequence) VALUES (?, ?, 0)")
                .setParameter(1, key).setParameter(2, year).executeUpdate();
    }
}
