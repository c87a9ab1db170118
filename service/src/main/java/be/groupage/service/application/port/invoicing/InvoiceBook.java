package be.groupage.service.application.port.invoicing;

import be.groupage.core.invoicing.CreditNote;
import be.groupage.service.application.document.InvoiceDocument;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a cycle's invoices are issued from and kept: the received cycle as settlement reads it, the
 * issued invoices with their lines, and their documents. Volume is here (one invoice per member, one
 * line per member line), so implementations write in batches and never read back what they just wrote.
 */
public interface InvoiceBook {

    /**
     * Locks the cycle's row until the transaction ends (two issuers of one cycle, even on two instances,
     * run one after the other) and reads it; empty when there is no such cycle.
     */
    Optional<CycleToInvoice> lockForInvoicing(long cycleId);

    /** The invoicing party, once set up. */
    Optional<InvoicingParty> invoicingParty();

    /**
     * Stores the issued invoices with their lines, one audit line each, and moves the cycle to INVOICED
     * at {@code at}, in the caller's transaction.
     */
    void saveIssued(long cycleId, List<IssuedInvoice> invoices, Instant at, String by);

    /**
     * Stores rendered documents; one already stored (same kind, number and format) is left as it was,
     * so storing twice (a retry, a recovery racing a late renderer) keeps the first bytes.
     */
    void saveDocuments(List<RenderedDocument> documents, Instant at);

    /**
     * Invoices issued before {@code issuedBefore} whose PDF or UBL is not stored (the service stopped
     * between numbering and storing), oldest number first, at most {@code max}, as printed.
     */
    List<InvoiceDocument> invoicesWithoutDocuments(int max, Instant issuedBefore);

    /**
     * Locks an issued invoice's row until the transaction ends (two credit notes of one invoice are
     * judged one after the other) and reads it with its earlier credit notes; empty when there is none.
     */
    Optional<InvoiceToCredit> lockForCredit(String invoiceNumber);

    /** Stores a credit note of the invoice with its credited lines, in the caller's transaction. */
    void saveCreditNote(String invoiceNumber, String seriesKey, CreditNote note, String reason, Instant at, String by);
}
