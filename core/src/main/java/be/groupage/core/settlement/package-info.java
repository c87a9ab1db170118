/**
 * Settlement: the glue from a received cycle to invoice drafts.
 * {@link be.groupage.core.settlement.CycleSettlement} prices each member's delivered quantities at the
 * cycle's catalogue prices, builds the cost-split participants (delivered value, weight, delivery point),
 * splits shared costs and subsidies, and returns one {@link be.groupage.core.invoicing.InvoiceDraft} per
 * member purchase order, with goods, cost-share and subsidy {@link be.groupage.core.invoicing.InvoiceLine}s.
 * Numbering and issuing stay with the service (inside the issuing transaction).
 *
 * <p>Depends on: {@code be.groupage.core.reception}, {@code be.groupage.core.costsplit},
 * {@code be.groupage.core.invoicing}, {@code be.groupage.core.money}, and for its inputs
 * {@code be.groupage.core.catalogue} (the cycle's prices) and {@code be.groupage.core.cycle}
 * ({@link be.groupage.core.settlement.SettlementMember#ofCycle} only); the JDK. Nothing depends on it.
 */
package be.groupage.core.settlement;
