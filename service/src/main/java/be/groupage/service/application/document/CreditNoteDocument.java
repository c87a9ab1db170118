package be.groupage.service.application.document;

import be.groupage.core.cycle.LotReference;
import be.groupage.core.invoicing.CreditNote;
import be.groupage.core.invoicing.Invoice;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything printed on one credit note: the core {@link CreditNote}, the invoice it corrects (number,
 * date, purchase order), the reason, and the same parties and references as the invoice.
 */
public record CreditNoteDocument(CreditNote note, Invoice invoice, String reason, Party seller, Party buyer,
                                 PaymentAccount account, LocalDate deliveryDate, Optional<LotReference> lot, String cycleName) {

    public CreditNoteDocument {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(deliveryDate, "deliveryDate");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(cycleName, "cycleName");
        if (!note.creditedInvoice().equals(invoice.number())) {
            throw new IllegalArgumentException("Credit note " + note.number() + " credits " + note.creditedInvoice() + ", not " + invoice.number());
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A credit note states its reason");
        }
    }
}
