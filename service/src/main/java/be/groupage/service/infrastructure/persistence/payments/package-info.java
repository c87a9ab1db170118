/**
 * Storage of the payments capability: the bank statements imported, their movements and what they paid, the
 * reminders sent, and the invoices and credit notes as the receivables ledger is restored from them
 * ({@code JdbcReceivablesBook}), read and written as plain columns over the caller's transaction connection.
 *
 * <p>May depend on: {@code core}, {@code application.port.payments}, {@code application.document}, the shared
 * {@code infrastructure.persistence.schema} and {@code infrastructure.persistence.jdbc}; never on the use cases nor
 * on {@code interfaces}.
 */
package be.groupage.service.infrastructure.persistence.payments;
