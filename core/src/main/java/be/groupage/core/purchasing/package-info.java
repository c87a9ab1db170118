/**
 * Purchasing: the cooperative's invoice to the platform, checked against what the platform ordered and received
 * (the three-way match).
 *
 * <p>A {@link be.groupage.core.purchasing.SupplierInvoice} is the cooperative's invoice as read from its UBL file
 * (lines with the seller's item code, quantity and unit, net price, VAT rate and line net; the declared VAT per
 * rate and document totals). {@link be.groupage.core.purchasing.ThreeWayMatch} compares it with the cycle's
 * purchase order and reception ({@link be.groupage.core.purchasing.OrderedProduct}: the catalogue version's
 * product, the quantity ordered in whole cases and the quantity received) and reports, line by line, what
 * matches and what does not ({@link be.groupage.core.purchasing.FindingKind}), the products received but not
 * invoiced, and whether the totals add up under the VAT rule of structured e-invoices (line net = quantity x
 * price rounded half-up to the cent; base per rate = sum of line nets; VAT = base x rate rounded half-up to the
 * cent). Every difference is stated exactly. {@link be.groupage.core.purchasing.InvoiceDecision} is what finance
 * decides about it: approved or disputed, with the rule of when a note is needed.
 *
 * <p>Depends on: {@code be.groupage.core.money}, {@code be.groupage.core.catalogue} (the products of the cycle's
 * catalogue version) and the JDK only.
 */
package be.groupage.core.purchasing;
