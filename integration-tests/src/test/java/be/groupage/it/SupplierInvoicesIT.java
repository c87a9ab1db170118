package be.groupage.it;

import be.groupage.it.CooperativeInvoices.Invoiced;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static be.groupage.it.Checks.assertBadRequest;
import static be.groupage.it.Checks.assertForbidden;
import static be.groupage.it.Checks.byField;
import static be.groupage.it.Checks.fields;
import static be.groupage.it.Fixtures.cycle;
import static be.groupage.it.Fixtures.line;
import static be.groupage.it.Fixtures.memberOrder;
import static be.groupage.it.Fixtures.reception;
import static be.groupage.it.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cooperative's invoice to the platform, on the built WAR against MariaDB: finance uploads its UBL file for a
 * received cycle, and Groupage checks it line by line against the purchase order and the reception (three-way
 * match), shows every difference with its exact amount, and records finance's decision. The invoice is built here
 * from the cycle's purchase order as the cooperative's software would, with one price raised and one quantity
 * above what was received.
 */
class SupplierInvoicesIT extends AgainstTheWar {

    private static final String UBL = "application/xml";

    /**
     * CPAS-NAMUR orders 10 kg of carrots (1.80, 6%), 12 jars of jam (3.10, 6%) and 96 soaps (2.15, 21%), in whole
     * cases; the cooperative delivers 9.85 kg of carrots, 6 jars and 96 soaps. Answers the RECEIVED cycle's id.
     */
    private long receivedCycle() {
        return fixtures.received(cycle("Facture coopérative " + unique(), "ROUND_UP", "PROPORTIONAL"),
                List.of(memberOrder("CPAS-NAMUR", "PO-" + unique(), line("LEG-001", "10"), line("CON-001", "12"), line("HYG-001", "96"))),
                List.of(reception("LEG-001", null, "9.85", "TRY-" + unique(), null, null),
                        reception("CON-001", null, "6", "CONF-" + unique(), null, LocalDate.now().plusYears(1)),
                        reception("HYG-001", null, "96", "SAV-" + unique(), null, null)));
    }

    private String cooperativeKbo() {
        return coordinator().get("/api/suppliers/" + Fixtures.COOPERATIVE).json().path("kbo").asText();
    }

    private static JsonNode lineOf(JsonNode view, String product) {
        return byField(view.path("lines"), "product", product);
    }

    @Test
    void aPriceDifferenceAndAQuantityAboveWhatWasReceivedAreFlaggedWithTheirExactAmountsAndDisputed() {
        long cycle = receivedCycle();
        String number = "F-" + unique();
        // carrots as weighed, 8 jars for the 6 received, soap at 2.25 instead of the catalogue's 2.15
        String xml = CooperativeInvoices.ubl(coordinator(), cycle, number, cooperativeKbo(), Map.of("LEG-001", new Invoiced("9.85", "1.80"),
                "CON-001", new Invoiced("8", "3.10"), "HYG-001", new Invoiced("96", "2.25")));

        Api.Reply uploaded = as("finance").post("/api/cycles/" + cycle + "/supplier-invoices", UBL, xml);

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String location = uploaded.header("Location");
        assertThat(location).matches(".*/api/supplier-invoices/\\d+");
        String path = location.substring(location.indexOf("/api/"));
        JsonNode view = uploaded.json();
        assertThat(view.path("invoice").path("number").asText()).isEqualTo(number);
        assertThat(view.path("invoice").path("matches").asBoolean()).isFalse();
        assertThat(view.path("invoice").path("linesWithFindings").asInt()).isEqualTo(2);

        JsonNode carrots = lineOf(view, "LEG-001");
        assertThat(carrots.path("state").asText()).isEqualTo("MATCHED");
        assertThat(carrots.path("received").decimalValue()).isEqualByComparingTo("9.85");

        JsonNode soap = lineOf(view, "HYG-001");
        assertThat(soap.path("state").asText()).isEqualTo("DIFFERS");
        assertThat(soap.path("findings")).hasSize(1);
        JsonNode price = soap.path("findings").get(0);
        assertThat(price.path("kind").asText()).isEqualTo("PRICE_DIFFERS");
        assertThat(price.path("expected").asText()).isEqualTo("2.15");
        assertThat(price.path("actual").asText()).isEqualTo("2.25");
        assertThat(price.path("difference").decimalValue()).isEqualByComparingTo("0.10");
        // 96 x 2.25 = 216.00 instead of 96 x 2.15 = 206.40
        assertThat(price.path("amount").decimalValue()).isEqualByComparingTo("9.60");
        assertThat(soap.path("expectedNet").decimalValue()).isEqualByComparingTo("206.40");

        JsonNode jam = lineOf(view, "CON-001");
        assertThat(jam.path("findings")).extracting(f -> f.path("kind").asText()).containsExactly("QUANTITY_ABOVE_RECEIVED");
        assertThat(jam.path("findings").get(0).path("difference").decimalValue()).isEqualByComparingTo("2");
        assertThat(jam.path("findings").get(0).path("amount").decimalValue()).isEqualByComparingTo("6.20");

        // the invoice's own figures add up; it asks 18.19 more than the reception is worth at the catalogue prices
        assertThat(view.path("totals")).allMatch(t -> t.path("matches").asBoolean());
        assertThat(view.path("notInvoiced")).isEmpty();
        assertThat(view.path("comparison").path("invoicedGross").decimalValue()).isEqualByComparingTo("306.44");
        assertThat(view.path("comparison").path("receptionGross").decimalValue()).isEqualByComparingTo("288.25");
        assertThat(view.path("comparison").path("difference").decimalValue()).isEqualByComparingTo("18.19");

        // the list of the cycle shows it, the file comes back byte for byte
        JsonNode list = as("finance").get("/api/cycles/" + cycle + "/supplier-invoices").json();
        assertThat(list).singleElement().satisfies(i -> {
            assertThat(i.path("number").asText()).isEqualTo(number);
            assertThat(i.path("matches").asBoolean()).isFalse();
            assertThat(i.path("gross").decimalValue()).isEqualByComparingTo("306.44");
        });
        Api.Reply file = coordinator().get(path + "/ubl", UBL);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.bytes()).isEqualTo(xml.getBytes(StandardCharsets.UTF_8));

        // approving an invoice that does not match needs a note; a dispute is recorded with its note, who and when
        Api.Reply bare = as("finance").putJson(path + "/decision", Map.of("verdict", "APPROVED"));
        assertBadRequest(bare);
        assertThat(fields(bare.json())).containsExactly("note");
        assertBadRequest(as("finance").putJson(path + "/decision", Map.of("verdict", "PAID")));
        assertForbidden(coordinator().putJson(path + "/decision", Map.of("verdict", "DISPUTED", "note", "x")));
        Api.Reply disputed = as("finance").putJson(path + "/decision",
                Map.of("verdict", "DISPUTED", "note", "Savon facturé 2,25 au lieu de 2,15 ; 2 pots de confiture non reçus"));
        assertThat(disputed.status()).as(disputed.toString()).isEqualTo(200);
        JsonNode decision = coordinator().get(path).json().path("invoice").path("decision");
        assertThat(decision.path("verdict").asText()).isEqualTo("DISPUTED");
        assertThat(decision.path("note").asText()).isEqualTo("Savon facturé 2,25 au lieu de 2,15 ; 2 pots de confiture non reçus");
        assertThat(decision.path("by").asText()).isEqualTo("finance");
        assertThat(decision.path("at").asText()).isNotEmpty();

        // the same invoice again: refused, naming the one received
        Api.Reply again = as("finance").post("/api/cycles/" + cycle + "/supplier-invoices", UBL, xml);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().path("detail").asText()).contains(number).contains("the same file");
        assertThat(as("finance").get("/api/cycles/" + cycle + "/supplier-invoices").json()).hasSize(1);
    }

    @Test
    void anInvoiceOfWhatWasReceivedAtTheCataloguePricesMatchesAndIsApprovedWithoutANote() {
        long cycle = receivedCycle();
        String xml = CooperativeInvoices.ubl(coordinator(), cycle, "F-" + unique(), cooperativeKbo(), Map.of("LEG-001", new Invoiced("9.85", "1.80"),
                "CON-001", new Invoiced("6", "3.10"), "HYG-001", new Invoiced("96", "2.15")));

        Api.Reply uploaded = as("finance").post("/api/cycles/" + cycle + "/supplier-invoices", UBL, xml);

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json().path("invoice").path("matches").asBoolean()).isTrue();
        assertThat(uploaded.json().path("lines")).allMatch(l -> l.path("state").asText().equals("MATCHED"));
        assertThat(uploaded.json().path("comparison").path("difference").decimalValue()).isEqualByComparingTo("0");
        String path = uploaded.header("Location").substring(uploaded.header("Location").indexOf("/api/"));
        Api.Reply approved = as("finance").putJson(path + "/decision", Map.of("verdict", "APPROVED"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().path("invoice").path("decision").path("verdict").asText()).isEqualTo("APPROVED");
    }

    @Test
    void aBadFileIsRefusedNamingWhatIsWrongAndNothingIsStored() {
        long cycle = receivedCycle();
        String upload = "/api/cycles/" + cycle + "/supplier-invoices";

        Api.Reply malformed = as("finance").post(upload, UBL, "<?xml version=\"1.0\"?>\n<Invoice>\n  <ID>1</Invoice>");
        assertBadRequest(malformed);
        JsonNode error = malformed.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("body");
        assertThat(error.path("line").asInt()).isEqualTo(3);
        assertThat(error.path("message").asText()).startsWith("is not well-formed XML");

        String good = CooperativeInvoices.ubl(coordinator(), cycle, "F-" + unique(), cooperativeKbo(), Map.of("HYG-001", new Invoiced("96", "2.15")));
        Api.Reply noPrice = as("finance").post(upload, UBL, good.replaceFirst("(?s)<cac:Price>.*?</cac:Price>", ""));
        assertBadRequest(noPrice);
        assertThat(fields(noPrice.json())).containsExactly("Invoice/InvoiceLine[1]/Price");

        Api.Reply notUbl = as("finance").post(upload, UBL, good.replace("<cbc:DueDate>", "<cbc:Colour>vert</cbc:Colour><cbc:DueDate>"));
        assertBadRequest(notUbl);
        assertThat(notUbl.json().path("errors").get(0).path("line").asInt()).isPositive();
        assertThat(notUbl.json().path("errors").get(0).path("message").asText()).contains("Colour");

        Api.Reply otherSeller = as("finance").post(upload, UBL, CooperativeInvoices.ubl(coordinator(), cycle, "F-" + unique(), "0202239951",
                Map.of("HYG-001", new Invoiced("96", "2.15"))));
        assertBadRequest(otherSeller);
        assertThat(fields(otherSeller.json())).containsExactly("Invoice/AccountingSupplierParty/Party");

        assertForbidden(coordinator().post(upload, UBL, good));
        assertForbidden(as("coop").post(upload, UBL, good));
        assertThat(as("finance").post("/api/cycles/999999999/supplier-invoices", UBL, good).status()).isEqualTo(404);
        assertThat(as("finance").get(upload).json()).isEmpty();
    }

    @Test
    void aCycleNotYetReceivedHasNoInvoiceToMatch() {
        long sent = fixtures.sent(cycle("Pas encore reçu " + unique(), "ROUND_UP", "PROPORTIONAL"),
                List.of(memberOrder("CPAS-NAMUR", null, line("HYG-001", "120"))));
        String xml = CooperativeInvoices.ubl(coordinator(), sent, "F-" + unique(), cooperativeKbo(), Map.of("HYG-001", new Invoiced("120", "2.15")));

        Api.Reply early = as("finance").post("/api/cycles/" + sent + "/supplier-invoices", UBL, xml);

        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.json().path("detail").asText()).contains("RECEIVED");
    }
}
