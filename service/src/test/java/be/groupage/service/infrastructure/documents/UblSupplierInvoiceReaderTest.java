package be.groupage.service.infrastructure.documents;

import be.groupage.core.money.Money;
import be.groupage.core.purchasing.MatchReport;
import be.groupage.core.purchasing.SupplierInvoice;
import be.groupage.core.purchasing.SupplierInvoiceLine;
import be.groupage.core.purchasing.ThreeWayMatch;
import be.groupage.core.purchasing.TotalCheck;
import be.groupage.service.application.port.supplierinvoices.SupplierInvoiceReader.FileError;
import be.groupage.service.application.port.supplierinvoices.SupplierInvoiceReader.ReadInvoice;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UblSupplierInvoiceReaderTest {

    private static final Path EXAMPLES = Path.of("src", "test", "resources", "peppol-examples");
    private final UblSupplierInvoiceReader reader = new UblSupplierInvoiceReader();

    private static String example(String name) throws IOException {
        return Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    private ReadInvoice read(String xml) {
        return reader.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheOfficialBaseExampleWithItsLinesChargeVatAndTotals() throws IOException {
        SupplierInvoice invoice = read(example("base-example.xml")).invoice().orElseThrow();

        assertThat(invoice.number()).isEqualTo("Snippet1");
        assertThat(invoice.issueDate()).isEqualTo(LocalDate.of(2017, 11, 13));
        assertThat(invoice.dueDate()).contains(LocalDate.of(2017, 12, 1));
        assertThat(invoice.sellerName()).isEqualTo("SupplierOfficialName Ltd");
        assertThat(invoice.sellerIdentifiers()).contains("9482348239847239874", "GB1232434", "GB983294");
        assertThat(invoice.lines()).hasSize(2);
        SupplierInvoiceLine first = invoice.lines().get(0);
        assertThat(first.quantity()).isEqualByComparingTo("7");
        assertThat(first.unitCode()).isEqualTo("DAY");
        assertThat(first.price()).isEqualByComparingTo("400");
        assertThat(first.vatRate().percent()).isEqualByComparingTo("25");
        assertThat(first.lineNet()).isEqualTo(Money.euros("2800"));
        assertThat(invoice.lines().get(1).quantity()).isEqualByComparingTo("-3");
        assertThat(invoice.allowanceCharges()).singleElement().satisfies(c -> assertThat(c.charge()).isTrue());
        assertThat(invoice.totals().payable()).isEqualTo(Money.euros("1656.25"));

        // Its figures add up: every total check of the match holds (its products are of course not the cycle's).
        MatchReport report = ThreeWayMatch.of(List.of()).check(invoice);
        assertThat(report.totals()).allMatch(TotalCheck::matches);
        assertThat(report.lines()).allMatch(l -> l.findings().stream().anyMatch(f -> f.kind().name().equals("UNKNOWN_PRODUCT")));
    }

    @Test
    void readsTwoVatRatesWithDocumentAllowanceAndCharge() throws IOException {
        SupplierInvoice invoice = read(example("Vat-category-S.xml")).invoice().orElseThrow();

        assertThat(invoice.declaredVat()).hasSize(2);
        assertThat(invoice.allowanceCharges()).hasSize(2);
        assertThat(invoice.totals().vat()).isEqualTo(Money.euros("1550"));
        assertThat(ThreeWayMatch.of(List.of()).check(invoice).totals()).allMatch(TotalCheck::matches);
    }

    @Test
    void aCreditNoteIsNotAnInvoice() throws IOException {
        ReadInvoice read = read(example("base-creditnote-correction.xml"));

        assertThat(read.invoice()).isEmpty();
        assertThat(read.errors()).first().satisfies(e -> {
            assertThat(e.element()).isEqualTo("Invoice");
            assertThat(e.message()).contains("CreditNote");
        });
    }

    @Test
    void malformedXmlIsReportedWithItsLineAndColumn() {
        ReadInvoice read = read("<?xml version=\"1.0\"?>\n<Invoice>\n  <ID>1</Invoice>");

        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.element()).isEqualTo("body");
            assertThat(e.line()).contains(3);
            assertThat(e.column()).isPresent();
            assertThat(e.message()).startsWith("is not well-formed XML");
        });
        assertThat(read("not xml at all").errors()).singleElement().extracting(FileError::element).isEqualTo("body");
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedSoNoEntityIsEverExpanded() throws IOException {
        String xxe = example("base-example.xml").replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE Invoice [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                .replace("<cbc:ID>Snippet1</cbc:ID>", "<cbc:ID>&x;</cbc:ID>");

        ReadInvoice read = read(xxe);

        assertThat(read.invoice()).isEmpty();
        assertThat(read.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("DOCTYPE"));
    }

    @Test
    void anElementOutsideTheSchemaIsReportedWithItsLine() throws IOException {
        String xml = example("base-example.xml").replace("<cbc:DueDate>2017-12-01</cbc:DueDate>", "<cbc:DueDate>2017-12-01</cbc:DueDate><cbc:Foo>1</cbc:Foo>");

        ReadInvoice read = read(xml);

        assertThat(read.errors()).isNotEmpty();
        assertThat(read.errors().get(0).line()).contains(9);
        assertThat(read.errors().get(0).message()).contains("Foo");
    }

    @Test
    void whatTheMatchNeedsIsRequiredAndNamedByItsPath() throws IOException {
        String xml = example("base-example.xml")
                .replaceFirst("(?s)<cac:Price>.*?</cac:Price>", "")
                .replace("<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>", "<cbc:DocumentCurrencyCode>USD</cbc:DocumentCurrencyCode>");

        ReadInvoice read = read(xml);

        assertThat(read.errors()).extracting(FileError::element)
                .contains("Invoice/DocumentCurrencyCode", "Invoice/InvoiceLine[1]/Price");
    }

    @Test
    void readsBackTheInvoicesGroupageWritesItself() {
        byte[] ubl = new UblWriter().invoice(DocumentSamples.fullInvoice());

        SupplierInvoice invoice = reader.read(ubl).invoice().orElseThrow();

        assertThat(ThreeWayMatch.of(List.of()).check(invoice).totals()).allMatch(TotalCheck::matches);
        assertThat(invoice.lines()).anyMatch(l -> l.sellerItemId().isPresent() && l.quantity().compareTo(BigDecimal.ZERO) > 0);
    }
}
