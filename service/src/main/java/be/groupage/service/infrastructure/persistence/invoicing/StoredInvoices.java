package be.groupage.service.infrastructure.persistence.invoicing;

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
import be.groupage.service.application.port.invoicing.InvoiceRegister.PrintedLine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rebuilds {@code core} invoices and credit notes from their stored rows, as entities or as columns (for credits, views and exports). */
public final class StoredInvoices {

    private StoredInvoices() {
    }

    public static Invoice toCore(InvoiceEntity e) {
        List<PrintedLine> lines = new ArrayList<>(e.lines().size());
        for (InvoiceLineEntity l : e.lines()) {
            lines.add(new PrintedLine(l.position(), l.kind(), l.code(), l.description(), l.quantity(), l.unit(), l.unitPrice(),
                    Optional.ofNullable(l.vatRate()), l.weighed(), l.net()));
        }
        return invoice(e.number(), e.member().code(), Optional.ofNullable(e.orderReference()), e.issueDate(), e.dueDate(), lines);
    }

    public static CreditNote toCore(CreditNoteEntity n, Invoice invoice) {
        List<CreditedLine> credited = new ArrayList<>(n.lines().size());
        for (CreditNoteLineEntity l : n.lines()) {
            credited.add(credited(invoice, l.invoiceLinePosition(), l.quantity()));
        }
        return creditNote(invoice, n.number(), n.issueDate(), credited);
    }

    /** An invoice from the columns of its row and its lines, in order. */
    public static Invoice invoice(String number, String memberCode, Optional<String> orderReference, LocalDate issueDate, LocalDate dueDate,
                                  List<PrintedLine> lines) {
        List<InvoiceLine> core = new ArrayList<>(lines.size());
        for (PrintedLine l : lines) {
            core.add(switch (LineKind.valueOf(l.kind())) {
                case GOODS -> InvoiceLine.goods(l.code(), l.description(), Quantity.of(l.quantity(), Unit.valueOf(l.unit())),
                        Money.euros(l.unitPrice()), VatRate.ofPercent(l.vatRate().orElse(null)), l.weighed());
                case COST_SHARE -> InvoiceLine.costShare(l.code(), Money.euros(l.unitPrice()), VatRate.ofPercent(l.vatRate().orElse(null)));
                case SUBSIDY -> InvoiceLine.subsidy(l.code(), Money.euros(l.unitPrice()));
            });
        }
        InvoiceDraft draft = new InvoiceDraft(memberCode, orderReference, core);
        return draft.issue(DocumentNumber.parse(DocumentType.INVOICE, number), issueDate,
                PaymentTerms.days((int) ChronoUnit.DAYS.between(issueDate, dueDate)));
    }

    /** What a credit-note line credits: a quantity of an invoice line (by its position, from 0), in that line's unit. */
    public static CreditedLine credited(Invoice invoice, int invoiceLinePosition, BigDecimal quantity) {
        return CreditedLine.of(invoiceLinePosition, Quantity.of(quantity, invoice.lines().get(invoiceLinePosition).quantity().unit()));
    }

    /** A credit note of an invoice from the columns of its row and its credited lines, in order. */
    public static CreditNote creditNote(Invoice invoice, String number, LocalDate issueDate, List<CreditedLine> credited) {
        return CreditNote.partial(invoice, DocumentNumber.parse(DocumentType.CREDIT_NOTE, number), issueDate, credited, List.of());
    }
}
