package be.groupage.service.infrastructure.persistence;

import be.groupage.core.invoicing.CreditNote;
import be.groupage.core.invoicing.CreditedLine;
import be.groupage.core.invoicing.DocumentNumber;
import be.groupage.core.invoicing.DocumentType;
import be.groupage.core.invoicing.Invoice;
import be.groupage.core.invoicing.InvoiceDraft;
import be.groupage.core.invoicing.InvoiceLine;
import be.groupage.core.invoicing.LineKind;
import be.groupage.core.invoicing.PaymentTerms;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rebuilds {@code core} invoices and credit notes from their stored rows (for credits, views and exports). */
public final class StoredInvoices {

    private StoredInvoices() {
    }

    public static Invoice toCore(InvoiceEntity e) {
        List<InvoiceLine> lines = new ArrayList<>(e.lines().size());
        for (InvoiceLineEntity l : e.lines()) {
            lines.add(switch (LineKind.valueOf(l.kind())) {
                case GOODS -> InvoiceLine.goods(l.code(), l.description(), Quantity.of(l.quantity(), Unit.valueOf(l.unit())),
                        Money.euros(l.unitPrice()), VatRate.ofPercent(l.vatRate()), l.weighed());
                case COST_SHARE -> InvoiceLine.costShare(l.code(), Money.euros(l.unitPrice()), VatRate.ofPercent(l.vatRate()));
                case SUBSIDY -> InvoiceLine.subsidy(l.code(), Money.euros(l.unitPrice()));
            });
        }
        InvoiceDraft draft = new InvoiceDraft(e.member().code(), Optional.ofNullable(e.orderReference()), lines);
        return draft.issue(DocumentNumber.parse(DocumentType.INVOICE, e.number()), e.issueDate(),
                PaymentTerms.days((int) ChronoUnit.DAYS.between(e.issueDate(), e.dueDate())));
    }

    public static CreditNote toCore(CreditNoteEntity n, Invoice invoice) {
        List<CreditedLine> credited = new ArrayList<>(n.lines().size());
        for (CreditNoteLineEntity l : n.lines()) {
            credited.add(CreditedLine.of(l.invoiceLinePosition(),
                    Quantity.of(l.quantity(), invoice.lines().get(l.invoiceLinePosition()).quantity().unit())));
        }
        return CreditNote.partial(invoice, DocumentNumber.parse(DocumentType.CREDIT_NOTE, n.number()), n.issueDate(), credited, List.of());
    }
}
