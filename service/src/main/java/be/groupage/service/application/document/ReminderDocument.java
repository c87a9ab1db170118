package be.groupage.service.application.document;

import be.groupage.core.money.Money;
import be.groupage.core.payment.EpcQrPayload;
import be.groupage.core.payment.StructuredCommunication;
import be.groupage.core.receivables.ReminderLevel;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything printed on a payment reminder (rappel de paiement): which reminder it is and when it was sent, the
 * invoice it recalls (number, dates, amount invoiced, its original OGM), what was still open then and for how many
 * days past the due date, the parties and the account to pay to.
 *
 * @param firstSentOn the first reminder's date, printed on the second
 */
public record ReminderDocument(ReminderLevel level, LocalDate sentOn, String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate,
                               Money invoiced, Money open, long daysPastDue, StructuredCommunication ogm, Party seller, Party buyer,
                               PaymentAccount account, Optional<LocalDate> firstSentOn, int payWithinDays) {

    public ReminderDocument {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(sentOn, "sentOn");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(invoiced, "invoiced");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(ogm, "ogm");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(firstSentOn, "firstSentOn");
        if (!open.isPositive()) {
            throw new IllegalArgumentException("A reminder is for an amount open, not " + open);
        }
    }

    /** The EPC QR payload asking for the amount open with the invoice's own OGM, so the payment is matched to it. */
    public EpcQrPayload epcPayload() {
        String name = seller.name().length() > EpcQrPayload.MAX_NAME ? seller.name().substring(0, EpcQrPayload.MAX_NAME) : seller.name();
        return EpcQrPayload.forInvoice(name, account.iban(), account.bic(), open, ogm);
    }
}
