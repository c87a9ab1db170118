package be.groupage.service.infrastructure.documents;

import be.groupage.service.application.document.CreditNoteDocument;
import be.groupage.service.application.document.InvoiceDocument;
import be.groupage.service.application.document.PurchaseOrderDocument;
import be.groupage.service.application.document.ReminderDocument;
import be.groupage.service.application.port.document.DocumentRenderer;
import be.groupage.service.application.port.document.ReminderRenderer;
import jakarta.enterprise.context.ApplicationScoped;

/** The documents ports over PDFBox ({@link InvoicePdfRenderer}, {@link PurchaseOrderPdfRenderer}, {@link ReminderPdfRenderer}), ph-ubl and CSV; stateless. */
@ApplicationScoped
public class Renderers implements DocumentRenderer, ReminderRenderer {

    private final InvoicePdfRenderer pdf = new InvoicePdfRenderer();
    private final UblWriter ubl = new UblWriter();
    private final PurchaseOrderPdfRenderer purchaseOrderPdf = new PurchaseOrderPdfRenderer();
    private final PurchaseOrderCsvWriter purchaseOrderCsv = new PurchaseOrderCsvWriter();
    private final ReminderPdfRenderer reminderPdf = new ReminderPdfRenderer();

    @Override
    public byte[] invoicePdf(InvoiceDocument invoice) {
        return pdf.render(invoice);
    }

    @Override
    public byte[] invoiceUbl(InvoiceDocument invoice) {
        return ubl.invoice(invoice);
    }

    @Override
    public byte[] creditNotePdf(CreditNoteDocument note) {
        return pdf.render(note);
    }

    @Override
    public byte[] creditNoteUbl(CreditNoteDocument note) {
        return ubl.creditNote(note);
    }

    @Override
    public byte[] purchaseOrderPdf(PurchaseOrderDocument order) {
        return purchaseOrderPdf.render(order);
    }

    @Override
    public byte[] purchaseOrderCsv(PurchaseOrderDocument order) {
        return purchaseOrderCsv.write(order);
    }

    @Override
    public byte[] reminderPdf(ReminderDocument reminder) {
        return reminderPdf.render(reminder);
    }
}
