package be.groupage.core.invoicing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An issued invoice: immutable; a correction is a {@link CreditNote} that references it. Its number is of
 * an invoice series of the issue date's year; its amounts are computed from its lines once.
 */
public final class Invoice {

    private final DocumentNumber number;
    private final String memberCode;
    private final Optional<String> orderReference;
    private final LocalDate issueDate;
    private final LocalDate dueDate;
    private final List<InvoiceLine> lines;
    private final InvoiceComputation computation;

    Invoice(DocumentNumber number, String memberCode, Optional<String> orderReference, LocalDate issueDate,
            LocalDate dueDate, List<InvoiceLine> lines) {
        this.number = Objects.requireNonNull(number, "number");
        this.memberCode = Objects.requireNonNull(memberCode, "memberCode");
        this.orderReference = Objects.requireNonNull(orderReference, "orderReference");
        this.issueDate = Objects.requireNonNull(issueDate, "issueDate");
        this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
        this.lines = List.copyOf(lines);
        if (number.type() != DocumentType.INVOICE) {
            throw new IllegalArgumentException(number + " is not an invoice number");
        }
        if (number.series().year() != issueDate.getYear()) {
            throw new IllegalArgumentException("Invoice " + number + " is numbered in the series of " + number.series().year()
                    + " but issued on " + issueDate);
        }
        this.computation = InvoiceComputation.of(this.lines);
    }

    public DocumentNumber number() {
        return number;
    }

    public String memberCode() {
        return memberCode;
    }

    public Optional<String> orderReference() {
        return orderReference;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public List<InvoiceLine> lines() {
        return lines;
    }

    public InvoiceComputation computation() {
        return computation;
    }

    public InvoiceTotals totals() {
        return computation.totals();
    }

    /** The base of its structured communication (see {@link DocumentNumber#ogmBase()}). */
    public long ogmBase() {
        return number.ogmBase();
    }

    @Override
    public String toString() {
        return "Invoice " + number + " to " + memberCode + " " + computation.totals();
    }
}
