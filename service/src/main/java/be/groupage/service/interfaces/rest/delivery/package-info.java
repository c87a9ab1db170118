/**
 * The REST API of Peppol delivery: the deliveries of issued invoices and credit notes (by state), one document's
 * delivery, a person's resend of a failed one, and whether an access point is configured ({@code DeliveriesResource}).
 *
 * <p>May depend on: {@code application.delivery} with its ports, {@code application.access},
 * {@code application.common}, {@code interfaces.rest.common} and {@code core} value types; never on
 * {@code infrastructure}.
 */
package be.groupage.service.interfaces.rest.delivery;
