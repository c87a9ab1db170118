package be.groupage.core.invoicing;

import be.groupage.core.money.Quantity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A credit note: a document of its own series that credits all or part of one issued invoice, by line
 * and quantity. Its lines repeat the invoice's lines (same price and rate) with the credited quantities,
 * and are computed by the same rounding rule, so its amounts are positive as on paper (UBL CreditNote);
 * {@link #signedTotals()} gives them negated, as they count against the invoice.
 *
 * <p>A full credit note has exactly the invoice's lines, so it cancels the invoice to the cent. Partial
 * credit notes may not credit more of a line than remains after earlier credit notes; each is rounded on
 * its own, so several partial notes that together credit everything can differ from the invoice by the
 * rounding of each note (a cent per line or rate); {@link #remainder} credits what is left.
 */
public final class CreditNote {

    private final DocumentNumber number;
    private final DocumentNumber creditedInvoice;
    private final String memberCode;
    private final LocalDate issueDate;
    private final List<CreditedLine> credited;
    private final List<InvoiceLine> lines;
    private final InvoiceComputation computation;

    private CreditNote(DocumentNumber number, Invoice invoice, LocalDate issueDate, List<CreditedLine> credited,
                       List<InvoiceLine> lines) {
        this.number = Objects.requireNonNull(number, "number");
        this.creditedInvoice = invoice.number();
        this.memberCode = invoice.memberCode();
        this.issueDate = Objects.requireNonNull(issueDate, "issueDate");
        if (number.type() != DocumentType.CREDIT_NOTE) {
            throw new IllegalArgumentException(number + " is not a credit-note number");
        }
        if (number.series().year() != issueDate.getYear()) {
            throw new IllegalArgumentException("Credit note " + number + " is numbered in the series of "
                    + number.series().year() + " but issued on " + issueDate);
        }
        if (issueDate.isBefore(invoice.issueDate())) {
            throw new IllegalArgumentException("Credit note " + number + " cannot be issued before invoice " + invoice.number());
        }
        this.credited = List.copyOf(credited);
        this.lines = List.copyOf(lines);
        this.computation = InvoiceComputation.of(this.lines);
    }

    /** Credits the whole invoice: every line with its full quantity. */
    public static CreditNote full(Invoice invoice, DocumentNumber number, LocalDate issueDate) {
        Objects.requireNonNull(invoice, "invoice");
        List<CreditedLine> credited = new ArrayList<>(invoice.lines().size());
        List<InvoiceLine> lines = new ArrayList<>(invoice.lines().size());
        for (int i = 0; i < invoice.lines().size(); i++) {
            InvoiceLine line = invoice.lines().get(i);
            lines.add(line);
            if (!line.quantity().isZero()) {
                credited.add(CreditedLine.of(i, line.quantity()));
            }
        }
        return new CreditNote(number, invoice, issueDate, credited, lines);
    }

    /**
     * Credits whatever earlier credit notes left of the invoice: each line with its remaining quantity
     * (lines already fully credited are left out). With no earlier note this is {@link #full}.
     *
     * @throws IllegalArgumentException when nothing remains to credit
     */
    public static CreditNote remainder(Invoice invoice, DocumentNumber number, LocalDate issueDate, List<CreditNote> earlier) {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(earlier, "earlier");
        if (earlier.isEmpty()) {
            return full(invoice, number, issueDate);
        }
        Map<Integer, Quantity> already = creditedSoFar(invoice, earlier);
        List<CreditedLine> rest = new ArrayList<>();
        for (int i = 0; i < invoice.lines().size(); i++) {
            Quantity q = invoice.lines().get(i).quantity();
            Quantity remaining = q.minus(already.getOrDefault(i, Quantity.zero(q.unit())));
            if (remaining.amount().signum() > 0) {
                rest.add(CreditedLine.of(i, remaining));
            }
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("Invoice " + invoice.number() + " is already fully credited");
        }
        return partial(invoice, number, issueDate, rest, earlier);
    }

    private static Map<Integer, Quantity> creditedSoFar(Invoice invoice, List<CreditNote> earlier) {
        Map<Integer, Quantity> already = new HashMap<>();
        for (CreditNote note : earlier) {
            if (!note.creditedInvoice.equals(invoice.number())) {
                throw new IllegalArgumentException("Credit note " + note.number + " credits " + note.creditedInvoice + ", not " + invoice.number());
            }
            for (CreditedLine c : note.credited) {
                already.merge(c.lineIndex(), c.quantity(), Quantity::plus);
            }
        }
        return already;
    }

    /**
     * Credits the given quantities of some lines of the invoice.
     *
     * @param earlier credit notes already issued for this invoice (others are refused)
     * @throws IllegalArgumentException when a line index does not exist, is given twice, or more is
     *                                  credited than remains of the line
     */
    public static CreditNote partial(Invoice invoice, DocumentNumber number, LocalDate issueDate,
                                     List<CreditedLine> creditedLines, List<CreditNote> earlier) {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(creditedLines, "creditedLines");
        Objects.requireNonNull(earlier, "earlier");
        if (creditedLines.isEmpty()) {
            throw new IllegalArgumentException("A credit note credits at least one line");
        }
        Map<Integer, Quantity> already = creditedSoFar(invoice, earlier);
        List<InvoiceLine> lines = new ArrayList<>(creditedLines.size());
        Set<Integer> seen = new HashSet<>();
        for (CreditedLine c : creditedLines) {
            if (c.lineIndex() >= invoice.lines().size()) {
                throw new IllegalArgumentException("Invoice " + invoice.number() + " has no line " + c.lineIndex());
            }
            if (!seen.add(c.lineIndex())) {
                throw new IllegalArgumentException("Line " + c.lineIndex() + " is credited twice in one note");
            }
            InvoiceLine line = invoice.lines().get(c.lineIndex());
            Quantity remaining = line.quantity().minus(already.getOrDefault(c.lineIndex(), Quantity.zero(line.quantity().unit())));
            if (c.quantity().compareTo(remaining) > 0) {
                throw new IllegalArgumentException("Line " + c.lineIndex() + " (" + line.code() + ") of invoice " + invoice.number()
                        + ": cannot credit " + c.quantity() + ", only " + remaining + " remains");
            }
            lines.add(line.withQuantity(c.quantity()));
        }
        return new CreditNote(number, invoice, issueDate, creditedLines, lines);
    }

    public DocumentNumber number() {
        return number;
    }

    /** The number of the invoice it corrects. */
    public DocumentNumber creditedInvoice() {
        return creditedInvoice;
    }

    public String memberCode() {
        return memberCode;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    /** The invoice lines and quantities credited. */
    public List<CreditedLine> creditedLines() {
        return credited;
    }

    /** The lines as printed on the credit note (positive quantities and amounts). */
    public List<InvoiceLine> lines() {
        return lines;
    }

    public InvoiceComputation computation() {
        return computation;
    }

    /** The totals as printed (positive). */
    public InvoiceTotals totals() {
        return computation.totals();
    }

    /** The totals negated: what this note takes off the member's account. */
    public InvoiceTotals signedTotals() {
        return computation.totals().negate();
    }

    @Override
    public String toString() {
        return "CreditNote " + number + " for " + creditedInvoice + " " + computation.totals();
    }
}
