/**
 * Delivery: issued invoices and credit notes sent over Peppol. The stored UBL documents are an outbox: each gets a
 * delivery ({@code PeppolDeliveries#queueIssued}), due deliveries are claimed, sent outside any transaction and their
 * outcome recorded ({@code PeppolDeliveries#sendDue}), a person resends a failed one; what each outcome means (state,
 * next attempt) is decided by {@code core.delivery}.
 *
 * <p>May depend on: {@code core}, {@code application.common}, {@code application.access} and the ports of
 * {@code application.port.delivery}.
 */
package be.groupage.service.application.delivery;
