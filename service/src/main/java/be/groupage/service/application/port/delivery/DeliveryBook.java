package be.groupage.service.application.port.delivery;

import be.groupage.core.delivery.Delivery;
import be.groupage.core.delivery.DeliveryState;
import be.groupage.core.delivery.DocumentKind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The Peppol deliveries of issued invoices and credit notes, inside the caller's transaction. The stored UBL
 * documents are the outbox: every one gets exactly one delivery.
 */
public interface DeliveryBook {

    /** A stored UBL document that has no delivery yet, with the member it is addressed to. */
    record Undelivered(long documentId, DocumentKind kind, String number, long memberId, String memberKbo) {
    }

    /** A delivery as a reader sees it, with the member it goes to. */
    record Listed(Delivery delivery, String memberCode, String memberName) {
    }

    /** Up to {@code max} stored UBL documents without a delivery, oldest first. */
    List<Undelivered> undelivered(int max);

    /** Adds the delivery of a document; false when another instance added it first. */
    boolean add(Undelivered document, Delivery delivery);

    /** Up to {@code max} deliveries due at {@code at}, locked for this transaction (rows another transaction locked are skipped). */
    List<Delivery> dueForUpdate(Instant at, int max);

    /** The delivery of a document, locked for this transaction. */
    Optional<Delivery> forUpdate(DocumentKind kind, String number);

    /** Stores the new state of a delivery. */
    void save(Delivery delivery);

    /** The deliveries, most recently changed first, in one state or all, at most {@code max}. */
    List<Listed> list(Optional<DeliveryState> state, int max);

    /** The delivery of a document by its number (an invoice's or a credit note's). */
    Optional<Listed> ofDocument(String number);

    /** The UBL of a document exactly as stored. */
    byte[] ubl(DocumentKind kind, String number);
}
