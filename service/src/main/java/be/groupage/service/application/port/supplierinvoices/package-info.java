/**
 * The ports of the supplier-invoice capability: reading the cooperative's UBL invoice
 * ({@code SupplierInvoiceReader}), and keeping it with the cycle it is matched against and finance's decision
 * ({@code SupplierInvoiceBook}), with the read models they take and return. Plain Java.
 *
 * <p>May depend on: {@code core}. Implemented in {@code infrastructure.documents} (the reader) and
 * {@code infrastructure.persistence.supplierinvoices} (the book).
 */
package be.groupage.service.application.port.supplierinvoices;
