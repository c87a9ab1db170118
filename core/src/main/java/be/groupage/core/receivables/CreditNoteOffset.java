package be.groupage.core.receivables;

import be.groupage.core.invoicing.CreditNote;
import be.groupage.core.money.Money;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A credit note as receivables count it: an amount taken off what the member owes on one invoice. When the
 * invoice's open amount is smaller (it was already paid), the rest is kept as a credit on the member's account.
 *
 * @param amount the credit note's payable, positive as printed
 */
public record CreditNoteOffset(String creditNoteNumber, String invoiceNumber, LocalDate date, Money amount) {

    public CreditNoteOffset {
        Objects.requireNonNull(creditNoteNumber, "creditNoteNumber");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive() || !amount.equals(amount.rounded())) {
            throw new IllegalArgumentException("Credit note " + creditNoteNumber + ": the amount is positive and exact to the cent, not " + amount);
        }
    }

    public static CreditNoteOffset of(String creditNoteNumber, String invoiceNumber, LocalDate date, Money amount) {
        return new CreditNoteOffset(creditNoteNumber, invoiceNumber, date, amount);
    }

    /** An issued credit note: its number, the invoice it credits, its date and its payable. */
    public static CreditNoteOffset of(CreditNote note) {
        Objects.requireNonNull(note, "note");
        return new CreditNoteOffset(note.number().text(), note.creditedInvoice().text(), note.issueDate(), note.totals().payable());
    }
}
