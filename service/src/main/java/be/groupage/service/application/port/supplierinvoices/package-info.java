/**
 * The ports of the supplier-invoice capability: reading the cooperative's UBL invoice
 * ({@code SupplierInvoiceReader}), and keeping it with the cycle it is matched against and finance's decision
 * ({@code SupplierInvoiceBook}), our Peppol access point's receiving end ({@code PeppolInbox}: one AS4 request in, the
 * receipt or AS4 error out, each business document handed to a recipient), with the read models they take and return.
 * Plain Java.
 *
 * <p>May depend on: {@code core}. Implemented in {@code infrastructure.documents} (the reader) and
 * {@code infrastructure.persistence.supplierinvoices} (the book) and
 * {@code infrastructure.peppol} (the inbox).
 */
package be.groupage.service.application.port.supplierinvoices;
