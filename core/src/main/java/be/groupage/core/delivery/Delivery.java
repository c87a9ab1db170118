package be.groupage.core.delivery;

import be.groupage.core.cycle.InvalidKboNumberException;
import be.groupage.core.cycle.KboNumber;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Peppol delivery of one issued invoice or credit note, immutable: each transition returns the next state.
 *
 * <pre>
 *   queue ──► QUEUED ──attempt──► (same state, claimed until the lease ends)
 *                 │                 ├─ receipt ─────────► DELIVERED (final)
 *                 │                 ├─ no valid receipt ─► SENT, next attempt on the schedule (FAILED once they run out)
 *                 │                 ├─ failure ─────────► FAILED(reason), next attempt on the schedule, or none: a person resends
 *                 │                 └─ not on Peppol ───► TO_SEND_BY_HAND
 *   a member whose KBO number makes no participant identifier ──► TO_SEND_BY_HAND
 *   resend (a person): FAILED or TO_SEND_BY_HAND ──► QUEUED, attempts from zero
 * </pre>
 *
 * An attempt is only made when the delivery {@link #isDue due}; it counts and claims the delivery for {@code lease}
 * (another instance does not send it meanwhile; if this one stops while sending, the lease ends and it is tried again).
 */
public final class Delivery {

    /** The longest reason kept; longer ones (a stack of causes) are cut. */
    public static final int REASON_MAX = 1000;

    private static final Set<DeliveryState> ATTEMPTABLE = EnumSet.of(DeliveryState.QUEUED, DeliveryState.SENT, DeliveryState.FAILED);

    private final DocumentKind kind;
    private final String number;
    private final ParticipantId recipient;
    private final DeliveryState state;
    private final int attempts;
    private final Instant nextAttemptAt;
    private final String reason;
    private final String messageId;
    private final String receiptId;
    private final Instant queuedAt;
    private final Instant updatedAt;
    private final Instant deliveredAt;

    private Delivery(DocumentKind kind, String number, ParticipantId recipient, DeliveryState state, int attempts, Instant nextAttemptAt,
                     String reason, String messageId, String receiptId, Instant queuedAt, Instant updatedAt, Instant deliveredAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.number = Objects.requireNonNull(number, "number");
        this.recipient = recipient;
        this.state = Objects.requireNonNull(state, "state");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts is never negative: " + attempts);
        }
        this.attempts = attempts;
        this.nextAttemptAt = nextAttemptAt;
        this.reason = reason == null ? null : cut(reason);
        this.messageId = messageId;
        this.receiptId = receiptId;
        this.queuedAt = Objects.requireNonNull(queuedAt, "queuedAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.deliveredAt = deliveredAt;
        if (recipient == null && state != DeliveryState.TO_SEND_BY_HAND) {
            throw new IllegalArgumentException("Only a delivery sent by hand may have no Peppol recipient: " + number);
        }
    }

    /**
     * The delivery of a document just issued to the member with this KBO number: queued for an attempt now, or to
     * send by hand when the number makes no Peppol participant identifier.
     */
    public static Delivery queue(DocumentKind kind, String number, String memberKbo, Instant at) {
        Objects.requireNonNull(at, "at");
        try {
            ParticipantId recipient = ParticipantId.ofKbo(KboNumber.of(Objects.requireNonNull(memberKbo, "memberKbo")));
            return new Delivery(kind, number, recipient, DeliveryState.QUEUED, 0, at, null, null, null, at, at, null);
        } catch (InvalidKboNumberException | InvalidParticipantIdException e) {
            return new Delivery(kind, number, null, DeliveryState.TO_SEND_BY_HAND, 0, null,
                    "The member's KBO number makes no Peppol participant identifier: " + e.getMessage(), null, null, at, at, null);
        }
    }

    /** Rebuilds a delivery from storage. */
    public static Delivery restore(DocumentKind kind, String number, ParticipantId recipient, DeliveryState state, int attempts,
                                   Instant nextAttemptAt, String reason, String messageId, String receiptId, Instant queuedAt,
                                   Instant updatedAt, Instant deliveredAt) {
        return new Delivery(kind, number, recipient, state, attempts, nextAttemptAt, reason, messageId, receiptId, queuedAt, updatedAt,
                deliveredAt);
    }

    /** Whether an attempt may be made at {@code at}: queued, sent or failed, with its next attempt at or before then. */
    public boolean isDue(Instant at) {
        return ATTEMPTABLE.contains(state) && nextAttemptAt != null && !nextAttemptAt.isAfter(at);
    }

    /** Whether it failed and no automatic attempt is left: a person must resend it. */
    public boolean awaitsAPerson() {
        return state == DeliveryState.FAILED && nextAttemptAt == null;
    }

    /** One more attempt begins at {@code at}: counted, and claimed until {@code at + lease}. */
    public Delivery attempt(Instant at, Duration lease) {
        Objects.requireNonNull(lease, "lease");
        if (!isDue(at)) {
            throw new IllegalDeliveryTransitionException(state, "The delivery of " + number + " is not due at " + at + " (" + state
                    + (nextAttemptAt == null ? "" : ", next attempt " + nextAttemptAt) + ")");
        }
        return with(state, attempts + 1, at.plus(lease), reason, messageId, receiptId, at, deliveredAt);
    }

    /** The recipient's access point returned a valid AS4 receipt for message {@code messageId}. */
    public Delivery delivered(String messageId, String receiptId, Instant at) {
        requireAttempted("delivered");
        return with(DeliveryState.DELIVERED, attempts, null, null, Objects.requireNonNull(messageId, "messageId"),
                Objects.requireNonNull(receiptId, "receiptId"), at, at);
    }

    /** The message was transmitted but no valid receipt came back: tried again on the schedule, failed once it runs out. */
    public Delivery sentWithoutReceipt(String messageId, String why, Instant at, RetrySchedule schedule) {
        requireAttempted("sent");
        Optional<Duration> wait = schedule.waitAfter(attempts);
        if (wait.isEmpty()) {
            return with(DeliveryState.FAILED, attempts, null, "No receipt after " + attempts + " attempt(s): " + why, messageId, null, at, null);
        }
        return with(DeliveryState.SENT, attempts, at.plus(wait.get()), why, messageId, null, at, null);
    }

    /** The attempt failed for {@code why}: tried again on the schedule, or left to a person once it runs out. */
    public Delivery failed(String why, Instant at, RetrySchedule schedule) {
        requireAttempted("failed");
        Instant next = schedule.waitAfter(attempts).map(at::plus).orElse(null);
        return with(DeliveryState.FAILED, attempts, next, Objects.requireNonNull(why, "why"), messageId, null, at, null);
    }

    /** The recipient is not on the Peppol network (not registered in its SMP): its PDF goes by e-mail or by hand. */
    public Delivery notReachable(String why, Instant at) {
        requireAttempted("to send by hand");
        return with(DeliveryState.TO_SEND_BY_HAND, attempts, null, Objects.requireNonNull(why, "why"), messageId, null, at, null);
    }

    /** A person sends it again: a failed delivery, or one to send by hand (the member joined Peppol), is queued afresh. */
    public Delivery resend(Instant at) {
        if (state != DeliveryState.FAILED && state != DeliveryState.TO_SEND_BY_HAND) {
            throw new IllegalDeliveryTransitionException(state, "Only a failed delivery, or one to send by hand, can be sent again; "
                    + number + " is " + state);
        }
        if (recipient == null) {
            throw new IllegalDeliveryTransitionException(state, "The member of " + number + " has no Peppol participant identifier");
        }
        return with(DeliveryState.QUEUED, 0, at, null, null, null, at, null);
    }

    private void requireAttempted(String outcome) {
        if (!ATTEMPTABLE.contains(state) || attempts == 0) {
            throw new IllegalDeliveryTransitionException(state, "The delivery of " + number + " cannot be " + outcome + " from " + state
                    + " without an attempt");
        }
    }

    private Delivery with(DeliveryState newState, int newAttempts, Instant next, String newReason, String newMessageId, String newReceiptId,
                          Instant at, Instant newDeliveredAt) {
        Objects.requireNonNull(at, "at");
        return new Delivery(kind, number, recipient, newState, newAttempts, next, newReason, newMessageId, newReceiptId, queuedAt, at,
                newDeliveredAt);
    }

    private static String cut(String text) {
        return text.length() <= REASON_MAX ? text : text.substring(0, REASON_MAX - 1) + "…";
    }

    public DocumentKind kind() {
        return kind;
    }

    public String number() {
        return number;
    }

    public Optional<ParticipantId> recipient() {
        return Optional.ofNullable(recipient);
    }

    public DeliveryState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<String> messageId() {
        return Optional.ofNullable(messageId);
    }

    public Optional<String> receiptId() {
        return Optional.ofNullable(receiptId);
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> deliveredAt() {
        return Optional.ofNullable(deliveredAt);
    }

    @Override
    public String toString() {
        return kind + " " + number + " → " + (recipient == null ? "by hand" : recipient.text()) + ": " + state + " after " + attempts
                + " attempt(s)" + (reason == null ? "" : " (" + reason + ")");
    }
}
