/**
 * Delivery of issued invoices and credit notes over Peppol: to whom ({@link be.groupage.core.delivery.ParticipantId},
 * {@code 0208:} + the member's KBO number), in which state ({@link be.groupage.core.delivery.Delivery}: QUEUED →
 * SENT → DELIVERED on the AS4 receipt, or FAILED with its reason, or TO_SEND_BY_HAND for a member that cannot
 * receive over Peppol) and when the next attempt is due ({@link be.groupage.core.delivery.RetrySchedule}: backoff
 * growing by a factor up to a ceiling, a bounded number of automatic attempts; after that a person resends).
 *
 * <p>Every transition is guarded; a refused one throws {@link be.groupage.core.delivery.IllegalDeliveryTransitionException}.
 * Times are given by the caller, never read from a clock here.
 *
 * <p>Depends on: {@code be.groupage.core.cycle} (the {@link be.groupage.core.cycle.KboNumber} and its check) and the
 * JDK. Never on a framework, the network or AS4: sending is the service's adapter.
 */
package be.groupage.core.delivery;
