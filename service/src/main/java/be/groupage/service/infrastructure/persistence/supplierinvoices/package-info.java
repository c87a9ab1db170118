/**
 * Storage of the supplier-invoice capability: the cooperative's invoices as received, finance's decision, and the
 * cycle they are matched against (its catalogue version, whole cases and reception) ({@code JdbcSupplierInvoiceBook}),
 * inside the caller's transaction.
 *
 * <p>May depend on: {@code core}, {@code application.port.supplierinvoices}, the shared
 * {@code infrastructure.persistence.schema} and {@code infrastructure.persistence.jdbc},
 * {@code infrastructure.persistence.catalogue}; never on the use cases nor on {@code interfaces}.
 */
package be.groupage.service.infrastructure.persistence.supplierinvoices;
