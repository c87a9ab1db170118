package be.groupage.service.application.invoicing;

import be.groupage.core.invoicing.CreditNote;
import be.groupage.core.invoicing.CreditedLine;
import be.groupage.core.invoicing.DocumentNumber;
import be.groupage.core.invoicing.Invoice;
import be.groupage.core.invoicing.InvoiceSeries;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.service.application.access.Account;
import be.groupage.service.application.access.AuditTrail;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.application.access.ForbiddenException;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.InputChecks;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.cycles.CycleService;
import be.groupage.service.application.document.CreditNoteDocument;
import be.groupage.service.application.port.document.DocumentRenderer;
import be.groupage.service.application.port.invoicing.DocumentSeries;
import be.groupage.service.application.port.invoicing.InvoiceBook;
import be.groupage.service.application.port.invoicing.InvoiceRegister;
import be.groupage.service.application.port.invoicing.InvoiceSummary;
import be.groupage.service.application.port.invoicing.InvoiceToCredit;
import be.groupage.service.application.port.invoicing.InvoicingParty;
import be.groupage.service.application.port.invoicing.RenderedDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Issues invoices and credit notes. What is invoiced is {@code core}'s decision alone: a cycle's invoices
 * are the drafts of {@link be.groupage.core.settlement.CycleSettlement} over the reception as recorded
 * (goods at the delivered, weighed quantities and the cycle's prices; shared costs split by their rule,
 * weight counted as {@code core} counts it; subsidies), a credit note is {@link CreditNote}'s.
 *
 * <p>A cycle's invoices are issued in two steps: numbered and stored in one short transaction under the
 * cycle's and the series' locks ({@link CycleInvoicing}: any failure rolls it all back, numbers included),
 * then rendered in parallel and stored ({@link DocumentFiling}); a crash between the two is completed at
 * start-up. Two requests for one cycle, even on two instances, issue it once: the second finds it INVOICED.
 * A credit note is one document: checked, numbered, stored and rendered in one transaction.
 */
@ApplicationScoped
public class InvoicingService {

    private static final Logger LOG = Logger.getLogger(InvoicingService.class.getName());

    static final String PDF = RenderedDocument.PDF;
    static final String UBL = RenderedDocument.UBL;
    static final String INVOICE = RenderedDocument.INVOICE;
    static final String CREDIT_NOTE = RenderedDocument.CREDIT_NOTE;


    @Inject
    CurrentAccount caller;

    @Inject
    CycleInvoicing cycleInvoicing;

    @Inject
    DocumentFiling filing;

    @Inject
    InvoicingService self;

    @Inject
    InvoiceBook book;

    @Inject
    InvoiceRegister register;

    @Inject
    DocumentSeries numbering;

    @Inject
    DocumentRenderer renderer;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * How many bytes of documents may be rendered while the numbering transaction still writes the invoices: about
     * 280 invoices of 1,000 lines, 2,800 of 100 (a million invoice lines are written in about 7 s, as long as
     * rendering some 700 invoices of 333 lines takes on one core).
     */
    static final long EARLY_RENDERING_BYTES = 256L << 20;

    /** The invoices of a cycle and whether this call issued them (false: they existed already). */
    public record Issued(boolean created, List<InvoiceSummary> invoices) {
    }

    /** One credited line as asked: the invoice line number as printed (from 1) and a quantity. */
    public record CreditRequest(Integer line, BigDecimal quantity) {
    }

    /**
     * Issues the invoices of a RECEIVED cycle: numbered and stored in one short transaction
     * ({@link CycleInvoicing}), then their PDF and UBL rendered in parallel and stored
     * ({@link DocumentFiling}); answers once both are done. Again on an INVOICED cycle: nothing new.
     */
    public Issued issueForCycle(long cycleId) {
        Account account = requireFinance();
        long start = System.nanoTime();
        // The documents start rendering as soon as the invoices are numbered, while the numbering transaction still
        // writes the invoices and their lines (a million lines took 7 s); they are stored only once it has committed.
        DocumentFiling.Filing[] early = new DocumentFiling.Filing[1];
        try {
            CycleInvoicing.Numbered numbered = cycleInvoicing.issue(cycleId, account.login(),
                    documents -> early[0] = filing.start(documents, EARLY_RENDERING_BYTES));
            if (!numbered.created()) {
                return new Issued(false, self.invoicesOf(cycleId));
            }
            long numberedAt = System.nanoTime();
            int documents = early[0] == null ? filing.file(numbered.toRender()) : early[0].store();
            long filedAt = System.nanoTime();
            LOG.info(() -> "Cycle " + cycleId + ": " + numbered.issued().size() + " invoice(s) settled, numbered and stored in "
                    + (numberedAt - start) / 1_000_000 + " ms, their " + documents + " document(s) rendered and stored in "
                    + (filedAt - numberedAt) / 1_000_000 + " ms");
            return new Issued(true, numbered.issued());
        } finally {
            if (early[0] != null) {
                early[0].close();
            }
        }
    }

    @Transactional
    public List<InvoiceSummary> invoicesOf(long cycleId) {
        return register.invoices(Optional.of(cycleId), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Issues a credit note for an invoice: the given quantities of the given lines, or whatever earlier
     * credit notes left when no line is given.
     */
    /**
     * Issues a credit note for an invoice: the given quantities of the given lines, or whatever earlier
     * credit notes left when no line is given. One transaction: checked, numbered, stored, rendered.
     *
     * @return the credit note's number
     */
    @Transactional
    public String creditNote(String invoiceNumber, String reason, List<CreditRequest> requested) {
        Account account = requireFinance();
        InvoiceToCredit toCredit = book.lockForCredit(invoiceNumber).orElseThrow(() -> new NotFoundException("No invoice " + invoiceNumber + "."));
        InputChecks errors = InputChecks.start();
        if (reason == null || reason.isBlank()) {
            errors.error("reason", "is required: say why the invoice is corrected");
        }
        // Typed in a textarea: its line breaks become spaces, then the one rule for text.
        String why = reason == null || reason.isBlank() ? "" : errors.paragraph("reason", reason, 500).orElse("");
        Invoice invoice = toCredit.invoice();
        List<CreditedLine> credited = new ArrayList<>();
        for (int i = 0; requested != null && i < requested.size(); i++) {
            CreditRequest r = requested.get(i);
            String at = "lines[" + i + "]";
            if (r == null || r.line() == null) {
                errors.error(at + ".line", "is required (the line number as printed on the invoice, from 1)");
                continue;
            }
            if (r.line() < 1 || r.line() > invoice.lines().size()) {
                errors.error(at + ".line", "invoice " + invoiceNumber + " has lines 1 to " + invoice.lines().size() + ", not " + r.line());
                continue;
            }
            Unit unit = invoice.lines().get(r.line() - 1).quantity().unit();
            if (r.quantity() == null || r.quantity().signum() <= 0) {
                errors.error(at + ".quantity", "must be positive");
                continue;
            }
            try {
                credited.add(CreditedLine.of(r.line() - 1, Quantity.of(r.quantity(), unit)));
            } catch (IllegalArgumentException e) {
                errors.error(at + ".quantity", e.getMessage());
            }
        }
        errors.throwIfAny();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CycleService.BRUSSELS);
        InvoiceSeries series = InvoiceSeries.creditNotes(today.getYear());
        // Validated against the invoice and earlier notes before a number is taken.
        credit(invoice, series.first(), today, credited, toCredit.earlier());
        InvoicingParty issuer = book.invoicingParty().orElseThrow(() -> new ConflictException("The invoicing party (issuer) is not set up yet."));
        DocumentNumber number = numbering.next(series);
        CreditNote note = credit(invoice, number, today, credited, toCredit.earlier());
        book.saveCreditNote(invoiceNumber, DocumentSeries.key(series), note, why, now, account.login());
        CreditNoteDocument doc = new CreditNoteDocument(note, invoice, why, issuer.party(), toCredit.buyer(), issuer.account(),
                toCredit.deliveryDate(), toCredit.lot(), toCredit.cycleTitle());
        RenderedDocument pdf = DocumentFiling.document(CREDIT_NOTE, number.text(), PDF, "application/pdf", renderer.creditNotePdf(doc));
        book.saveDocuments(List.of(pdf, DocumentFiling.document(CREDIT_NOTE, number.text(), UBL, "application/xml", renderer.creditNoteUbl(doc))),
                now);
        audit.record("CREDIT_NOTE_ISSUED", "credit_note", number.text(), "credits invoice " + invoiceNumber + " by "
                + note.totals().payable().amount().toPlainString() + " EUR: " + why + "; PDF sha256 " + pdf.sha256());
        return number.text();
    }

    private static CreditNote credit(Invoice invoice, DocumentNumber number, LocalDate date, List<CreditedLine> lines, List<CreditNote> earlier) {
        try {
            return lines.isEmpty() ? CreditNote.remainder(invoice, number, date, earlier) : CreditNote.partial(invoice, number, date, lines, earlier);
        } catch (IllegalArgumentException e) {
            throw new ConflictException(e.getMessage());
        }
    }

    private Account requireFinance() {
        Account account = caller.require();
        if (!account.is(Role.FINANCE) && !account.is(Role.COORDINATOR)) {
            throw new ForbiddenException("Only finance staff and the coordinator issue invoices and credit notes.");
        }
        return account;
    }
}
