/**
 * The ports of the delivery capability: the deliveries of issued documents and the stored UBL they send
 * ({@code DeliveryBook}, in the caller's transaction), and the Peppol network ({@code PeppolGateway}: one AS4
 * exchange, no transaction), with the read models they take and return. Plain Java.
 *
 * <p>May depend on: {@code core}. Implemented in {@code infrastructure.persistence.delivery} and
 * {@code infrastructure.peppol}.
 */
package be.groupage.service.application.port.delivery;
