package be.groupage.service.application.port.document;

import be.groupage.service.application.document.CreditNoteDocument;
import be.groupage.service.application.document.InvoiceDocument;
import be.groupage.service.application.document.PurchaseOrderDocument;

/**
 * Turns what is printed on a document into its bytes: PDF for people, Peppol BIS Billing 3.0 UBL for
 * accounting software, CSV for the cooperative's packing. Implementations are thread-safe, so a
 * cycle's invoices can be rendered in parallel, and deterministic for the same input.
 */
public interface DocumentRenderer {

    byte[] invoicePdf(InvoiceDocument invoice);

    byte[] invoiceUbl(InvoiceDocument invoice);

    byte[] creditNotePdf(CreditNoteDocument note);

    byte[] creditNoteUbl(CreditNoteDocument note);

    byte[] purchaseOrderPdf(PurchaseOrderDocument order);

    byte[] purchaseOrderCsv(PurchaseOrderDocument order);
}
