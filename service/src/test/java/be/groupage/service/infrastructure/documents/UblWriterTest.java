package be.groupage.service.infrastructure.documents;

import be.groupage.core.invoicing.InvoiceTotals;
import be.groupage.service.application.document.InvoiceDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The UBL documents pass the Peppol BIS Billing 3.0 validation (May 2026 rules) with no error. */
class UblWriterTest {

    private static PeppolValidator validator;
    private final UblWriter writer = new UblWriter();

    @BeforeAll
    static void compileTheRulesOnce() {
        validator = new PeppolValidator();
    }

    @Test
    void theValidatorAcceptsTheOfficialExamplesSoItsVerdictMeansSomething() throws IOException {
        // The official OpenPeppol examples, kept byte for byte in the test resources (see their README).
        Path examples = Path.of("src", "test", "resources", "peppol-examples");
        assertThat(validator.invoiceErrors(Files.readAllBytes(examples.resolve("base-example.xml")))).isEmpty();
        assertThat(validator.invoiceErrors(Files.readAllBytes(examples.resolve("Vat-category-S.xml")))).isEmpty();
        assertThat(validator.creditNoteErrors(Files.readAllBytes(examples.resolve("base-creditnote-correction.xml")))).isEmpty();
    }

    @Test
    void theValidatorRejectsABrokenInvoice() {
        String broken = new String(writer.invoice(DocumentSamples.domainInvoice()), StandardCharsets.UTF_8)
                .replace("<cbc:TaxAmount currencyID=\"EUR\">6.54</cbc:TaxAmount>", "<cbc:TaxAmount currencyID=\"EUR\">6.55</cbc:TaxAmount>");
        assertThat(validator.invoiceErrors(broken.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    @Test
    void domainExampleInvoiceIsValidAndCarriesTheFiguresOfCore() {
        byte[] xml = writer.invoice(DocumentSamples.domainInvoice());
        DocumentSamples.keep("facture-domain.xml", xml);
        assertThat(validator.invoiceErrors(xml)).isEmpty();
        assertThat(validator.invoiceWarnings(xml)).isEmpty();
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<cbc:CustomizationID>" + UblWriter.CUSTOMIZATION + "</cbc:CustomizationID>",
                "<cbc:ProfileID>" + UblWriter.PROFILE + "</cbc:ProfileID>",
                "<cbc:ID>2026-000123</cbc:ID>", "<cbc:IssueDate>2026-11-26</cbc:IssueDate>", "<cbc:DueDate>2026-12-26</cbc:DueDate>",
                "<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>", "<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>",
                "<cbc:BuyerReference>BC-2026/0815</cbc:BuyerReference>",
                "<cbc:EndpointID schemeID=\"0208\">0203201340</cbc:EndpointID>",
                "<cbc:EndpointID schemeID=\"0208\">0212654385</cbc:EndpointID>",
                "<cbc:CompanyID>BE0203201340</cbc:CompanyID>",
                "<cbc:ActualDeliveryDate>2026-11-24</cbc:ActualDeliveryDate>",
                "<cbc:PaymentMeansCode", ">58</cbc:PaymentMeansCode>", "<cbc:PaymentID>202600012320</cbc:PaymentID>",
                "<cbc:ID>BE68539007547034</cbc:ID>", "<cbc:ID>GKCCBEBB</cbc:ID>",
                "<cbc:TaxAmount currencyID=\"EUR\">6.54</cbc:TaxAmount>",
                "<cbc:TaxableAmount currencyID=\"EUR\">18.63</cbc:TaxableAmount>", "<cbc:TaxAmount currencyID=\"EUR\">1.12</cbc:TaxAmount>",
                "<cbc:TaxableAmount currencyID=\"EUR\">25.80</cbc:TaxableAmount>", "<cbc:TaxAmount currencyID=\"EUR\">5.42</cbc:TaxAmount>",
                "<cbc:PayableAmount currencyID=\"EUR\">50.97</cbc:PayableAmount>",
                "<cbc:InvoicedQuantity unitCode=\"KGM\">10.35</cbc:InvoicedQuantity>",
                "<cbc:InvoicedQuantity unitCode=\"H87\">12</cbc:InvoicedQuantity>");
        assertThat(text).containsPattern("<cac:OrderReference>\\s*<cbc:ID>BC-2026/0815</cbc:ID>");
        assertThat(text).containsPattern("<cac:ContractDocumentReference>\\s*<cbc:ID>AC-2026-004</cbc:ID>");
        // a CPAS without VAT number has no PartyTaxScheme
        assertThat(text.split("<cac:PartyTaxScheme>", -1)).hasSize(2);
    }

    @Test
    void subsidiesArePrepaidAmountsAndCostSharesAreLines() {
        InvoiceDocument doc = DocumentSamples.fullInvoice();
        byte[] xml = writer.invoice(doc);
        DocumentSamples.keep("facture-complete.xml", xml);
        assertThat(validator.invoiceErrors(xml)).isEmpty();
        InvoiceTotals t = doc.invoice().totals();
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<cbc:LineExtensionAmount currencyID=\"EUR\">" + t.net().amount().toPlainString() + "</cbc:LineExtensionAmount>",
                "<cbc:TaxInclusiveAmount currencyID=\"EUR\">" + t.gross().amount().toPlainString() + "</cbc:TaxInclusiveAmount>",
                "<cbc:PrepaidAmount currencyID=\"EUR\">23.18</cbc:PrepaidAmount>",
                "<cbc:PayableAmount currencyID=\"EUR\">" + t.payable().amount().toPlainString() + "</cbc:PayableAmount>",
                "<cbc:Name>Quote-part : Transport réfrigéré</cbc:Name>");
        assertThat(text).doesNotContain("-23.18");
        assertThat(text.split("<cac:InvoiceLine>", -1)).hasSize(7);
    }

    @Test
    void aLongInvoiceWithFourDecimalPricesIsValid() {
        byte[] xml = writer.invoice(DocumentSamples.longInvoice(120));
        assertThat(validator.invoiceErrors(xml)).isEmpty();
    }

    @Test
    void creditNotesPartialAndFullAreValidAndReferenceTheInvoice() {
        byte[] partial = writer.creditNote(DocumentSamples.partialCreditNote());
        DocumentSamples.keep("note-de-credit.xml", partial);
        assertThat(validator.creditNoteErrors(partial)).isEmpty();
        assertThat(validator.creditNoteWarnings(partial)).isEmpty();
        String text = new String(partial, StandardCharsets.UTF_8);
        assertThat(text).contains("<cbc:ID>NC-2026-000007</cbc:ID>", "<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>",
                "<cbc:CreditedQuantity unitCode=\"KGM\">2.35</cbc:CreditedQuantity>", "Motif : Carottes abîmées",
                "<cbc:PayableAmount currencyID=\"EUR\">7.77</cbc:PayableAmount>");
        assertThat(text).containsPattern("<cac:BillingReference>\\s*<cac:InvoiceDocumentReference>\\s*<cbc:ID>2026-000124</cbc:ID>\\s*<cbc:IssueDate>2026-11-26</cbc:IssueDate>");

        byte[] full = writer.creditNote(DocumentSamples.fullCreditNote());
        assertThat(validator.creditNoteErrors(full)).isEmpty();
        String fullText = new String(full, StandardCharsets.UTF_8);
        assertThat(fullText).contains("<cbc:PrepaidAmount currencyID=\"EUR\">23.18</cbc:PrepaidAmount>",
                "<cbc:PayableAmount currencyID=\"EUR\">" + DocumentSamples.fullInvoice().invoice().totals().payable().amount().toPlainString());
    }
}
