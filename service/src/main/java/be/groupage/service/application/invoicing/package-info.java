/**
 * Invoicing: issuing a cycle's invoices in two steps, numbered under the cycle's lock ({@code CycleInvoicing})
 * then rendered and stored outside it ({@code DocumentFiling}), credit notes ({@code InvoicingService}), reading
 * issued documents with tenancy ({@code InvoiceQueries}), and the invoicing party every invoice names
 * ({@code IssuerService}).
 *
 * <p>May depend on: {@code core}, {@code application.common}, {@code application.access},
 * {@code application.cycles}, {@code application.document} and the ports of {@code application.port.invoicing} and
 * {@code application.port.document}.
 */
package be.groupage.service.application.invoicing;
