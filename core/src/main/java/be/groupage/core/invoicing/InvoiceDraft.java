package be.groupage.core.invoicing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's purchase order priced as invoice lines, not yet numbered: goods (delivered quantity x cycle
 * price), cost shares and subsidies. It has no number: a number is allocated only when it is issued.
 *
 * @param memberCode     the member invoiced
 * @param orderReference the member's purchase-order (commitment) number, when it has one
 * @param lines          at least one line
 */
public record InvoiceDraft(String memberCode, Optional<String> orderReference, List<InvoiceLine> lines) {

    public InvoiceDraft {
        Objects.requireNonNull(memberCode, "memberCode");
        Objects.requireNonNull(orderReference, "orderReference");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An invoice for " + memberCode + " needs at least one line");
        }
    }

    public static InvoiceDraft of(String memberCode, List<InvoiceLine> lines) {
        return new InvoiceDraft(memberCode, Optional.empty(), lines);
    }

    public static InvoiceDraft of(String memberCode, String orderReference, List<InvoiceLine> lines) {
        return new InvoiceDraft(memberCode, Optional.of(orderReference), lines);
    }

    public InvoiceComputation compute() {
        return InvoiceComputation.of(lines);
    }

    /**
     * Issues this draft under a number allocated by the caller.
     *
     * @throws IllegalArgumentException when the number is not an invoice number or its series is not of
     *                                  the issue date's year
     */
    public Invoice issue(DocumentNumber number, LocalDate issueDate, PaymentTerms terms) {
        return new Invoice(number, memberCode, orderReference, issueDate, terms.dueDate(issueDate), lines);
    }
}
