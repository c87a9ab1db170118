/**
 * The ports of the payments capability: the bank statement files read in formats that need a library
 * ({@code BankStatementReader}, CAMT.053), the receivables ledger's stored state, and the read models they
 * take and return. Plain Java.
 *
 * <p>May depend on: {@code core}, {@code application.common}, {@code application.port.common} and
 * {@code application.port.invoicing} and {@code application.document}. Implemented in {@code infrastructure.banking} and
 * {@code infrastructure.persistence.payments}.
 */
package be.groupage.service.application.port.payments;
