package be.groupage.service.application.invoicing;

import be.groupage.core.invoicing.CreditNote;
import be.groupage.core.invoicing.CreditedLine;
import be.groupage.core.invoicing.DocumentNumber;
import be.groupage.core.invoicing.DocumentType;
import be.groupage.core.invoicing.Invoice;
import be.groupage.core.invoicing.InvoiceDraft;
import be.groupage.core.invoicing.InvoiceLine;
import be.groupage.core.invoicing.PaymentTerms;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import be.groupage.core.payment.StructuredCommunication;
import be.groupage.service.application.access.Fakes;
import be.groupage.service.application.access.ForbiddenException;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.common.NotReadyException;
import be.groupage.service.application.port.invoicing.InvoiceRegister;
import be.groupage.service.application.port.invoicing.InvoiceSummary;
import be.groupage.service.application.port.invoicing.RenderedDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceQueriesTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);

    /** The domain's example: carrots 10.35 kg × 1.80 = 18.63 @6% and soap 12 × 2.15 = 25.80 @21%, 50.97 in all. */
    private static final Invoice NAMUR = InvoiceDraft.of("CPAS-NAMUR", "BC-2026/0815", List.of(
                    InvoiceLine.goods("LEG-001", "Carottes", Quantity.of("10.35", Unit.KGM), Money.euros("1.80"), VatRate.ofPercent("6"), true),
                    InvoiceLine.goods("HYG-001", "Savon; de Marseille", Quantity.of(12, Unit.H87), Money.euros("2.15"), VatRate.ofPercent("21"), false)))
            .issue(DocumentNumber.parse(DocumentType.INVOICE, "2026-000001"), ISSUED, PaymentTerms.days(30));
    /** Two soaps credited: 4.30 @21%, 5.20 in all. */
    private static final CreditNote SOAPS = CreditNote.partial(NAMUR, DocumentNumber.parse(DocumentType.CREDIT_NOTE, "NC-2026-000001"), ISSUED,
            List.of(CreditedLine.of(1, Quantity.of(2, Unit.H87))), List.of());
    private static final String OGM = StructuredCommunication.ofBase(NAMUR.ogmBase()).formatted();

    private final Register register = new Register();
    private final Fakes.Users users = new Fakes.Users()
            .with("finance", Role.FINANCE, Optional.empty())
            .with("namur", Role.BUYER, Optional.of("CPAS-NAMUR"))
            .with("andenne", Role.BUYER, Optional.of("CPAS-ANDENNE"));

    private InvoiceQueries as(String login) {
        InvoiceQueries queries = new InvoiceQueries();
        queries.caller = Fakes.signedIn(login, users);
        queries.register = register;
        return queries;
    }

    @Test
    void theAccountingExportHasALinePerDocumentWithAColumnPairPerRateAndCreditNotesNegativeAndNoCellRunsAsAFormula() {
        byte[] csv = as("finance").accountingCsv(ISSUED, ISSUED);

        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "date;numero;type;membre;bce;base_6;tva_6;base_21;tva_21;total_htva;total_tva;total_tvac;subsides;a_payer;communication;"
                + "echeance;facture_d_origine\r\n"
                + "2026-03-02;2026-000001;FACTURE;\"'=HYPERLINK(\"\"http://x\"\";\"\"CPAS de Namur\"\")\";0207000176;18,63;1,12;25,80;5,42;44,43;6,54;50,97;0,00;50,97;"
                + "'" + OGM + ";2026-04-01;\r\n"
                + "2026-03-02;NC-2026-000001;NOTE_DE_CREDIT;\"'=HYPERLINK(\"\"http://x\"\";\"\"CPAS de Namur\"\")\";0207000176;;;-4,30;-0,90;-4,30;-0,90;-5,20;0,00;-5,20;;;"
                + "2026-000001\r\n");
        assertThat(register.from).isEqualTo(ISSUED);
    }

    @Test
    void theExportIsForFinanceAndTheCoordinatorAndItsPeriodEndsAfterItBegins() {
        assertThatThrownBy(() -> as("namur").accountingCsv(ISSUED, ISSUED)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> as("finance").accountingCsv(ISSUED, ISSUED.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(InvalidInputException.InputError::field).containsExactly("to"));
    }

    @Test
    void aBuyerReadsItsOwnInvoiceAndCreditNoteAndAnotherMembersAsIfThereWereNone() {
        assertThat(as("namur").invoice("2026-000001").vatBreakdown()).extracting(b -> b.vat().amount())
                .containsExactly(new BigDecimal("1.12"), new BigDecimal("5.42"));
        assertThat(as("namur").creditNote("NC-2026-000001").orElseThrow().vatBreakdown()).extracting(b -> b.vat().amount())
                .containsExactly(new BigDecimal("0.90"));

        assertThatThrownBy(() -> as("andenne").invoice("2026-000001")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("andenne").creditNote("NC-2026-000001")).isInstanceOf(NotFoundException.class)
                .hasMessage("No invoice 2026-000001.");
        assertThatThrownBy(() -> as("andenne").document("2026-000001", "PDF")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("andenne").document("NC-2026-000001", "PDF")).isInstanceOf(NotFoundException.class);
        assertThat(as("andenne").list(Optional.empty(), Optional.of("CPAS-NAMUR"), Optional.empty(), Optional.empty())).isEmpty();
        assertThat(as("andenne").creditNote("NC-2026-000099")).isEmpty();
    }

    @Test
    void aDocumentIsServedAsStoredAndOneNotStoredYetIsNotReady() {
        register.documents.add(document(RenderedDocument.INVOICE, "2026-000001", RenderedDocument.PDF));

        InvoiceQueries.Document pdf = as("namur").document("2026-000001", "PDF");
        assertThat(pdf.fileName()).isEqualTo("2026-000001.pdf");
        assertThat(pdf.content()).isEqualTo("PDF of 2026-000001".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> as("namur").document("2026-000001", "UBL"))
                .isInstanceOfSatisfying(NotReadyException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(2));
        assertThatThrownBy(() -> as("namur").document("NC-2026-000001", "PDF")).isInstanceOf(NotReadyException.class);
        assertThatThrownBy(() -> as("finance").document("2026-000404", "PDF")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCycleZipFilesInvoicesAndCreditNotesApartInTheRegistersOrder() throws IOException {
        register.documents.addAll(List.of(document(RenderedDocument.INVOICE, "2026-000001", RenderedDocument.PDF),
                document(RenderedDocument.INVOICE, "2026-000001", RenderedDocument.UBL),
                document(RenderedDocument.CREDIT_NOTE, "NC-2026-000001", RenderedDocument.PDF),
                document(RenderedDocument.CREDIT_NOTE, "NC-2026-000001", RenderedDocument.UBL)));

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(as("finance").cycleZip(7)), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName() + " " + new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(names).containsExactly("factures/2026-000001.pdf PDF of 2026-000001", "factures/2026-000001.xml UBL of 2026-000001",
                "notes-de-credit/NC-2026-000001.pdf PDF of NC-2026-000001", "notes-de-credit/NC-2026-000001.xml UBL of NC-2026-000001");
        assertThatThrownBy(() -> as("finance").cycleZip(8)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as("finance").cycleZip(9)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("namur").cycleZip(7)).isInstanceOf(ForbiddenException.class);
    }

    private static RenderedDocument document(String kind, String number, String format) {
        return new RenderedDocument(kind, number, format, "application/" + format.toLowerCase(), (format + " of " + number).getBytes(StandardCharsets.UTF_8),
                "sha");
    }

    /** One invoice of CPAS-NAMUR in cycle 7 and one credit note of it; cycle 8 has no invoice; there is no cycle 9. */
    private static final class Register implements InvoiceRegister {
        final List<RenderedDocument> documents = new ArrayList<>();
        LocalDate from;

        private final InvoiceSummary summary = new InvoiceSummary("2026-000001", "CPAS-NAMUR", 7, ISSUED, new BigDecimal("44.43"),
                new BigDecimal("6.54"), new BigDecimal("50.97"), new BigDecimal("0.00"), new BigDecimal("50.97"), OGM, ISSUED.plusDays(30),
                "BC-2026/0815");
        private final CreditNoteSummary note = new CreditNoteSummary("NC-2026-000001", "2026-000001", ISSUED, "Cassés", new BigDecimal("4.30"),
                new BigDecimal("0.90"), new BigDecimal("5.20"), new BigDecimal("0.00"), new BigDecimal("5.20"));
        private final BookedInvoice booked = new BookedInvoice(NAMUR, "=HYPERLINK(\"http://x\";\"CPAS de Namur\")", "0207000176", OGM);

        @Override
        public List<InvoiceSummary> invoices(Optional<Long> cycleId, Optional<String> memberCode, Optional<LocalDate> issuedFrom,
                                             Optional<LocalDate> issuedTo) {
            return memberCode.filter(m -> !m.equals(summary.memberCode())).isPresent() ? List.of() : List.of(summary);
        }

        @Override
        public Optional<String> memberOf(String invoiceNumber) {
            return Optional.of("CPAS-NAMUR").filter(m -> invoiceNumber.equals(summary.number()));
        }

        @Override
        public Optional<String> invoiceCreditedBy(String creditNoteNumber) {
            return Optional.of(summary.number()).filter(n -> creditNoteNumber.equals(note.number()));
        }

        @Override
        public Optional<RegisteredInvoice> invoice(String number) {
            return Optional.of(new RegisteredInvoice(summary, "CPAS de Namur", ISSUED, List.of(), NAMUR, List.of(note)))
                    .filter(i -> number.equals(summary.number()));
        }

        @Override
        public Optional<RegisteredCreditNote> creditNote(String number) {
            return Optional.of(new RegisteredCreditNote(note, "CPAS-NAMUR", SOAPS)).filter(n -> number.equals(note.number()));
        }

        @Override
        public Optional<RenderedDocument> document(String kind, String number, String format) {
            return documents.stream().filter(d -> d.kind().equals(kind) && d.number().equals(number) && d.format().equals(format)).findFirst();
        }

        @Override
        public OptionalInt invoiceCount(long cycleId) {
            return cycleId == 7 ? OptionalInt.of(1) : cycleId == 8 ? OptionalInt.of(0) : OptionalInt.empty();
        }

        @Override
        public void documentsOfCycle(long cycleId, Consumer<RenderedDocument> each) {
            documents.forEach(each);
        }

        @Override
        public List<BookedInvoice> invoicesIssued(LocalDate from, LocalDate to) {
            this.from = from;
            return List.of(booked);
        }

        @Override
        public List<BookedCreditNote> creditNotesIssued(LocalDate from, LocalDate to) {
            return List.of(new BookedCreditNote(SOAPS, booked));
        }
    }
}
