package be.groupage.service.application.port.supplierinvoices;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The receiving side of our Peppol access point: one AS4 request, as it came over HTTP, checked (signature,
 * decryption, P-Mode, the Peppol SBDH, the receiver is us) and answered with the AS4 receipt or the AS4 error the
 * sender's access point reads. Each business document it carries is handed to a {@link Recipient}, whose decision
 * becomes that answer. No transaction: the recipient runs the use cases.
 */
public interface PeppolInbox {

    /** Whether documents are received: a keystore and our participant id are configured, and receiving is not switched off. */
    boolean enabled();

    /** What receives and as whom, for the logs and the status. */
    String description();

    /** Processes one AS4 request and tells what to answer. */
    Reply handle(Request request, Recipient recipient);

    /** An HTTP request to the AS4 endpoint: the sender's address, its headers and body. */
    record Request(String remoteAddress, int remotePort, String url, Map<String, List<String>> headers, InputStream body) {
    }

    /** The HTTP answer: status, content type, extra headers (MIME boundaries) and body. */
    record Reply(int status, Optional<String> contentType, Map<String, List<String>> headers, byte[] body) {
    }

    /**
     * One business document received in an AS4 user message, with what its envelope says: the AS4 message id, the
     * sending access point's seat, the Peppol sender and receiver participant ids, document type and process
     * identifiers (their values, without scheme), the SBDH instance id, and the business document byte for byte as
     * it stands inside the SBD (UTF-8, without an XML declaration). {@code problem} is set when the envelope cannot
     * be taken (no SBD, not for us): the document is then empty.
     */
    record Incoming(String messageId, String fromParty, String sender, String receiver, String documentType, String process,
                    String instanceId, byte[] document, Optional<String> problem) {
    }

    /** Takes a received document; its decision is what the sender is answered. */
    @FunctionalInterface
    interface Recipient {
        Decision take(Incoming incoming);
    }

    /** Taken (the sender gets the AS4 receipt) or refused with a reason (the sender gets an AS4 error carrying it). */
    sealed interface Decision {
        record Taken(String note) implements Decision {
        }

        record Refused(String reason) implements Decision {
        }
    }
}
