/**
 * Documents the platform issues, as bytes: invoice and credit-note PDFs (French, A4, with the EPC QR
 * code), Peppol BIS Billing 3.0 UBL (Invoice and CreditNote, built with ph-ubl), the purchase order to
 * the cooperative (PDF with one packing list per delivery point, and CSV).
 *
 * <p>Every amount comes from {@code core}: the line nets, the VAT per rate on the summed base and the
 * totals of {@link be.groupage.core.invoicing.InvoiceComputation}, so the PDF and the UBL of one
 * document always show the same figures. The renderers are stateless and thread-safe; fonts are parsed
 * once per thread ({@link be.groupage.service.infrastructure.documents.Fonts}).
 *
 * <p>Implements {@code application.port.document.DocumentRenderer} ({@link be.groupage.service.infrastructure.documents.Renderers})
 * over the records of {@code application.document}.
 *
 * <p>Reads too: the cooperative's UBL invoice to the platform ({@link be.groupage.service.infrastructure.documents.UblSupplierInvoiceReader},
 * implementing {@code application.port.supplierinvoices.SupplierInvoiceReader}), with ph-ubl and a hardened XML parser.
 *
 * <p>May depend on: {@code core}, {@code application.document}, {@code application.port}, PDFBox, ZXing,
 * ph-ubl. Knows nothing of JPA nor of JAX-RS.
 */
package be.groupage.service.infrastructure.documents;
