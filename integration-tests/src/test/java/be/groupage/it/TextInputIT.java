package be.groupage.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static be.groupage.it.Checks.fields;
import static be.groupage.it.Fixtures.line;
import static be.groupage.it.Fixtures.memberOrder;
import static be.groupage.it.Fixtures.order;
import static be.groupage.it.Fixtures.orderPath;
import static be.groupage.it.Fixtures.reception;
import static be.groupage.it.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile text from outside: names, titles, references, lot numbers, labels and reasons holding NUL, ESC,
 * DEL, CR/LF, U+2028, a tab or a lone surrogate, and a catalogue CSV with a control character in a cell. The one
 * rule (core's {@code PlainText}, applied by {@code InputChecks} and by the catalogue reader): each is 400
 * {@code application/problem+json} naming the field, or the CSV line and column, and nothing is written.
 * A name that merely looks like a formula ({@code =HYPERLINK("x")}) is a legal name: it is stored as
 * given and written behind a single quote in the accounting export.
 */
class TextInputIT extends AgainstTheWar {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** A body sent by one account to one endpoint, and the field its 400 must name. */
    private record Hostile(String login, String method, String path, String body, String field) {
    }

    @Test
    void controlCharactersInRegistrationsSettingsAgreementsAndCyclesAreRefusedByFieldAndNothingIsCreated() {
        long membersBefore = coordinator().get("/api/members").json().size();
        long suppliersBefore = coordinator().get("/api/suppliers").json().size();
        long usersBefore = coordinator().get("/api/users").json().size();
        long cyclesBefore = coordinator().get("/api/cycles").json().size();
        long agreementsBefore = coordinator().get("/api/framework-agreements").json().size();
        String issuerBefore = coordinator().get("/api/settings/issuer").text();

        String code = "ASBL-" + unique();
        Map<String, Object> member = Fixtures.memberBody(code, Fixtures.anyKbo());
        String kbo = Fixtures.anyKbo();
        Map<String, Object> supplier = Map.of("code", "COOP-" + unique(), "name", "Coopérative", "kbo", kbo, "vatNumber", "BE" + kbo,
                "iban", "BE68539007547034", "address", Map.of("street", "Rue du Test 1", "postalCode", "5000", "city", "Namur", "country", "BE"));
        Map<String, Object> user = Map.of("login", "text-" + unique().toLowerCase(), "password", "long-enough-secret", "role", "BUYER",
                "member", "CPAS-NAMUR");
        Map<String, Object> agreement = Map.of("number", "FA-" + unique(), "supplier", Fixtures.COOPERATIVE,
                "validFrom", LocalDate.now().toString(), "validTo", LocalDate.now().plusYears(1).toString(),
                "lots", List.of(Map.of("code", "1", "ceiling", 5000)));
        Map<String, Object> cycle = Fixtures.cycle("Texte " + unique(), "ROUND_UP", "PROPORTIONAL");
        cycle.put("sharedCosts", List.of(Map.of("label", "Transport", "amount", 120, "vatRate", 21, "rule", "BY_WEIGHT")));
        cycle.put("subsidies", List.of(Map.of("label", "Province", "percent", 10, "capPerMember", 50)));

        refusedAll(List.of(
                new Hostile("coordinator", "POST", "/api/members", with(member, "name", "ASBL\u0000Nul"), "name"),
                new Hostile("coordinator", "POST", "/api/members", with(member, "name", "ASBL du\r\nBonheur"), "name"),
                new Hostile("coordinator", "POST", "/api/members", with(member, "name", "\u001B[2JASBL"), "name"),
                new Hostile("coordinator", "POST", "/api/members", with(member, "name", "ASBL\t"), "name"),
                new Hostile("coordinator", "POST", "/api/members", with(member, "name", "ASBL\u2028du Bonheur"), "name"),
                new Hostile("coordinator", "POST", "/api/members", with(member, "deliveryPoint", "Local\nrue de Fer"), "deliveryPoint"),
                new Hostile("coordinator", "POST", "/api/members", with(member, "email", "a\u007F@example.be"), "email"),
                new Hostile("coordinator", "POST", "/api/members",
                        with(member, "address", Map.of("street", "Rue de Fer\u0085 10", "postalCode", "5000", "city", "Namur", "country", "BE")),
                        "address.street"),
                new Hostile("coordinator", "POST", "/api/members",
                        Api.JSON.valueToTree(member).toString().replace("\"name\":\"ASBL ", "\"name\":\"\\uD800ASBL "), "name"),
                new Hostile("coordinator", "POST", "/api/suppliers", with(supplier, "name", "Coop\u001B]0;x\u0007"), "name"),
                new Hostile("coordinator", "POST", "/api/users", with(user, "password", "long-enough\u0000secret"), "password"),
                new Hostile("coordinator", "PUT", "/api/settings/issuer", json(Map.of("name", "Distri-\ndenrées", "paymentTermsDays", 30)), "name"),
                new Hostile("coordinator", "POST", "/api/framework-agreements", with(agreement, "number", "FA-\u00002026"), "number"),
                new Hostile("coordinator", "POST", "/api/framework-agreements",
                        with(agreement, "lots", List.of(Map.of("code", "1\t", "ceiling", 5000))), "lots[0].code"),
                new Hostile("coordinator", "POST", "/api/cycles", with(cycle, "title", "Colis\nde saison"), "title"),
                new Hostile("coordinator", "POST", "/api/cycles",
                        with(cycle, "sharedCosts", List.of(Map.of("label", "Trans\u001Bport", "amount", 120, "vatRate", 21, "rule", "BY_WEIGHT"))),
                        "sharedCosts[0].label"),
                new Hostile("coordinator", "POST", "/api/cycles",
                        with(cycle, "subsidies", List.of(Map.of("label", "Province\r", "percent", 10, "capPerMember", 50))), "subsidies[0].label")));

        assertThat(coordinator().get("/api/members").json().size()).isEqualTo(membersBefore);
        assertThat(coordinator().get("/api/suppliers").json().size()).isEqualTo(suppliersBefore);
        assertThat(coordinator().get("/api/users").json().size()).isEqualTo(usersBefore);
        assertThat(coordinator().get("/api/cycles").json().size()).isEqualTo(cyclesBefore);
        assertThat(coordinator().get("/api/framework-agreements").json().size()).isEqualTo(agreementsBefore);
        assertThat(coordinator().get("/api/settings/issuer").text()).isEqualTo(issuerBefore);
        Api.Reply registered = coordinator().postJson("/api/members", member);
        assertThat(registered.status()).as("the same member without the control characters: " + registered).isEqualTo(201);
    }

    @Test
    void aPurchaseOrderReferenceALotNumberOrACreditNoteReasonWithAControlCharacterIsRefusedAndNothingChanges() {
        Map<String, Object> settings = Fixtures.cycle("Texte réception " + unique(), "ROUND_UP", "PROPORTIONAL");
        settings.put("deliveryDate", LocalDate.now().plusDays(3).toString());
        long id = fixtures.open(settings);
        String path = orderPath(id, "CPAS-NAMUR");
        // Above the cooperative's minimum order (250 €): 11 cases of soap.
        Map<String, Object> soap = order("BC\r\n2026-77", line("HYG-001", "132"));
        soap.put("version", 0);

        refusedAll(List.of(new Hostile("cpas-namur", "PUT", path, json(soap), "purchaseOrderRef"),
                new Hostile("cpas-namur", "PUT", path, with(soap, "purchaseOrderRef", "BC-\u00002026"), "purchaseOrderRef")));
        JsonNode untouched = as("cpas-namur").get(path).json();
        assertThat(untouched.path("version").asLong()).as(untouched.toString()).isZero();
        assertThat(untouched.path("lines")).isEmpty();

        soap.put("purchaseOrderRef", "BC-2026-77");
        fixtures.order(id, "cpas-namur", "CPAS-NAMUR", soap);
        fixtures.transition(id, "close");
        fixtures.transition(id, "send");
        String receptionPath = "/api/cycles/" + id + "/reception";
        refusedAll(List.of(
                new Hostile("coop", "POST", receptionPath, json(Map.of("lines", List.of(reception("HYG-001", null, "132", "L-24\n118", null, null)))),
                        "lines[0].lot"),
                new Hostile("coop", "POST", receptionPath,
                        json(Map.of("lines", List.of(reception("HYG-001", null, "132", "L-24\u0000118", null, null)))), "lines[0].lot")));
        assertThat(fixtures.cycleAsCoordinator(id).path("status").asText()).isEqualTo("ORDERED");
        fixtures.receive(id, List.of(reception("HYG-001", null, "132")));

        String invoice = fixtures.issueInvoices(id).json().get(0).path("number").asText();
        String creditPath = "/api/invoices/" + invoice + "/credit-notes";
        refusedAll(List.of(new Hostile("finance", "POST", creditPath, json(Map.of("reason", "Savons\u001B[31m cassés")), "reason"),
                new Hostile("finance", "POST", creditPath, json(Map.of("reason", "Savons\u0000 cassés")), "reason")));
        JsonNode uncredited = as("finance").get("/api/invoices/" + invoice, "application/json").json();
        assertThat(uncredited.path("creditNotes")).as(uncredited.toString()).isEmpty();

        Api.Reply credited = as("finance").postJson(creditPath, Map.of("reason", "Deux savons cassés :\r\nvoir le bon\n",
                "lines", List.of(Map.of("line", 1, "quantity", 2))));
        assertThat(credited.status()).as("a reason typed on two lines is one line, its breaks folded: " + credited).isEqualTo(201);
        assertThat(credited.json().path("reason").asText()).isEqualTo("Deux savons cassés : voir le bon");
    }

    @Test
    void aCatalogueCsvWithAControlCharacterInACellIsRefusedByLineAndColumnAndNothingIsImported() {
        Api coop = as("coop");
        int versionsBefore = coop.get("/api/suppliers/COOP-NAMUR/catalogues").json().size();
        String csv = "code;name;producer;unit;case_size;price;vat_rate\n"
                + "T1;Carottes;Ferme du Try;kg;10;1,80;6\n"
                + "T2;Navets\u001B[31m;Ferme du Try;kg;10;1,20;6\n"
                + "T3;\"Poireaux\nen botte\";Ferme du Try;kg;5;2,00;6\n"
                + "T4;Céleri;Ferme\u0000du Try;kg;5;2,00;6\n";

        Api.Reply refused = coop.post("/api/suppliers/COOP-NAMUR/catalogues", "text/csv", csv);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        List<String> cells = new java.util.ArrayList<>();
        refused.json().path("errors").forEach(e -> cells.add(e.path("line").asInt() + " " + e.path("column").asText()));
        assertThat(cells).containsExactly("3 name", "4 name", "6 producer");
        assertThat(refused.json().path("errors").get(0).path("message").asText()).contains("U+001B");
        assertThat(coop.get("/api/suppliers/COOP-NAMUR/catalogues").json().size()).isEqualTo(versionsBefore);
    }

    @Test
    void aJsonBodyThatIsNotUtf8IsRefusedAsMalformedAndNothingIsCreated() {
        long membersBefore = coordinator().get("/api/members").json().size();
        byte[] body = json(Fixtures.memberBody("ASBL-" + unique(), Fixtures.anyKbo())).replace("ASBL ", "ASBL \u00E9").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = new String(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);

        Api.Reply reply = coordinator().send(coordinator().request("/api/members").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(fields(reply.json())).containsExactly("body");
        assertThat(coordinator().get("/api/members").json().size()).isEqualTo(membersBefore);
    }

    @Test
    void aMemberNamedLikeAFormulaIsAcceptedAsGivenAndWrittenBehindAQuoteInTheAccountingExport() {
        String code = "ASBL-" + unique();
        Map<String, Object> body = new HashMap<>(Fixtures.memberBody(code, Fixtures.anyKbo()));
        body.put("name", "=HYPERLINK(\"http://x\";\"ASBL\")");
        Api.Reply registered = coordinator().postJson("/api/members", body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(coordinator().get("/api/members/" + code).json().path("name").asText()).isEqualTo("=HYPERLINK(\"http://x\";\"ASBL\")");

        Map<String, Object> settings = Fixtures.cycle("Formule " + unique(), "ROUND_UP", "PROPORTIONAL");
        settings.put("deliveryDate", LocalDate.now().plusDays(3).toString());
        long id = fixtures.received(settings, List.of(memberOrder(code, "=1+1", line("HYG-001", "132"))), List.of(reception("HYG-001", null, "132")));
        String invoice = fixtures.issueInvoices(id).json().get(0).path("number").asText();

        String today = LocalDate.now(BRUSSELS).toString();
        Api.Reply csv = as("finance").get("/api/exports/accounting.csv?from=" + today + "&to=" + today, "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        String row = csv.text().lines().filter(l -> l.contains(";" + invoice + ";")).findFirst().orElseThrow();
        assertThat(row).contains(";FACTURE;\"'=HYPERLINK(\"\"http://x\"\";\"\"ASBL\"\")\";");
        for (String cell : row.split(";")) {
            assertThat(cell).as(row).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
        }
    }

    /** Sends every case and checks each answer, reporting all that fail at once. */
    private void refusedAll(List<Hostile> cases) {
        SoftAssertions softly = new SoftAssertions();
        for (Hostile c : cases) {
            Api api = as(c.login());
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString(c.body());
            Api.Reply reply = api.send(api.request(c.path()).header("Content-Type", "application/json").method(c.method(), body).build());
            String what = c.method() + " " + c.path() + " " + c.body() + " → " + reply;
            softly.assertThat(reply.status()).as(what).isEqualTo(400);
            softly.assertThat(reply.contentType()).as(what).startsWith("application/problem+json");
            if (reply.contentType().startsWith("application/problem+json")) {
                softly.assertThat(fields(reply.json())).as(what).contains(c.field());
                softly.assertThat(reply.json().path("type").asText()).as(what).endsWith("invalid-input");
            }
        }
        softly.assertAll();
    }

    private static String json(Object body) {
        try {
            return Api.JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid body with one top-level field replaced. */
    private static String with(Map<String, Object> valid, String field, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(valid);
        body.put(field, value);
        return json(body);
    }
}
