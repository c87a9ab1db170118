package be.groupage.core.delivery;

/** Where the Peppol delivery of one issued document stands. */
public enum DeliveryState {
    /** Waiting for its (next) attempt. */
    QUEUED,
    /** Handed to the recipient's access point, no valid AS4 receipt yet: tried again on the schedule. */
    SENT,
    /** The recipient's access point returned a signed AS4 receipt. Final. */
    DELIVERED,
    /** The last attempt failed, with its reason; retried on the schedule until the attempts run out, then by a person. */
    FAILED,
    /** The member cannot receive over Peppol: its PDF goes by e-mail or by hand. */
    TO_SEND_BY_HAND
}
