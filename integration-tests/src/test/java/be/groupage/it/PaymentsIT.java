package be.groupage.it;

import be.groupage.it.BankFiles.Movement;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static be.groupage.it.Fixtures.line;
import static be.groupage.it.Fixtures.memberOrder;
import static be.groupage.it.Fixtures.reception;
import static be.groupage.it.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payments, black-box against the built WAR on MariaDB: invoices issued through the API, then the platform's bank
 * statements imported as CODA and CAMT.053 files. A credit with an invoice's OGM pays it, in full or in part; the
 * same statement imported twice counts nothing twice; a mistyped OGM waits and a person matches it; a credit note
 * lowers what is open and one transfer pays two invoices; a broken file or
 * another account's statement imports nothing; the aged balance, the payments CSV; reminders sent for an overdue
 * invoice, whose PDF carries the open amount, the OGM and an EPC QR code that pays exactly that.
 */
class PaymentsIT extends AgainstTheWar {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** Statement numbers of this class's files: apart from those of other classes, one per file. */
    private static int nextStatement = 100 + ThreadLocalRandom.current().nextInt(300);

    private static synchronized int statementNumber() {
        return nextStatement++;
    }

    /** Two invoices of a fresh cycle (150 kg of carrots, over the cooperative's minimum), by member: CPAS-NAMUR's and CPAS-ANDENNE's. */
    private Map<String, JsonNode> invoices() {
        long id = fixtures.received(cycle("Paiements " + unique()), List.of(
                        memberOrder("CPAS-NAMUR", null, line("LEG-001", "90")),
                        memberOrder("CPAS-ANDENNE", null, line("LEG-001", "60"))),
                List.of(reception("LEG-001", null, "150")));
        Map<String, JsonNode> byMember = new HashMap<>();
        fixtures.issueInvoices(id).json().forEach(i -> byMember.put(i.path("member").asText(), i));
        assertThat(byMember).containsKeys("CPAS-NAMUR", "CPAS-ANDENNE");
        return byMember;
    }

    private static Map<String, Object> cycle(String title) {
        Map<String, Object> cycle = Fixtures.cycle(title, "ROUND_UP", "PROPORTIONAL");
        cycle.put("deliveryDate", today().plusDays(3).toString());
        return cycle;
    }

    private static LocalDate today() {
        return LocalDate.now(BRUSSELS);
    }

    /** The invoicing party as it is now: other test classes change its account and terms. */
    private JsonNode issuer() {
        return coordinator().get("/api/settings/issuer").json();
    }

    /** The account members pay to, the one statements must be of. */
    private String platformAccount() {
        return issuer().path("iban").asText();
    }

    private Api.Reply importFile(String name, String content, String contentType) {
        return as("finance").post("/api/payments/statements?fileName=" + name, contentType, content);
    }

    private JsonNode receivable(String invoice) {
        Api.Reply r = as("finance").get("/api/payments/receivables/" + invoice);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static BigDecimal amount(JsonNode node, String field) {
        return node.path(field).decimalValue();
    }

    @Test
    void aCodaStatementPaysInvoicesByTheirOgmInFullOrInPartAndImportingItAgainCountsNothingTwice() {
        Map<String, JsonNode> invoices = invoices();
        JsonNode namur = invoices.get("CPAS-NAMUR");
        JsonNode andenne = invoices.get("CPAS-ANDENNE");
        BigDecimal half = amount(andenne, "payable").divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
        String coda = BankFiles.coda(platformAccount(), statementNumber(), today(), new BigDecimal("1000.00"), List.of(
                Movement.structured("IT" + unique(), amount(namur, "payable").toPlainString(), namur.path("ogm").asText(), "CPAS DE NAMUR",
                        "BE21001234567803"),
                Movement.structured("IT" + unique(), half.toPlainString(), andenne.path("ogm").asText(), "CPAS D'ANDENNE", "BE31091000012355"),
                Movement.free("IT" + unique(), "-250.00", "Commande groupee", "COOPERATIVE PAYSANNE", "BE50732001112218")));

        Api.Reply first = importFile("releve.cod", coda, "text/plain");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode statement = first.json().path("statements").get(0);
        assertThat(first.json().path("format").asText()).isEqualTo("CODA");
        assertThat(statement.path("alreadyImported").asBoolean()).isFalse();
        assertThat(statement.path("paidAutomatically")).hasSize(2);
        assertThat(statement.path("debits").asInt()).isEqualTo(1);
        JsonNode paid = receivable(namur.path("number").asText());
        assertThat(paid.path("state").asText()).isEqualTo("PAID");
        assertThat(amount(paid, "open")).isEqualByComparingTo("0");
        assertThat(paid.path("settlements")).singleElement().satisfies(s -> assertThat(s.path("kind").asText()).isEqualTo("PAYMENT"));
        JsonNode partly = receivable(andenne.path("number").asText());
        assertThat(partly.path("state").asText()).isEqualTo("PARTLY_PAID");
        assertThat(amount(partly, "paid")).isEqualByComparingTo(half);
        assertThat(amount(partly, "open")).isEqualByComparingTo(amount(andenne, "payable").subtract(half));

        Api.Reply again = importFile("releve-encore.cod", coda, "text/plain");

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().path("statements").get(0).path("alreadyImported").asBoolean()).isTrue();
        assertThat(again.json().path("statements").get(0).path("paidAutomatically")).isEmpty();
        assertThat(amount(receivable(andenne.path("number").asText()), "paid")).isEqualByComparingTo(half);
        assertThat(as("finance").get("/api/payments/statements").json()).filteredOn(s -> s.path("fileName").asText().startsWith("releve"))
                .extracting(s -> s.path("fileName").asText()).contains("releve.cod").doesNotContain("releve-encore.cod");

        // the payments booked today, for the accounts: each invoice paid, automatically
        Api.Reply csv = as("finance").get("/api/payments/export.csv?from=" + today() + "&to=" + today(), "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).startsWith("\uFEFFdate;reference_bancaire;").contains(namur.path("number").asText(), andenne.path("number").asText())
                .contains(half.toPlainString().replace('.', ',') + ";PAIEMENT;AUTOMATIQUE");
    }

    @Test
    void aMistypedOgmInACamtStatementWaitsUntilAPersonMatchesItAndTheRestBecomesTheMembersCredit() {
        JsonNode andenne = invoices().get("CPAS-ANDENNE");
        String ogm = BankFiles.digits(andenne.path("ogm").asText());
        // one digit off in the base, the check digits left as they were: not a valid OGM any more
        String mistyped = ogm.substring(0, 9) + (char) ('0' + (ogm.charAt(9) - '0' + 1) % 10) + ogm.substring(10);
        BigDecimal paidMore = amount(andenne, "payable").add(new BigDecimal("5.00"));
        String camt = BankFiles.camt053(platformAccount(), statementNumber(), today(), new BigDecimal("500.00"), List.of(
                Movement.free("IT" + unique(), paidMore.toPlainString(), "+++" + mistyped.substring(0, 3) + "/" + mistyped.substring(3, 7) + "/"
                        + mistyped.substring(7) + "+++", "CPAS D'ANDENNE", "BE31091000012355")));

        Api.Reply imported = importFile("camt.xml", camt, "application/xml");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("format").asText()).isEqualTo("CAMT053");
        assertThat(imported.json().path("statements").get(0).path("waiting").asInt()).isEqualTo(1);
        assertThat(receivable(andenne.path("number").asText()).path("state").asText()).isEqualTo("ISSUED");
        JsonNode waiting = waitingFor(paidMore, "CPAS D'ANDENNE");
        // CPAS-ANDENNE may have other open invoices in the shared database: among the suggestions is this one, paid in full
        assertThat(waiting.path("suggestions").get(0).path("member").asText()).isEqualTo("CPAS-ANDENNE");
        assertThat(waiting.path("suggestions")).anySatisfy(s -> assertThat(s.path("allocations")).anySatisfy(a -> {
            assertThat(a.path("invoice").asText()).isEqualTo(andenne.path("number").asText());
            assertThat(amount(a, "amount")).isEqualByComparingTo(amount(andenne, "payable"));
        }));
        String path = "/api/payments/unmatched/" + waiting.path("id").asLong() + "/confirmation";

        // an allocation over what is open is refused, naming the field, and applies nothing
        Api.Reply tooMuch = as("finance").postJson(path, Map.of("member", "CPAS-ANDENNE",
                "allocations", List.of(Map.of("invoice", andenne.path("number").asText(), "amount", paidMore))));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.contentType()).startsWith("application/problem+json");
        assertThat(tooMuch.json().path("errors").get(0).path("field").asText()).isEqualTo("allocations[0].amount");
        assertThat(as("cpas-andenne").postJson(path, Map.of("member", "CPAS-ANDENNE")).status()).isEqualTo(403);

        Api.Reply confirmed = as("finance").postJson(path, Map.of("member", "CPAS-ANDENNE",
                "allocations", List.of(Map.of("invoice", andenne.path("number").asText(), "amount", amount(andenne, "payable")))));

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(amount(confirmed.json(), "excess")).isEqualByComparingTo("5.00");
        assertThat(confirmed.json().path("confirmedBy").asText()).isEqualTo("finance");
        assertThat(receivable(andenne.path("number").asText()).path("state").asText()).isEqualTo("PAID");
        assertThat(as("finance").postJson(path, Map.of("member", "CPAS-ANDENNE")).status()).isEqualTo(409);
        assertThat(as("finance").get("/api/payments/unmatched").json()).noneMatch(w -> w.path("id").asLong() == waiting.path("id").asLong());
        JsonNode balance = agedBalance(today(), "CPAS-ANDENNE");
        assertThat(amount(balance, "credit")).isGreaterThanOrEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void aCreditNoteLowersWhatIsOpenAndOneTransferPaysTwoInvoices() {
        JsonNode first = invoices().get("CPAS-NAMUR");
        JsonNode second = invoices().get("CPAS-NAMUR");
        String one = first.path("number").asText();
        String two = second.path("number").asText();
        Api.Reply note = as("finance").postJson("/api/invoices/" + one + "/credit-notes", Map.of("reason", "Carottes abîmées",
                "lines", List.of(Map.of("line", 1, "quantity", 10))));
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        JsonNode credited = receivable(one);
        assertThat(amount(credited, "credited")).isPositive();
        assertThat(credited.path("settlements")).singleElement().satisfies(s -> {
            assertThat(s.path("kind").asText()).isEqualTo("CREDIT_NOTE");
            assertThat(s.path("source").asText()).isEqualTo(note.json().path("number").asText());
        });
        BigDecimal total = amount(credited, "open").add(amount(second, "payable"));
        String camt = BankFiles.camt053(platformAccount(), statementNumber(), today(), new BigDecimal("0.00"), List.of(
                Movement.free("IT" + unique(), total.toPlainString(), "Factures " + one + " et " + two, "CPAS DE NAMUR", "BE21001234567803")));

        assertThat(importFile("deux-factures.xml", camt, "application/xml").json().path("statements").get(0).path("waiting").asInt()).isEqualTo(1);
        JsonNode waiting = waitingFor(total, "CPAS DE NAMUR");
        assertThat(waiting.path("suggestions")).anySatisfy(s -> assertThat(s.path("allocations")).extracting(a -> a.path("invoice").asText())
                .containsExactlyInAnyOrder(one, two));
        Api.Reply confirmed = as("finance").postJson("/api/payments/unmatched/" + waiting.path("id").asLong() + "/confirmation",
                Map.of("member", "CPAS-NAMUR", "allocations", List.of(Map.of("invoice", one, "amount", amount(credited, "open")),
                        Map.of("invoice", two, "amount", amount(second, "payable")))));

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(amount(confirmed.json(), "excess")).isEqualByComparingTo("0");
        JsonNode paidOne = receivable(one);
        assertThat(paidOne.path("state").asText()).isEqualTo("PAID");
        assertThat(paidOne.path("settlements")).extracting(s -> s.path("kind").asText()).containsExactly("CREDIT_NOTE", "PAYMENT");
        assertThat(receivable(two).path("state").asText()).isEqualTo("PAID");
    }

    private JsonNode waitingFor(BigDecimal amount, String payer) {
        Api.Reply queue = as("finance").get("/api/payments/unmatched");
        assertThat(queue.status()).isEqualTo(200);
        for (JsonNode w : queue.json()) {
            if (amount(w, "amount").compareTo(amount) == 0 && payer.equals(w.path("counterparty").asText())) {
                return w;
            }
        }
        throw new AssertionError("No credit of " + amount + " from " + payer + " waits: " + queue.text());
    }

    private JsonNode agedBalance(LocalDate asOf, String member) {
        Api.Reply r = as("finance").get("/api/payments/aged-balance?asOf=" + asOf);
        assertThat(r.status()).isEqualTo(200);
        for (JsonNode b : r.json()) {
            if (member.equals(b.path("member").asText())) {
                return b;
            }
        }
        throw new AssertionError("No aged balance for " + member + ": " + r.text());
    }

    @Test
    void aBrokenFileOrAnotherAccountsStatementImportsNothingAndSaysWhere() {
        JsonNode namur = invoices().get("CPAS-NAMUR");
        String good = BankFiles.coda(platformAccount(), statementNumber(), today(), new BigDecimal("10.00"), List.of(
                Movement.structured("IT" + unique(), amount(namur, "payable").toPlainString(), namur.path("ogm").asText(), "CPAS DE NAMUR",
                        "BE21001234567803")));
        // the trailer's credit total made one cent more than the movements
        String[] lines = good.split("\r\n");
        String trailer = lines[lines.length - 1];
        long credits = Long.parseLong(trailer.substring(37, 52)) + 10;
        lines[lines.length - 1] = trailer.substring(0, 37) + String.format("%015d", credits) + trailer.substring(52);

        Api.Reply broken = importFile("casse.cod", String.join("\r\n", lines) + "\r\n", "text/plain");

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
        assertThat(broken.json().path("errors")).isNotEmpty();
        assertThat(broken.json().path("errors").get(0).path("line").asInt()).isEqualTo(lines.length);
        assertThat(broken.json().path("errors").get(0).path("column").asText()).isNotEmpty();

        Api.Reply foreign = importFile("autre.xml", BankFiles.camt053("BE50732001112218", statementNumber(), today(), new BigDecimal("10.00"),
                List.of(Movement.structured("IT" + unique(), amount(namur, "payable").toPlainString(), namur.path("ogm").asText(), "CPAS DE NAMUR",
                        "BE21001234567803"))), "application/xml");
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().path("errors").get(0).path("field").asText()).isEqualTo("file");

        Api.Reply notXml = importFile("vide.xml", "<Document", "application/xml");
        assertThat(notXml.status()).isEqualTo(400);
        assertThat(notXml.json().path("errors").get(0).path("line").asInt()).isEqualTo(1);

        assertThat(receivable(namur.path("number").asText()).path("state").asText()).isEqualTo("ISSUED");
        assertThat(as("finance").get("/api/payments/statements").json()).noneMatch(s -> s.path("fileName").asText().equals("casse.cod")
                || s.path("fileName").asText().equals("autre.xml"));
        assertThat(as("finance").post("/api/payments/statements", "text/plain", "").status()).isEqualTo(400);
        assertThat(as("cpas-namur").post("/api/payments/statements", "text/plain", good).status()).isEqualTo(403);
    }

    @Test
    void anOverdueInvoiceGetsAFirstThenASecondReminderWhosePdfCarriesTheOpenAmountItsOgmAndAQrCodeThatPaysIt() throws Exception {
        Api coordinator = coordinator();
        ObjectNode issuer = (ObjectNode) coordinator.get("/api/settings/issuer").json();
        int terms = issuer.path("paymentTermsDays").asInt();
        Map<String, JsonNode> invoices;
        try {
            // invoices due the day they are issued, so that reminders fall due within the month a mailing may be dated ahead
            assertThat(coordinator.putJson("/api/settings/issuer", issuer.deepCopy().put("paymentTermsDays", 0)).status()).isEqualTo(200);
            invoices = invoices();
        } finally {
            assertThat(coordinator.putJson("/api/settings/issuer", issuer.put("paymentTermsDays", terms)).status()).isEqualTo(200);
        }
        JsonNode namur = invoices.get("CPAS-NAMUR");
        String number = namur.path("number").asText();
        BigDecimal part = new BigDecimal("10.00");
        assertThat(importFile("acompte.cod", BankFiles.coda(platformAccount(), statementNumber(), today(), new BigDecimal("0.00"), List.of(
                Movement.structured("IT" + unique(), part.toPlainString(), namur.path("ogm").asText(), "CPAS DE NAMUR", "BE21001234567803"))),
                "text/plain").status()).isEqualTo(200);
        BigDecimal open = amount(namur, "payable").subtract(part);

        JsonNode late = as("finance").get("/api/payments/receivables/" + number + "?asOf=" + today().plusDays(20)).json();
        assertThat(late.path("state").asText()).isEqualTo("OVERDUE");
        assertThat(late.path("daysPastDue").asInt()).isEqualTo(20);
        assertThat(amount(agedBalance(today().plusDays(40), "CPAS-NAMUR"), "days31to60")).isGreaterThanOrEqualTo(open);
        assertThat(as("finance").get("/api/reminders/due?asOf=" + today().plusDays(14)).json()).noneMatch(r -> r.path("invoice").asText().equals(number));

        Api.Reply first = as("finance").post("/api/reminders?date=" + today().plusDays(15), "application/json", "");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode firstSent = sentFor(first.json(), number);
        assertThat(firstSent.path("level").asText()).isEqualTo("FIRST");
        assertThat(amount(firstSent, "open")).isEqualByComparingTo(open);
        // sending again the same day sends nothing twice
        assertThat(as("finance").post("/api/reminders?date=" + today().plusDays(15), "application/json", "").json())
                .noneMatch(r -> r.path("invoice").asText().equals(number));
        assertThat(as("finance").post("/api/reminders?date=" + today().plusDays(40), "application/json", "").status()).isEqualTo(400);

        Api.Reply second = as("finance").post("/api/reminders?date=" + today().plusDays(30), "application/json", "");
        JsonNode secondSent = sentFor(second.json(), number);
        assertThat(secondSent.path("level").asText()).isEqualTo("SECOND");

        Api.Reply pdf = as("finance").get("/api/reminders/" + firstSent.path("id").asLong() + "/pdf", "application/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        Files.createDirectories(Path.of("target", "documents"));
        Files.write(Path.of("target", "documents", "it-rappel-" + number + ".pdf"), pdf.bytes());
        String text = Pdfs.text(pdf.bytes());
        String qr = Pdfs.qrCode(pdf.bytes());
        String openText = open.setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', ',') + " €";
        JsonNode party = issuer();
        String iban = party.path("iban").asText();
        assertThat(text).contains("RAPPEL DE PAIEMENT", "Facture " + number, "CPAS de Namur", "il reste " + openText, "15 jours de retard",
                namur.path("ogm").asText(), iban.replaceAll("(.{4})(?!$)", "$1 "));
        assertThat(qr).isEqualTo(String.join("\n", "BCD", "002", "1", "SCT", party.path("bic").asText(), party.path("name").asText(), iban,
                "EUR" + open.toPlainString(), "", "", namur.path("ogm").asText()));
        String secondText = Pdfs.text(as("finance").get("/api/reminders/" + secondSent.path("id").asLong() + "/pdf", "application/pdf").bytes());
        assertThat(secondText).contains("SECOND RAPPEL", "Malgré notre rappel du");
        assertThat(as("finance").get("/api/reminders").json()).anyMatch(r -> r.path("invoice").asText().equals(number)
                && r.path("level").asText().equals("SECOND"));
        assertThat(as("finance").get("/api/reminders/999999/pdf", "application/pdf").status()).isEqualTo(404);
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    private static JsonNode sentFor(JsonNode sent, String invoice) {
        for (JsonNode r : sent) {
            if (invoice.equals(r.path("invoice").asText())) {
                return r;
            }
        }
        throw new AssertionError("No reminder sent for " + invoice + ": " + sent);
    }
}
