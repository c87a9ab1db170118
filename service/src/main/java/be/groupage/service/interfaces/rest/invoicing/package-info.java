/**
 * The REST API of the invoicing capability: issued invoices and credit notes, a cycle's invoices and their ZIP,
 * exports for the accounts, and the invoicing party in the settings, with their transfer objects ({@code *Dto} in,
 * {@code *View} out).
 *
 * <p>May depend on: {@code application.invoicing} with its ports, {@code application.access},
 * {@code application.common}, {@code interfaces.rest.common} and {@code core} value types; never on
 * {@code infrastructure}.
 */
package be.groupage.service.interfaces.rest.invoicing;
