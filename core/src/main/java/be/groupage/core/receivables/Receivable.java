package be.groupage.core.receivables;

import be.groupage.core.invoicing.Invoice;
import be.groupage.core.money.Money;
import be.groupage.core.payment.StructuredCommunication;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An issued invoice as receivables count it: what the member must pay, by when, and the structured
 * communication (OGM) that identifies the payment.
 *
 * <p>Invariants: the payable is not negative and exact to the cent; the due date is not before the issue date.
 *
 * @param invoiceNumber the printed invoice number, e.g. {@code 2026-000123}
 * @param payable       what the member pays (the invoice's amount due, BT-115)
 */
public record Receivable(String invoiceNumber, String memberCode, LocalDate issueDate, LocalDate dueDate, Money payable,
                         StructuredCommunication ogm) {

    public Receivable {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(memberCode, "memberCode");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(payable, "payable");
        Objects.requireNonNull(ogm, "ogm");
        if (invoiceNumber.isBlank() || memberCode.isBlank()) {
            throw new IllegalArgumentException("An invoice number and a member code are not blank");
        }
        if (payable.isNegative() || !payable.equals(payable.rounded())) {
            throw new IllegalArgumentException("Invoice " + invoiceNumber + ": the payable is not negative and exact to the cent, not " + payable);
        }
        if (dueDate.isBefore(issueDate)) {
            throw new IllegalArgumentException("Invoice " + invoiceNumber + " falls due " + dueDate + ", before its issue " + issueDate);
        }
    }

    public static Receivable of(String invoiceNumber, String memberCode, LocalDate issueDate, LocalDate dueDate, Money payable,
                                StructuredCommunication ogm) {
        return new Receivable(invoiceNumber, memberCode, issueDate, dueDate, payable, ogm);
    }

    /** An issued invoice: its number, member, dates, amount due and the OGM derived from its number. */
    public static Receivable of(Invoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        return new Receivable(invoice.number().text(), invoice.memberCode(), invoice.issueDate(), invoice.dueDate(),
                invoice.totals().payable(), StructuredCommunication.ofBase(invoice.ogmBase()));
    }
}
