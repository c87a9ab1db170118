package be.groupage.it;

import be.groupage.service.infrastructure.documents.PeppolValidator;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static be.groupage.it.Fixtures.line;
import static be.groupage.it.Fixtures.memberOrder;
import static be.groupage.it.Fixtures.reception;
import static be.groupage.it.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents, black-box against the built WAR on MariaDB: a cycle driven to RECEIVED through the API,
 * its invoices issued (idempotently), read as JSON, PDF (text, amounts, EPC QR code) and UBL (Peppol
 * BIS 3.0 validation, zero errors), credited, zipped and exported; the purchase order; tenancy; and the
 * numbering under concurrent requests, on one instance and on two Payara Micro instances sharing the
 * database: numbers 1..N with no hole and no duplicate.
 */
class DocumentsIT extends AgainstTheWar {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static PeppolValidator validator;
    private static MainCycle main;
    private static ServiceInstance second;

    /** The cycle most scenarios read: two members, weighed carrots, soap, jam, a shared cost, a subsidy. */
    private record MainCycle(long id, Api.Reply firstIssue, Map<String, JsonNode> invoices) {
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    private static synchronized PeppolValidator validator() {
        if (validator == null) {
            validator = new PeppolValidator();
        }
        return validator;
    }

    private synchronized MainCycle main() {
        if (main == null) {
            long id = fixtures.received(invoicedCycle("Factures " + unique()), List.of(
                            memberOrder("CPAS-NAMUR", "BC-2026/0815", line("LEG-001", "60"), line("HYG-001", "24")),
                            memberOrder("CPAS-ANDENNE", null, line("LEG-001", "40"), line("CON-001", "12"))),
                    List.of(reception("LEG-001", "CPAS-NAMUR", "59.35"), reception("LEG-001", "CPAS-ANDENNE", "40.65"),
                            reception("HYG-001", null, "24"), reception("CON-001", null, "12")));
            Api.Reply issued = fixtures.issueInvoices(id);
            Map<String, JsonNode> byMember = new HashMap<>();
            issued.json().forEach(i -> byMember.put(i.path("member").asText(), i));
            main = new MainCycle(id, issued, byMember);
        }
        return main;
    }

    // ---- issuing ----

    @Test
    void issuingAReceivedCycleGivesOneInvoicePerMemberWithTheAmountsOfTheRules() throws SQLException {
        MainCycle cycle = main();
        assertThat(cycle.firstIssue().json()).hasSize(2);
        // CPAS-NAMUR: carrots 59.35 kg x 1.80 = 106.83 @6%; soap 24 x 2.15 = 51.60 and transport 20.00 / 2 = 10.00 @21%
        // VAT 6.41 + 12.94 = 19.35; subsidy 10% of 158.43 = 15.84 paid by the province
        JsonNode namur = cycle.invoices().get("CPAS-NAMUR");
        assertThat(namur.path("net").decimalValue()).isEqualByComparingTo("168.43");
        assertThat(namur.path("vat").decimalValue()).isEqualByComparingTo("19.35");
        assertThat(namur.path("gross").decimalValue()).isEqualByComparingTo("187.78");
        assertThat(namur.path("prepaid").decimalValue()).isEqualByComparingTo("15.84");
        assertThat(namur.path("payable").decimalValue()).isEqualByComparingTo("171.94");
        assertThat(namur.path("ogm").asText()).matches("\\+\\+\\+\\d{3}/\\d{4}/\\d{5}\\+\\+\\+");
        assertThat(namur.path("dueDate").asText()).isEqualTo(LocalDate.now(BRUSSELS).plusDays(30).toString());
        assertThat(namur.path("number").asText()).matches(LocalDate.now(BRUSSELS).getYear() + "-\\d{6}");
        // CPAS-ANDENNE: carrots 40.65 x 1.80 = 73.17 and jam 37.20 @6% = 110.37 → 6.62; transport 10.00 → 2.10
        JsonNode andenne = cycle.invoices().get("CPAS-ANDENNE");
        assertThat(andenne.path("net").decimalValue()).isEqualByComparingTo("120.37");
        assertThat(andenne.path("vat").decimalValue()).isEqualByComparingTo("8.72");
        assertThat(andenne.path("payable").decimalValue()).isEqualByComparingTo("118.05");

        Api finance = as("finance");
        assertThat(finance.get("/api/cycles/" + cycle.id()).json().path("status").asText()).isEqualTo("INVOICED");
        // issuing again issues nothing new
        Api.Reply again = finance.post("/api/cycles/" + cycle.id() + "/invoices", "application/json", "");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().findValuesAsText("number")).containsExactlyInAnyOrderElementsOf(cycle.firstIssue().json().findValuesAsText("number"));
        assertThat(finance.get("/api/invoices?cycle=" + cycle.id()).json()).hasSize(2);
        // one audit line per invoice issued, and one for the cycle
        for (JsonNode invoice : cycle.firstIssue().json()) {
            assertThat(Stored.auditCount("INVOICE_ISSUED", invoice.path("number").asText())).isEqualTo(1);
        }
        assertThat(Stored.auditCount("CYCLE_INVOICED", String.valueOf(cycle.id()))).isEqualTo(1);
        // a cycle still being prepared is not invoiced; an unknown one is not found
        long draftId = fixtures.create(invoicedCycle("Brouillon " + unique())).json().path("id").asLong();
        Api.Reply notReceived = finance.post("/api/cycles/" + draftId + "/invoices", "application/json", "");
        assertThat(notReceived.status()).as(notReceived.toString()).isEqualTo(409);
        assertThat(notReceived.contentType()).startsWith("application/problem+json");
        assertThat(finance.post("/api/cycles/987654321/invoices", "application/json", "").status()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheDocumentEndpoints() {
        JsonNode paths = Api.at(base).get("/openapi", "application/json").json().path("paths");
        assertThat(paths.has("/api/cycles/{id}/invoices")).as(paths.toString()).isTrue();
        assertThat(paths.path("/api/cycles/{id}/invoices").has("post")).isTrue();
        assertThat(paths.has("/api/invoices")).isTrue();
        assertThat(paths.has("/api/invoices/{number}")).isTrue();
        assertThat(paths.has("/api/invoices/{number}/credit-notes")).isTrue();
        assertThat(paths.has("/api/cycles/{id}/invoices.zip")).isTrue();
        assertThat(paths.has("/api/cycles/{id}/purchase-order")).isTrue();
        assertThat(paths.has("/api/exports/accounting.csv")).isTrue();
    }

    @Test
    void invoiceJsonShowsLinesVatPerRateAndTheWeighedCarrots() {
        JsonNode invoice = as("finance").get("/api/invoices/" + number("CPAS-NAMUR"), "application/json").json();
        assertThat(invoice.path("orderReference").asText()).isEqualTo("BC-2026/0815");
        // goods by product code: soap (HYG-001) then carrots (LEG-001), then the cost share and the subsidy
        JsonNode carrots = invoice.path("lines").get(1);
        assertThat(carrots.path("line").asInt()).isEqualTo(2);
        assertThat(carrots.path("code").asText()).isEqualTo("LEG-001");
        assertThat(carrots.path("quantity").decimalValue()).isEqualByComparingTo("59.35");
        assertThat(carrots.path("weighed").asBoolean()).isTrue();
        assertThat(invoice.path("lines").findValuesAsText("kind")).containsExactly("GOODS", "GOODS", "COST_SHARE", "SUBSIDY");
        assertThat(invoice.path("vatBreakdown").get(0).path("base").decimalValue()).isEqualByComparingTo("106.83");
        assertThat(invoice.path("vatBreakdown").get(0).path("vat").decimalValue()).isEqualByComparingTo("6.41");
        assertThat(invoice.path("vatBreakdown").get(1).path("base").decimalValue()).isEqualByComparingTo("61.60");
        assertThat(invoice.path("vatBreakdown").get(1).path("vat").decimalValue()).isEqualByComparingTo("12.94");
    }

    @Test
    void thePdfCarriesTheMentionsAndAmountsAndItsQrCodePaysTheInvoice() throws Exception {
        JsonNode namur = main().invoices().get("CPAS-NAMUR");
        Api.Reply pdf = as("finance").get("/api/invoices/" + namur.path("number").asText(), "application/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        Files.createDirectories(Path.of("target", "documents"));
        Files.write(Path.of("target", "documents", "it-facture-" + namur.path("number").asText() + ".pdf"), pdf.bytes());
        String text = Pdfs.text(pdf.bytes());
        String qr = Pdfs.qrCode(pdf.bytes());
        assertThat(text).contains("FACTURE", "N° " + namur.path("number").asText(), "Distri-denrées", "TVA BE 0207.654.333", "BCE 0207.654.333",
                "CPAS de Namur", "Rue de Dave 165", "BCE 0207.000.176", "BC-2026/0815", "Carottes", "59,350", "kg pesé", "106,83 €",
                "Savon de Marseille 100 g", "51,60 €", "Quote-part : Transport", "Subside : Province de Namur", "-15,84 €",
                "6 % 106,83 € 6,41 €", "21 % 61,60 € 12,94 €", "Total TVAC 187,78 €", "MONTANT À PAYER 171,94 €",
                "BE79 0910 0022 3533", "GKCCBEBB", namur.path("ogm").asText());
        assertThat(qr).isEqualTo(String.join("\n", "BCD", "002", "1", "SCT", "GKCCBEBB",
                "Distri-denrées — Plateforme d'achats groupés (Province de Namur)", "BE79091000223533", "EUR171.94", "", "",
                namur.path("ogm").asText()));
        // served byte for byte as issued: the same bytes every time, their SHA-256 as ETag
        Api.Reply again = as("cpas-namur").get("/api/invoices/" + namur.path("number").asText(), "application/pdf");
        assertThat(again.bytes()).isEqualTo(pdf.bytes());
        assertThat(pdf.header("ETag")).isEqualTo("\"" + sha256(pdf.bytes()) + "\"");
    }

    @Test
    void everyUblIsAValidPeppolInvoiceWithTheSameFigures() {
        for (JsonNode invoice : main().invoices().values()) {
            Api.Reply xml = as("finance").get("/api/invoices/" + invoice.path("number").asText(), "application/xml");
            assertThat(xml.status()).as(xml.toString()).isEqualTo(200);
            assertThat(validator().invoiceErrors(xml.bytes())).isEmpty();
            assertThat(xml.text()).contains("<cbc:ID>" + invoice.path("number").asText() + "</cbc:ID>",
                    "<cbc:PayableAmount currencyID=\"EUR\">" + invoice.path("payable").decimalValue().toPlainString() + "</cbc:PayableAmount>",
                    "<cbc:PrepaidAmount currencyID=\"EUR\">" + invoice.path("prepaid").decimalValue().toPlainString() + "</cbc:PrepaidAmount>",
                    "<cbc:PaymentID>" + invoice.path("ogm").asText().replaceAll("[^0-9]", "") + "</cbc:PaymentID>",
                    "schemeID=\"0208\"");
        }
    }

    @Test
    void creditNotesPartialThenTheRestAreValidAndNeverCreditMoreThanInvoiced() throws Exception {
        String invoice = number("CPAS-ANDENNE");
        Api finance = as("finance");
        Api.Reply partial = finance.postJson("/api/invoices/" + invoice + "/credit-notes",
                Map.of("reason", "Trois pots de confiture cassés", "lines", List.of(Map.of("line", 1, "quantity", 3))));
        assertThat(partial.status()).as(partial.toString()).isEqualTo(201);
        String note = partial.json().path("number").asText();
        assertThat(note).matches("NC-" + LocalDate.now(BRUSSELS).getYear() + "-\\d{6}");
        // 3 x 3.10 = 9.30 @6% → 0.56
        assertThat(partial.json().path("gross").decimalValue()).isEqualByComparingTo("9.86");
        assertThat(partial.header("Location")).endsWith("/api/invoices/" + note);

        Api.Reply tooMuch = finance.postJson("/api/invoices/" + invoice + "/credit-notes",
                Map.of("reason", "Erreur", "lines", List.of(Map.of("line", 1, "quantity", 10))));
        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(409);
        assertThat(finance.postJson("/api/invoices/" + invoice + "/credit-notes", Map.of("lines", List.of())).status()).isEqualTo(400);

        Api.Reply rest = finance.postJson("/api/invoices/" + invoice + "/credit-notes", Map.of("reason", "Facture annulée"));
        assertThat(rest.status()).as(rest.toString()).isEqualTo(201);
        // together the two notes credit the whole invoice (to the rounding of each note)
        BigDecimal credited = partial.json().path("payable").decimalValue().add(rest.json().path("payable").decimalValue());
        assertThat(credited.subtract(main().invoices().get("CPAS-ANDENNE").path("payable").decimalValue()).abs()).isLessThanOrEqualTo(new BigDecimal("0.05"));
        assertThat(finance.postJson("/api/invoices/" + invoice + "/credit-notes", Map.of("reason", "Encore")).status()).isEqualTo(409);

        for (String n : List.of(note, rest.json().path("number").asText())) {
            Api.Reply xml = finance.get("/api/invoices/" + n, "application/xml");
            assertThat(validator().creditNoteErrors(xml.bytes())).as(n).isEmpty();
            assertThat(xml.text()).contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>", "<cbc:ID>" + invoice + "</cbc:ID>");
            try (PDDocument pdf = Loader.loadPDF(finance.get("/api/invoices/" + n, "application/pdf").bytes())) {
                assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("NOTE DE CRÉDIT", n, invoice);
            }
        }
        JsonNode withNotes = finance.get("/api/invoices/" + invoice).json();
        assertThat(withNotes.path("creditNotes")).hasSize(2);
        assertThat(Stored.auditCount("CREDIT_NOTE_ISSUED", note)).isEqualTo(1);
    }

    @Test
    void aBuyerSeesItsOwnInvoicesOnlyAndASupplierNone() {
        String namur = number("CPAS-NAMUR");
        String andenne = number("CPAS-ANDENNE");
        Api buyer = as("cpas-namur");
        assertThat(buyer.get("/api/invoices").json().findValuesAsText("member")).containsOnly("CPAS-NAMUR");
        assertThat(buyer.get("/api/invoices/" + namur).status()).isEqualTo(200);
        Api.Reply other = buyer.get("/api/invoices/" + andenne);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(buyer.get("/api/invoices/" + andenne, "application/pdf").status()).isEqualTo(404);
        assertThat(buyer.get("/api/invoices/" + andenne, "application/xml").status()).isEqualTo(404);
        assertThat(buyer.post("/api/cycles/" + main().id() + "/invoices", "application/json", "").status()).isEqualTo(403);
        assertThat(as("coop").get("/api/invoices").status()).isEqualTo(403);
        assertThat(as("coordinator").get("/api/invoices?member=CPAS-ANDENNE").json().findValuesAsText("number")).contains(andenne);
    }

    @Test
    void theZipHoldsEveryPdfAndUblAndTheAccountingExportEveryDocument() throws Exception {
        MainCycle cycle = main();
        Api.Reply zip = as("finance").get("/api/cycles/" + cycle.id() + "/invoices.zip", "application/zip");
        assertThat(zip.status()).as(zip.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.bytes()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                byte[] content = in.readAllBytes();
                if (e.getName().endsWith(".pdf")) {
                    assertThat(new String(content, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                }
            }
        }
        assertThat(names).contains("factures/" + number("CPAS-NAMUR") + ".pdf", "factures/" + number("CPAS-NAMUR") + ".xml",
                "factures/" + number("CPAS-ANDENNE") + ".pdf", "factures/" + number("CPAS-ANDENNE") + ".xml");

        String today = LocalDate.now(BRUSSELS).toString();
        Api.Reply csv = as("finance").get("/api/exports/accounting.csv?from=" + today + "&to=" + today, "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.bytes()[0]).isEqualTo((byte) 0xEF);
        String text = csv.text().substring(1);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("date;numero;type;membre;bce;base_6;tva_6;base_21;tva_21;")
                .contains("communication;echeance");
        assertThat(text).contains(today + ";" + number("CPAS-NAMUR") + ";FACTURE;CPAS de Namur;0207000176;106,83;6,41;61,60;12,94;168,43;19,35;187,78;15,84;171,94;'"
                + cycle.invoices().get("CPAS-NAMUR").path("ogm").asText());
        assertThat(as("finance").get("/api/exports/accounting.csv?from=" + today).status()).isEqualTo(400);
        assertThat(as("cpas-namur").get("/api/exports/accounting.csv?from=" + today + "&to=" + today).status()).isEqualTo(403);
    }

    @Test
    void thePurchaseOrderOfASentCycleAsPdfCsvAndJson() throws Exception {
        long id = main().id();
        Api coop = as("coop");
        Api.Reply csv = coop.get("/api/cycles/" + id + "/purchase-order", "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.bytes()[0]).isEqualTo((byte) 0xEF);
        assertThat(csv.text().substring(1).split("\r\n")).contains(
                "code;produit;unite;colisage;colis;quantite;prix_unitaire_htva;total_htva;taux_tva;refrigere",
                "LEG-001;Carottes;KGM;10;10;100;1,80;180,00;6;non",
                "HYG-001;Savon de Marseille 100 g;H87;12;2;24;2,15;51,60;21;non");
        JsonNode json = as("coordinator").get("/api/cycles/" + id + "/purchase-order", "application/json").json();
        assertThat(json.path("cases").asLong()).isEqualTo(14);
        assertThat(json.path("net").decimalValue()).isEqualByComparingTo("268.80");
        Api.Reply pdf = coop.get("/api/cycles/" + id + "/purchase-order", "application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(new PDFTextStripper().getText(document)).contains("BON DE COMMANDE", "LISTE DE COLISAGE", "Coopérative Paysans-Artisans");
        }
        assertThat(as("cpas-namur").get("/api/cycles/" + id + "/purchase-order", "application/json").status()).isEqualTo(403);
    }

    // ---- numbering under concurrency ----

    @Test
    void manyConcurrentIssuesAndCreditsGiveNumbersWithoutHoleOrDuplicate() throws Exception {
        Api coordinator = Api.at(base);
        List<Long> cycles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            cycles.add(smallReceivedCycle(coordinator, i));
        }
        // every cycle asked twice at once: one request issues, the other finds it done
        List<Supplier<Api.Reply>> requests = new ArrayList<>();
        for (long id : cycles) {
            requests.add(() -> as("finance").post("/api/cycles/" + id + "/invoices", "application/json", ""));
            requests.add(() -> as("coordinator").post("/api/cycles/" + id + "/invoices", "application/json", ""));
        }
        List<Api.Reply> replies = all(requests);
        assertIssuedOncePerCycle(replies, cycles.size());

        // twelve credit notes of 10 kg at once on an invoice of 75 kg: seven pass, five find too little left
        String invoice = replies.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().json().get(0).path("number").asText();
        List<Supplier<Api.Reply>> credits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            credits.add(() -> as("finance").postJson("/api/invoices/" + invoice + "/credit-notes",
                    Map.of("reason", "Reprise de 10 kg", "lines", List.of(Map.of("line", 1, "quantity", 10)))));
        }
        List<Api.Reply> credited = all(credits);
        assertThat(credited.stream().filter(r -> r.status() == 201)).as(credited.toString()).hasSize(7);
        assertThat(credited.stream().filter(r -> r.status() == 409)).hasSize(5);
        assertGapFree();
    }

    @Test
    void twoServiceInstancesOnOneDatabaseShareOneGapFreeSeries() throws Exception {
        Api first = Api.at(base);
        URI secondBase = startSecondInstance();
        Api other = Api.at(secondBase.toURL());
        List<Long> cycles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            cycles.add(smallReceivedCycle(i % 2 == 0 ? first : other, 10 + i));
        }
        List<Supplier<Api.Reply>> requests = new ArrayList<>();
        for (long id : cycles) {
            requests.add(() -> first.demo("finance").post("/api/cycles/" + id + "/invoices", "application/json", ""));
            requests.add(() -> other.demo("finance").post("/api/cycles/" + id + "/invoices", "application/json", ""));
        }
        List<Api.Reply> replies = all(requests);
        assertIssuedOncePerCycle(replies, cycles.size());
        List<String> invoices = new ArrayList<>();
        replies.stream().filter(r -> r.status() == 201).forEach(r -> r.json().forEach(i -> invoices.add(i.path("number").asText())));
        List<Supplier<Api.Reply>> credits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Api api = i % 2 == 0 ? first : other;
            String invoice = invoices.get(i % invoices.size());
            credits.add(() -> api.demo("finance").postJson("/api/invoices/" + invoice + "/credit-notes",
                    Map.of("reason", "Reprise d'un kilo", "lines", List.of(Map.of("line", 1, "quantity", 1)))));
        }
        assertThat(all(credits)).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        // a document issued by one instance is served by the other, byte for byte
        assertThat(other.demo("finance").get("/api/invoices/" + invoices.get(0), "application/pdf").bytes())
                .isEqualTo(first.demo("finance").get("/api/invoices/" + invoices.get(0), "application/pdf").bytes());
        assertGapFree();
    }

    private void assertIssuedOncePerCycle(List<Api.Reply> replies, int cycles) {
        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 201));
        assertThat(replies.stream().filter(r -> r.status() == 201)).hasSize(cycles);
        assertThat(replies.stream().filter(r -> r.status() == 200)).hasSize(cycles);
    }

    /** Every invoice and credit-note number of this year's series, from the database: exactly 1..N. */
    private static void assertGapFree() throws SQLException {
        int year = LocalDate.now(BRUSSELS).getYear();
        for (String table : List.of("invoice", "credit_note")) {
            List<Integer> sequences = Stored.column("SELECT sequence FROM " + table + " WHERE year = ? ORDER BY sequence", year)
                    .stream().map(Integer::valueOf).toList();
            assertThat(sequences).as(table).isNotEmpty();
            for (int i = 0; i < sequences.size(); i++) {
                assertThat(sequences.get(i)).as(table + " numbers " + sequences).isEqualTo(i + 1);
            }
            List<String> last = Stored.column("SELECT last_sequence FROM document_series WHERE year = ? AND series LIKE ?",
                    year, table.equals("invoice") ? "INVOICE:%" : "CREDIT_NOTE:%");
            assertThat(last).hasSize(1);
            assertThat(Integer.parseInt(last.get(0))).isEqualTo(sequences.size());
        }
    }

    private static List<Api.Reply> all(List<Supplier<Api.Reply>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Api.Reply>> futures = new ArrayList<>();
            for (Supplier<Api.Reply> r : requests) {
                futures.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return r.get();
                }, pool));
            }
            start.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (CompletableFuture<Api.Reply> f : futures) {
                replies.add(f.get(240, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- a second Payara Micro on the same database ----

    private static synchronized URI startSecondInstance() throws IOException {
        second = ServiceInstance.start("second-instance");
        return URI.create(second.url().toExternalForm());
    }

    // ---- driving a cycle through the API ----

    /** Two members, 150 kg of carrots in whole cases, received as a whole: invoices of 75 kg each. */
    private long smallReceivedCycle(Api api, int i) {
        String[] members = {"CPAS-GEMBLOUX", "CPAS-DINANT", "CPAS-CINEY", "CPAS-PHILIPPEVILLE", "CPAS-SAMBREVILLE", "CPAS-JEMEPPE"};
        String a = members[i % members.length];
        String b = members[(i + 1) % members.length];
        return Fixtures.on(api).received(invoicedCycle("Concurrence " + i + " " + unique()),
                List.of(memberOrder(a, "PO-" + unique(), line("LEG-001", "75")), memberOrder(b, null, line("LEG-001", "75"))),
                List.of(reception("LEG-001", null, "150")));
    }

    /** The cycles invoiced here: delivered in three days, transport of 20 € shared equally, a 10% subsidy. */
    private static Map<String, Object> invoicedCycle(String title) {
        Map<String, Object> cycle = Fixtures.cycle(title, "ROUND_UP", "PROPORTIONAL");
        cycle.put("deliveryDate", LocalDate.now().plusDays(3).toString());
        cycle.put("sharedCosts", List.of(Map.of("label", "Transport", "amount", 20, "vatRate", 21, "rule", "EQUAL")));
        cycle.put("subsidies", List.of(Map.of("label", "Province de Namur", "percent", 10)));
        return cycle;
    }

    private String number(String member) {
        return main().invoices().get(member).path("number").asText();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
