/**
 * The REST API of the supplier-invoice capability: the cooperative's UBL invoice uploaded for a cycle, the cycle's
 * supplier invoices, one with its line-by-line three-way match, finance's decision and the file as received, with
 * their transfer objects ({@code *Dto} in, {@code *View} out).
 *
 * <p>May depend on: {@code application.supplierinvoices} with its ports, {@code application.access},
 * {@code application.common}, {@code interfaces.rest.common} and {@code core} value types; never on
 * {@code infrastructure}.
 */
package be.groupage.service.interfaces.rest.supplierinvoices;
