/**
 * Receivables: who owes what on the invoices issued to members, who has paid, and who must be chased.
 *
 * <p>A {@link be.groupage.core.receivables.ReceivablesLedger} holds the issued invoices as
 * {@link be.groupage.core.receivables.Receivable}s, the credit notes that reduce them, and the credits of bank
 * statements applied to them. {@link be.groupage.core.receivables.PaymentMatcher} applies a credit on its own
 * only when it carries, as structured, the OGM of an invoice; every other credit waits for a person to confirm
 * one of its ranked {@link be.groupage.core.receivables.Suggestion}s (or to allocate it by hand). From the
 * ledger come each invoice's {@link be.groupage.core.receivables.InvoiceStatus}, each member's
 * {@link be.groupage.core.receivables.AgedBalance} and, with a
 * {@link be.groupage.core.receivables.ReminderPolicy}, the {@link be.groupage.core.receivables.Reminder}s due.
 *
 * <p>Invariants: money is exact to the cent; the allocations of a credit plus what it leaves on the member's
 * account add up to the credit exactly; an invoice's paid, credited and open amounts add up to its payable;
 * importing a statement, or a movement, twice changes nothing. Dates are given as arguments (the caller reads
 * its {@link java.time.Clock}); nothing here reads the clock.
 *
 * <p>Depends on: {@code be.groupage.core.money}, {@code be.groupage.core.payment}, {@code be.groupage.core.banking},
 * {@code be.groupage.core.invoicing} (only to turn an issued invoice or credit note into what this package
 * counts) and the JDK only.
 */
package be.groupage.core.receivables;
