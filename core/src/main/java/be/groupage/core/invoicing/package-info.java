/**
 * Invoicing as a domain: a member's purchase order priced into an {@link be.groupage.core.invoicing.InvoiceDraft},
 * its {@link be.groupage.core.invoicing.InvoiceComputation} (line nets, VAT per rate on the summed base,
 * totals), issued {@link be.groupage.core.invoicing.Invoice}s and {@link be.groupage.core.invoicing.CreditNote}s,
 * number series ({@link be.groupage.core.invoicing.InvoiceSeries}, {@link be.groupage.core.invoicing.DocumentNumber})
 * with the OGM base derived from a number, and payment terms.
 *
 * <p>Rounding rule (the one of structured e-invoices, used for PDF too): line net = qty x price rounded
 * half-up to the cent; base per rate = sum of line nets; VAT = base x rate rounded half-up to the cent.
 *
 * <p>Depends on: {@code be.groupage.core.money} and the JDK only. It does not know the cost split nor the
 * payment package: callers map cost shares to {@link be.groupage.core.invoicing.InvoiceLine}s and turn
 * {@link be.groupage.core.invoicing.DocumentNumber#ogmBase()} into a structured communication. Allocating
 * numbers without gaps is the service's job (inside the issuing transaction); this package formats,
 * parses and checks them.
 */
package be.groupage.core.invoicing;
