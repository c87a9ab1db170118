/**
 * The ports of the invoicing capability: the cycle to invoice and the invoices issued from it
 * ({@code InvoiceBook}), the register their readers see ({@code InvoiceRegister}), gap-free numbers
 * ({@code DocumentSeries}), the stored documents and the invoicing party ({@code IssuerStore}), and the read
 * models they take and return. Plain Java.
 *
 * <p>May depend on: {@code core}, {@code application.common}, {@code application.port.common} and
 * {@code application.document}. Implemented in {@code infrastructure.persistence.invoicing}.
 */
package be.groupage.service.application.port.invoicing;
