package be.groupage.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** What the cooperative invoices: quantity and net price per product code. */
    private record Invoiced(String quantity, String price) {
    }

    /**
     * The cooperative's Peppol BIS 3.0 invoice for the cycle, built from its purchase order (names, units, VAT
     * rates) with the given quantities and prices; nets, VAT per rate and totals computed by the rule.
     */
    private String invoice(long cycle, String number, String sellerKbo, Map<String, Invoiced> invoiced) {
        JsonNode po = coordinator().get("/api/cycles/" + cycle + "/purchase-order", "application/json").json();
        StringBuilder lines = new StringBuilder();
        Map<BigDecimal, BigDecimal> bases = new TreeMap<>();
        BigDecimal net = BigDecimal.ZERO;
        int n = 0;
        for (JsonNode l : po.path("lines")) {
            Invoiced i = invoiced.get(l.path("code").asText());
            if (i == null) {
                continue;
            }
            BigDecimal quantity = new BigDecimal(i.quantity());
            BigDecimal price = new BigDecimal(i.price());
            BigDecimal lineNet = quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
            BigDecimal rate = l.path("vatRate").decimalValue();
            bases.merge(rate, lineNet, BigDecimal::add);
            net = net.add(lineNet);
            lines.append("""
                      <cac:InvoiceLine>
                        <cbc:ID>%d</cbc:ID>
                        <cbc:InvoicedQuantity unitCode="%s">%s</cbc:InvoicedQuantity>
                        <cbc:LineExtensionAmount currencyID="EUR">%s</cbc:LineExtensionAmount>
                        <cac:Item>
                          <cbc:Name>%s</cbc:Name>
                          <cac:SellersItemIdentification><cbc:ID>%s</cbc:ID></cac:SellersItemIdentification>
                          <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>%s</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>
                        </cac:Item>
                        <cac:Price><cbc:PriceAmount currencyID="EUR">%s</cbc:PriceAmount></cac:Price>
                      </cac:InvoiceLine>
                    """.formatted(++n, l.path("unit").asText(), i.quantity(), lineNet.toPlainString(), l.path("name").asText(), l.path("code").asText(),
                    rate.toPlainString(), i.price()));
        }
        StringBuilder subtotals = new StringBuilder();
        BigDecimal vat = BigDecimal.ZERO;
        for (Map.Entry<BigDecimal, BigDecimal> e : bases.entrySet()) {
            BigDecimal v = e.getValue().multiply(e.getKey()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            vat = vat.add(v);
            subtotals.append("""
                    <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">%s</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">%s</cbc:TaxAmount>
                      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>%s</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
                    </cac:TaxSubtotal>
                    """.formatted(e.getValue().toPlainString(), v.toPlainString(), e.getKey().toPlainString()));
        }
        BigDecimal gross = net.add(vat);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
                  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
                  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
                  <cbc:ID>%s</cbc:ID>
                  <cbc:IssueDate>%s</cbc:IssueDate>
                  <cbc:DueDate>%s</cbc:DueDate>
                  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
                  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
                  <cbc:BuyerReference>%s</cbc:BuyerReference>
                  <cac:OrderReference><cbc:ID>%s</cbc:ID></cac:OrderReference>
                  <cac:AccountingSupplierParty><cac:Party>
                    <cbc:EndpointID schemeID="0208">%s</cbc:EndpointID>
                    <cac:PostalAddress><cbc:CityName>Namur</cbc:CityName><cac:Country><cbc:IdentificationCode>BE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                    <cac:PartyTaxScheme><cbc:CompanyID>BE%s</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
                    <cac:PartyLegalEntity><cbc:RegistrationName>Coopérative Paysans-Artisans du Namurois SCRL</cbc:RegistrationName></cac:PartyLegalEntity>
                  </cac:Party></cac:AccountingSupplierParty>
                  <cac:AccountingCustomerParty><cac:Party>
                    <cbc:EndpointID schemeID="0208">0202239951</cbc:EndpointID>
                    <cac:PostalAddress><cbc:CityName>Namur</cbc:CityName><cac:Country><cbc:IdentificationCode>BE</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                    <cac:PartyLegalEntity><cbc:RegistrationName>Distri-denrées</cbc:RegistrationName></cac:PartyLegalEntity>
                  </cac:Party></cac:AccountingCustomerParty>
                  <cac:TaxTotal>
                    <cbc:TaxAmount currencyID="EUR">%s</cbc:TaxAmount>
                %s  </cac:TaxTotal>
                  <cac:LegalMonetaryTotal>
                    <cbc:LineExtensionAmount currencyID="EUR">%s</cbc:LineExtensionAmount>
                    <cbc:TaxExclusiveAmount currencyID="EUR">%s</cbc:TaxExclusiveAmount>
                    <cbc:TaxInclusiveAmount currencyID="EUR">%s</cbc:TaxInclusiveAmount>
                    <cbc:PayableAmount currencyID="EUR">%s</cbc:PayableAmount>
                  </cac:LegalMonetaryTotal>
                %s</Invoice>
                """.formatted(number, LocalDate.now(), LocalDate.now().plusDays(30), "CYCLE-" + cycle, "CYCLE-" + cycle, sellerKbo, sellerKbo,
                vat.toPlainString(), subtotals, net.toPlainString(), net.toPlainString(), gross.toPlainString(), gross.toPlainString(), lines);
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
        String xml = invoice(cycle, number, cooperativeKbo(), Map.of("LEG-001", new Invoiced("9.85", "1.80"),
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
        String xml = invoice(cycle, "F-" + unique(), cooperativeKbo(), Map.of("LEG-001", new Invoiced("9.85", "1.80"),
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

        String good = invoice(cycle, "F-" + unique(), cooperativeKbo(), Map.of("HYG-001", new Invoiced("96", "2.15")));
        Api.Reply noPrice = as("finance").post(upload, UBL, good.replaceFirst("(?s)<cac:Price>.*?</cac:Price>", ""));
        assertBadRequest(noPrice);
        assertThat(fields(noPrice.json())).containsExactly("Invoice/InvoiceLine[1]/Price");

        Api.Reply notUbl = as("finance").post(upload, UBL, good.replace("<cbc:DueDate>", "<cbc:Colour>vert</cbc:Colour><cbc:DueDate>"));
        assertBadRequest(notUbl);
        assertThat(notUbl.json().path("errors").get(0).path("line").asInt()).isPositive();
        assertThat(notUbl.json().path("errors").get(0).path("message").asText()).contains("Colour");

        Api.Reply otherSeller = as("finance").post(upload, UBL, invoice(cycle, "F-" + unique(), "0202239951",
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
        String xml = invoice(sent, "F-" + unique(), cooperativeKbo(), Map.of("HYG-001", new Invoiced("120", "2.15")));

        Api.Reply early = as("finance").post("/api/cycles/" + sent + "/supplier-invoices", UBL, xml);

        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.json().path("detail").asText()).contains("RECEIVED");
    }
}
