package be.groupage.service.interfaces.rest.delivery;

import be.groupage.core.delivery.Delivery;
import be.groupage.core.delivery.ParticipantId;
import be.groupage.service.application.port.delivery.DeliveryBook;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.time.Instant;
import java.util.Objects;

/** The Peppol delivery of one issued document, as the finance page shows it. */
@JsonbPropertyOrder({"number", "kind", "member", "memberName", "recipient", "state", "attempts", "nextAttemptAt", "reason", "messageId",
        "receiptId", "queuedAt", "updatedAt", "deliveredAt", "resendable"})
public record DeliveryView(String number, String kind, String member, String memberName, String recipient, String state, int attempts,
                           Instant nextAttemptAt, String reason, String messageId, String receiptId, Instant queuedAt, Instant updatedAt,
                           Instant deliveredAt, boolean resendable) {

    static DeliveryView of(DeliveryBook.Listed listed) {
        Delivery d = listed.delivery();
        boolean resendable = switch (d.state()) {
            case FAILED, TO_SEND_BY_HAND -> d.recipient().isPresent();
            default -> false;
        };
        return new DeliveryView(d.number(), d.kind().name(), listed.memberCode(), listed.memberName(), d.recipient().map(ParticipantId::text).orElse(null),
                d.state().name(), d.attempts(), d.nextAttemptAt().orElse(null), d.reason().orElse(null), d.messageId().orElse(null),
                d.receiptId().orElse(null), d.queuedAt(), d.updatedAt(), d.deliveredAt().orElse(null), resendable);
    }

    /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
    @Override
    public int hashCode() {
        return Objects.hash(kind, number);
    }
}
