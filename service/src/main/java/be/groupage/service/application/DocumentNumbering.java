package be.groupage.service.application;

import be.groupage.core.invoicing.DocumentNumber;
import be.groupage.core.invoicing.InvoiceSeries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gap-free numbers: the next number of a series is taken inside the transaction that issues the
 * document, with a row lock ({@code SELECT ... FOR UPDATE}) on the series' counter in
 * {@code document_series}. A second transaction, in this or another service instance on the same
 * database, waits for the first to commit or roll back: numbers are never taken twice, and a failed
 * issue gives its number back with everything else it wrote, so the series has no hole.
 */
@ApplicationScoped
public class DocumentNumbering {

    @PersistenceContext(unitName = "groupage")
    EntityManager em;

    @Inject
    DocumentSeriesRows rows;

    /** Series whose counter row this instance has made sure of (created or found); it is never deleted. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /** The key of a series in {@code document_series}, e.g. {@code INVOICE:} or {@code CREDIT_NOTE:NC}. */
    static String key(InvoiceSeries series) {
        return series.type().name() + ":" + series.prefix().orElse("");
    }

    /** Takes the next number of the series; must run inside the issuing transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DocumentNumber next(InvoiceSeries series) {
        String key = key(series);
        // The counter row is made to exist before this transaction locks anything in the table: a
        // locking read of a missing row would take a gap lock that the creating transaction then waits for.
        String row = key + "/" + series.year();
        if (!known.contains(row)) {
            rows.create(key, series.year());
            known.add(row);
        }
        Integer last = lockedLast(key, series.year());
        if (last == null) {
            throw new IllegalStateException("The counter of series " + key + " " + series.year() + " is missing");
        }
        int next = last + 1;
        if (next > InvoiceSeries.MAX_SEQUENCE) {
            throw new ConflictException("Series " + series + " is full (" + InvoiceSeries.MAX_SEQUENCE + " numbers).");
        }
        em.createNativeQuery("UPDATE document_series SET last_sequence = ? WHERE series = ? AND year = ?")
                .setParameter(1, next).setParameter(2, key).setParameter(3, series.year()).executeUpdate();
        return series.number(next);
    }

    private Integer lockedLast(String key, int year) {
        @SuppressWarnings("unchecked")
        List<Object> found = em.createNativeQuery("SELECT last_sequence FROM document_series WHERE series = ? AND year = ? FOR UPDATE")
                .setParameter(1, key).setParameter(2, year).getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).intValue();
    }
}
