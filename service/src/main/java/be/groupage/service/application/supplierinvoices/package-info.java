/**
 * Supplier invoices: the cooperative's invoice to the platform for a cycle, uploaded by finance or received over
 * Peppol with the same bytes, read from its UBL file, checked line by line against the cycle's purchase order and
 * reception by core's {@code ThreeWayMatch}, and finance's decision about it ({@code SupplierInvoiceService}).
 *
 * <p>May depend on: {@code core}, {@code application.common}, {@code application.access} and the ports of
 * {@code application.port.supplierinvoices}.
 */
package be.groupage.service.application.supplierinvoices;
