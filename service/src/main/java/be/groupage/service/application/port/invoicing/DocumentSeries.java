package be.groupage.service.application.port.invoicing;

import be.groupage.core.invoicing.DocumentNumber;
import be.groupage.core.invoicing.InvoiceSeries;

import java.util.List;

/**
 * Gap-free numbers of a series. Numbers are taken inside the transaction that stores the documents they
 * number, under a lock on the series' counter held until that transaction ends: a second issuer, on this
 * or another instance, waits; a rollback gives the numbers back; so the series has no hole and no number
 * twice.
 */
public interface DocumentSeries {

    /** The key of a series as stored, e.g. {@code INVOICE:} or {@code CREDIT_NOTE:NC}. */
    static String key(InvoiceSeries series) {
        return series.type().name() + ":" + series.prefix().orElse("");
    }

    /**
     * Takes the next {@code count} consecutive numbers of the series (must run in the issuing transaction).
     *
     * @throws be.groupage.service.application.common.ConflictException when the series has fewer numbers left
     */
    List<DocumentNumber> take(InvoiceSeries series, int count);

    default DocumentNumber next(InvoiceSeries series) {
        return take(series, 1).get(0);
    }
}
