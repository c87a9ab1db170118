package be.groupage.service.application.port.delivery;

import be.groupage.core.delivery.DocumentKind;
import be.groupage.core.delivery.ParticipantId;
import be.groupage.core.delivery.RetrySchedule;

import java.time.Duration;
import java.util.Objects;

/**
 * The Peppol network as seen from our access point: sends one document over AS4 and says how it ended. Never in a
 * transaction (an exchange takes seconds); never throws for what the network answers, only reports it.
 */
public interface PeppolGateway {

    /** Whether an access point is configured (keystore, sender identifier); when not, deliveries stay queued. */
    boolean configured();

    /** What is configured, for the finance page: "not configured", the fixed endpoint, or the SMP used. */
    String description();

    /** When a delivery that did not end with a receipt is tried again. */
    RetrySchedule retrySchedule();

    /** How long an attempt claims a delivery before another instance may try it. */
    Duration lease();

    /** Sends the UBL, byte for byte, to the recipient. */
    Outcome send(Outgoing document);

    /** A document to send: the stored UBL of an invoice or a credit note. */
    record Outgoing(DocumentKind kind, String number, ParticipantId recipient, byte[] ubl) {
        public Outgoing {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(ubl, "ubl");
        }
    }

    /** How an exchange ended. */
    sealed interface Outcome {
    }

    /** The recipient's access point returned a valid, signed AS4 receipt. */
    record Receipt(String messageId, String receiptId) implements Outcome {
    }

    /** Transmitted, but no valid receipt came back. */
    record NoReceipt(String messageId, String reason) implements Outcome {
    }

    /** Not transmitted (network, TLS, AS4 error, configuration). */
    record Failure(String reason) implements Outcome {
    }

    /** The recipient is not registered on the Peppol network. */
    record NotOnPeppol(String reason) implements Outcome {
    }
}
