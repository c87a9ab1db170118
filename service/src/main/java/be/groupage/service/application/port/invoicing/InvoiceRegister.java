package be.groupage.service.application.port.invoicing;

import be.groupage.core.invoicing.CreditNote;
import be.groupage.core.invoicing.Invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The issued invoices and credit notes as their readers find them: a list, one document with its lines
 * as printed, its PDF or UBL as stored, a cycle's documents, a period's documents for the accounts. Reads
 * only, inside the caller's transaction; who may read what is the use case's business, not the register's.
 * Volume is in the lists, the ZIP and the export (a thousand invoices a cycle, a line per member line), so
 * implementations read them in a few statements whatever their size, never one per invoice.
 */
public interface InvoiceRegister {

    /** Issued invoices, by number (year, then sequence); each criterion given narrows the list. */
    List<InvoiceSummary> invoices(Optional<Long> cycleId, Optional<String> memberCode, Optional<LocalDate> issuedFrom,
                                  Optional<LocalDate> issuedTo);

    /** The code of the member an invoice is addressed to; empty when there is no such invoice. */
    Optional<String> memberOf(String invoiceNumber);

    /** The number of the invoice a credit note corrects; empty when there is no such credit note. */
    Optional<String> invoiceCreditedBy(String creditNoteNumber);

    /** An invoice with its lines as printed and its credit notes; empty when there is none. */
    Optional<RegisteredInvoice> invoice(String number);

    /** A credit note with the invoice it corrects; empty when there is none. */
    Optional<RegisteredCreditNote> creditNote(String number);

    /**
     * A document exactly as stored.
     *
     * @param kind   {@link RenderedDocument#INVOICE} or {@link RenderedDocument#CREDIT_NOTE}
     * @param format {@link RenderedDocument#PDF} or {@link RenderedDocument#UBL}
     * @return empty while it is not stored (still being rendered)
     */
    Optional<RenderedDocument> document(String kind, String number, String format);

    /** How many invoices a cycle has; empty when there is no such cycle. */
    OptionalInt invoiceCount(long cycleId);

    /**
     * Hands every stored document of a cycle's invoices and of their credit notes to {@code each}, in filing
     * order: invoice by invoice (year, then sequence), its documents (by format) then those of its credit
     * notes (by number). Implementations read them in batches, so a cycle's documents are never all held at once.
     */
    void documentsOfCycle(long cycleId, Consumer<RenderedDocument> each);

    /** The invoices issued between two dates (inclusive), in no particular order. */
    List<BookedInvoice> invoicesIssued(LocalDate from, LocalDate to);

    /** The credit notes issued between two dates (inclusive), in no particular order, each with the invoice it corrects. */
    List<BookedCreditNote> creditNotesIssued(LocalDate from, LocalDate to);

    /**
     * An issued invoice as a reader sees it.
     *
     * @param summary     its number, member, cycle, dates and totals as stored
     * @param lines       its lines as stored and printed, in order
     * @param invoice     the invoice as {@code core} rebuilds it from those lines (VAT per rate)
     * @param creditNotes the credit notes issued on it, by number
     */
    record RegisteredInvoice(InvoiceSummary summary, String memberName, LocalDate deliveryDate, List<PrintedLine> lines, Invoice invoice,
                             List<CreditNoteSummary> creditNotes) {
    }

    /**
     * One line of an issued invoice as stored and printed.
     *
     * @param position from 0
     * @param kind     {@code GOODS}, {@code COST_SHARE} or {@code SUBSIDY}
     * @param vatRate  in percent; empty for a subsidy
     */
    record PrintedLine(int position, String kind, String code, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
                       Optional<BigDecimal> vatRate, boolean weighed, BigDecimal net) {
    }

    /** An issued credit note as lists show it: number, the invoice it corrects, date, reason and totals as stored (positive). */
    record CreditNoteSummary(String number, String invoiceNumber, LocalDate issueDate, String reason, BigDecimal net, BigDecimal vat,
                             BigDecimal gross, BigDecimal prepaid, BigDecimal payable) {
    }

    /**
     * An issued credit note as a reader sees it.
     *
     * @param memberCode the member of the invoice it corrects
     * @param note       the credit note as {@code core} rebuilds it from its credited lines (VAT per rate)
     */
    record RegisteredCreditNote(CreditNoteSummary summary, String memberCode, CreditNote note) {
    }

    /** An issued invoice as the accounts book it: the invoice, the member's name and enterprise (KBO) number, its OGM. */
    record BookedInvoice(Invoice invoice, String memberName, String memberKbo, String ogm) {
    }

    /** An issued credit note as the accounts book it, with the invoice it corrects. */
    record BookedCreditNote(CreditNote note, BookedInvoice invoice) {
    }
}
