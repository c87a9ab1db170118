package be.groupage.service.application.document;

import be.groupage.core.cycle.LotReference;
import be.groupage.core.invoicing.Invoice;
import be.groupage.core.payment.EpcQrPayload;
import be.groupage.core.payment.StructuredCommunication;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything printed on one issued invoice: the core {@link Invoice} (number, dates, lines, amounts),
 * the parties, the account to pay to, the delivery date, the cycle and the framework-agreement lot.
 *
 * @param invoice       the issued invoice; its amounts are the only ones shown
 * @param seller        the issuer
 * @param buyer         the member invoiced
 * @param account       where the member pays
 * @param deliveryDate  when the goods were delivered (received by the platform)
 * @param lot           the framework agreement and lot the cycle ordered under, when any
 * @param cycleName     the cycle's name, e.g. {@code Cycle 2026-47}
 * @param deliveryPoint where the member's goods were delivered, when known
 */
public record InvoiceDocument(Invoice invoice, Party seller, Party buyer, PaymentAccount account, LocalDate deliveryDate,
                              Optional<LotReference> lot, String cycleName, Optional<String> deliveryPoint) {

    public InvoiceDocument {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(buyer, "buyer");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(deliveryDate, "deliveryDate");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(cycleName, "cycleName");
        Objects.requireNonNull(deliveryPoint, "deliveryPoint");
    }

    /** The invoice's structured communication, derived from its number. */
    public StructuredCommunication ogm() {
        return StructuredCommunication.ofBase(invoice.ogmBase());
    }

    /**
     * The EPC QR payload asking for the amount payable with the OGM; empty when nothing is to be paid
     * (subsidies covering the whole amount).
     */
    public Optional<EpcQrPayload> epcPayload() {
        if (!invoice.totals().payable().isPositive()) {
            return Optional.empty();
        }
        String name = seller.name().length() > EpcQrPayload.MAX_NAME ? seller.name().substring(0, EpcQrPayload.MAX_NAME) : seller.name();
        return Optional.of(EpcQrPayload.forInvoice(name, account.iban(), account.bic(), invoice.totals().payable(), ogm()));
    }
}
