/**
 * Storage of the invoicing capability: issuing from the received cycle and the issued invoices, credit notes and
 * documents ({@code JdbcInvoiceBook}), the register their readers see ({@code JdbcInvoiceRegister}), series
 * counters ({@code JdbcDocumentSeries}), the invoicing party ({@code JpaIssuerStore}), and the invoice,
 * credit-note and stored-document entities, inside the caller's transaction.
 *
 * <p>May depend on: {@code core}, {@code application.port.invoicing}, the shared
 * {@code infrastructure.persistence.schema} and {@code infrastructure.persistence.jdbc},
 * {@code infrastructure.persistence.cycles} and {@code infrastructure.persistence.catalogue} (the cycle as
 * settlement reads it), {@code application.document} and {@code application.common}; never on the use cases nor on
 * {@code interfaces}.
 */
package be.groupage.service.infrastructure.persistence.invoicing;
