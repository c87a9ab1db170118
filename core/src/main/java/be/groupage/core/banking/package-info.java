/**
 * Bank statements as the domain needs them, whatever the file they came in: a
 * {@link be.groupage.core.banking.BankStatement} of one account with its opening and closing balance and its
 * {@link be.groupage.core.banking.StatementEntry} credits and debits, each with a stable
 * {@link be.groupage.core.banking.EntryKey} so that a movement is never counted twice, and a
 * {@link be.groupage.core.banking.StatementId} that recognises a statement imported twice.
 *
 * <p>{@link be.groupage.core.banking.CodaReader} reads the Belgian Febelfin CODA 2 format and reports every
 * error with its line and column. CAMT.053 (ISO 20022 XML) is read by the service, which maps it onto the same
 * model.
 *
 * <p>Depends on: {@code be.groupage.core.money}, {@code be.groupage.core.payment} and the JDK only. It knows
 * nothing of invoices: matching credits to invoices is {@code be.groupage.core.receivables}' job.
 */
package be.groupage.core.banking;
