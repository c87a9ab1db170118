package be.groupage.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.time.LocalDate;
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
 * Hostile JSON bodies on the writing endpoints, from outside: an array for an object, integers past their
 * range (2<sup>64</sup> more) or fractional, numbers and booleans for strings, strings for numbers, a list
 * given as one object, a {@code null} entry, unknown fields, malformed text, an empty body. Each is answered
 * 400 {@code application/problem+json} naming the field ({@code lines[3].quantity}), never 500 and never
 * bound into something else; nothing is written, and the valid request right after still works.
 */
class StrictJsonIT extends AgainstTheWar {

    private static final String TWO_TO_THE_64_PLUS_ONE = "18446744073709551617";

    /** A body sent by one account to one endpoint, and the field its 400 must name. */
    private record Hostile(String login, String method, String path, String body, String field) {
    }

    @Test
    void hostileRegistrationsAndCyclesAreRefusedFieldByFieldAndNothingIsCreated() {
        long membersBefore = coordinator().get("/api/members").json().size();
        long cyclesBefore = coordinator().get("/api/cycles").json().size();
        String member = "ASBL-" + unique();
        Map<String, Object> memberBody = Fixtures.memberBody(member, Fixtures.anyKbo());
        String kbo = Fixtures.anyKbo();
        Map<String, Object> supplierBody = Map.of("code", "COOP-" + unique(), "name", "Coopérative hostile", "kbo", kbo,
                "vatNumber", "BE" + kbo, "iban", "BE68539007547034",
                "address", Map.of("street", "Rue du Test 1", "postalCode", "5000", "city", "Namur", "country", "BE"), "minimumOrderValue", 0);
        Map<String, Object> userBody = Map.of("login", "hostile-" + unique().toLowerCase(), "password", "long-enough-secret",
                "role", "BUYER", "member", "CPAS-NAMUR");
        Map<String, Object> issuerBody = Map.of("name", "Distri-denrées", "paymentTermsDays", 30);
        Map<String, Object> agreementBody = Map.of("number", "FA-" + unique(), "supplier", Fixtures.COOPERATIVE,
                "validFrom", LocalDate.now().toString(), "validTo", LocalDate.now().plusYears(1).toString(),
                "lots", List.of(Map.of("code", "1", "ceiling", 5000)));
        Map<String, Object> cycleBody = Fixtures.cycle("Hostile " + unique(), "ROUND_UP", "PROPORTIONAL");
        cycleBody.put("sharedCosts", List.of(Map.of("label", "Transport", "amount", 120, "vatRate", 21, "rule", "BY_WEIGHT")));
        cycleBody.put("subsidies", List.of(Map.of("label", "Province", "percent", 10, "capPerMember", 50)));

        List<Hostile> cases = List.of(
                new Hostile("coordinator", "POST", "/api/members", "[" + json(memberBody) + "]", "body"),
                new Hostile("coordinator", "POST", "/api/members", with(memberBody, "code", "1234"), "code"),
                new Hostile("coordinator", "POST", "/api/members", with(memberBody, "name", "true"), "name"),
                new Hostile("coordinator", "POST", "/api/members", with(memberBody, "kbo", "207000176"), "kbo"),
                new Hostile("coordinator", "POST", "/api/members", with(memberBody, "address", "[{\"city\": \"Namur\"}]"), "address"),
                new Hostile("coordinator", "POST", "/api/members", with(memberBody, "address/zip", "\"5000\""), "address.zip"),
                new Hostile("coordinator", "POST", "/api/members", with(memberBody, "colour", "\"blue\""), "colour"),
                new Hostile("coordinator", "POST", "/api/suppliers", "[" + json(supplierBody) + "]", "body"),
                new Hostile("coordinator", "POST", "/api/suppliers", with(supplierBody, "minimumOrderValue", "\"100\""), "minimumOrderValue"),
                new Hostile("coordinator", "POST", "/api/suppliers", with(supplierBody, "iban", "68539007547034"), "iban"),
                new Hostile("coordinator", "POST", "/api/users", with(userBody, "role", "[\"BUYER\"]"), "role"),
                new Hostile("coordinator", "POST", "/api/users", with(userBody, "password", "12345678901"), "password"),
                new Hostile("coordinator", "POST", "/api/users", with(userBody, "admin", "true"), "admin"),
                new Hostile("coordinator", "PUT", "/api/settings/issuer", with(issuerBody, "paymentTermsDays", "30.5"), "paymentTermsDays"),
                new Hostile("coordinator", "PUT", "/api/settings/issuer", with(issuerBody, "paymentTermsDays", "4294967326"), "paymentTermsDays"),
                new Hostile("coordinator", "POST", "/api/framework-agreements",
                        with(agreementBody, "lots", "{\"code\": \"1\", \"ceiling\": 5000}"), "lots"),
                new Hostile("coordinator", "POST", "/api/framework-agreements", with(agreementBody, "lots/0/ceiling", "\"5000\""), "lots[0].ceiling"),
                new Hostile("coordinator", "POST", "/api/cycles", "[" + json(cycleBody) + "]", "body"),
                new Hostile("coordinator", "POST", "/api/cycles", with(cycleBody, "catalogue", TWO_TO_THE_64_PLUS_ONE), "catalogue"),
                new Hostile("coordinator", "POST", "/api/cycles", with(cycleBody, "catalogue", "1.5"), "catalogue"),
                new Hostile("coordinator", "POST", "/api/cycles", with(cycleBody, "title", "42"), "title"),
                new Hostile("coordinator", "POST", "/api/cycles", with(cycleBody, "sharedCosts/0/amount", "\"120\""), "sharedCosts[0].amount"),
                new Hostile("coordinator", "POST", "/api/cycles",
                        with(cycleBody, "sharedCosts", "{\"label\": \"Transport\", \"amount\": 120, \"vatRate\": 21, \"rule\": \"EQUAL\"}"), "sharedCosts"),
                new Hostile("coordinator", "POST", "/api/cycles", with(cycleBody, "subsidies/0/percent", "true"), "subsidies[0].percent"),
                new Hostile("coordinator", "POST", "/api/members", "", "body"),
                new Hostile("coordinator", "POST", "/api/members", "{\"code\": \"X\", ", "body"));
        refusedAll(cases);

        assertThat(coordinator().get("/api/members").json().size()).isEqualTo(membersBefore);
        assertThat(coordinator().get("/api/cycles").json().size()).isEqualTo(cyclesBefore);
        Api.Reply registered = coordinator().postJson("/api/members", memberBody);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Api.Reply created = coordinator().postJson("/api/cycles", with(cycleBody, "subsidies/0/capPerMember", "null"));
        assertThat(created.status()).as("an explicit null is an absent optional field: " + created).isEqualTo(201);
    }

    @Test
    void hostileOrdersAreRefusedFieldByFieldAndTheOrderStaysAsItWas() {
        long cycle = fixtures.openCycle("Commandes hostiles " + unique(), "TOLERANCE", "PROPORTIONAL");
        String path = orderPath(cycle, "CPAS-NAMUR");
        Map<String, Object> four = order("BC-HOSTILE", line("LEG-001", "6"), line("CON-001", "2"), line("HYG-003", "1"), line("MEN-003", "6"));
        four.put("version", 0);

        refusedAll(List.of(
                new Hostile("cpas-namur", "PUT", path, "[" + json(four) + "]", "body"),
                new Hostile("cpas-namur", "PUT", path, with(four, "version", TWO_TO_THE_64_PLUS_ONE), "version"),
                new Hostile("cpas-namur", "PUT", path, with(four, "version", "1.5"), "version"),
                new Hostile("cpas-namur", "PUT", path, with(four, "version", "\"0\""), "version"),
                new Hostile("cpas-namur", "PUT", path, with(four, "lines/3/quantity", "\"6\""), "lines[3].quantity"),
                new Hostile("cpas-namur", "PUT", path, with(four, "lines/2/product", "7"), "lines[2].product"),
                new Hostile("cpas-namur", "PUT", path, with(four, "lines/0/max", "true"), "lines[0].max"),
                new Hostile("cpas-namur", "PUT", path, with(four, "lines/1/price", "0"), "lines[1].price"),
                new Hostile("cpas-namur", "PUT", path, with(four, "lines", "[null]"), "lines[0]"),
                new Hostile("cpas-namur", "PUT", path, with(four, "lines", "{\"product\": \"LEG-001\", \"quantity\": 6}"), "lines"),
                new Hostile("cpas-namur", "PUT", path, with(four, "purchaseOrderRef", "{\"ref\": \"x\"}"), "purchaseOrderRef"),
                new Hostile("cpas-namur", "PUT", path, "", "body"),
                new Hostile("cpas-namur", "PUT", path, "null", "body"),
                new Hostile("cpas-namur", "PUT", path, "{\"lines\": [{\"product\": \"LEG-001\", \"quantity\": ", "body"),
                new Hostile("cpas-namur", "PUT", path, "{\"version\": 0, \"version\": 5, \"lines\": []}", "body")));

        JsonNode untouched = as("cpas-namur").get(path).json();
        assertThat(untouched.path("version").asLong()).as(untouched.toString()).isZero();
        assertThat(untouched.path("lines")).isEmpty();
        Api.Reply placed = as("cpas-namur").putJson(path, four);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        assertThat(placed.json().path("lines")).hasSize(4);
    }

    @Test
    void hostileReceptionsAndCreditNotesAreRefusedAndTheValidOnesStillWork() {
        Map<String, Object> settings = Fixtures.cycle("Réception hostile " + unique(), "ROUND_UP", "PROPORTIONAL");
        settings.put("deliveryDate", LocalDate.now().plusDays(3).toString());
        long cycle = fixtures.sent(settings, List.of(memberOrder("CPAS-NAMUR", null, line("LEG-001", "60"), line("HYG-001", "24")),
                memberOrder("CPAS-ANDENNE", null, line("LEG-001", "40"), line("CON-001", "12"))));
        List<Map<String, Object>> delivered = List.of(reception("LEG-001", "CPAS-NAMUR", "59.35"), reception("LEG-001", "CPAS-ANDENNE", "40.65"),
                reception("HYG-001", null, "24"), reception("CON-001", null, "12"));
        Map<String, Object> receptionBody = Map.of("lines", delivered);
        String receptionPath = "/api/cycles/" + cycle + "/reception";

        refusedAll(List.of(
                new Hostile("coop", "POST", receptionPath, "[" + json(receptionBody) + "]", "body"),
                new Hostile("coop", "POST", receptionPath, with(receptionBody, "lines/2/quantity", "\"24\""), "lines[2].quantity"),
                new Hostile("coop", "POST", receptionPath, with(receptionBody, "lines/0/lot", "123"), "lines[0].lot"),
                new Hostile("coop", "POST", receptionPath, with(receptionBody, "lines/1/member", "false"), "lines[1].member"),
                new Hostile("coop", "POST", receptionPath, with(receptionBody, "lines/3/temperature", "4"), "lines[3].temperature"),
                new Hostile("coop", "POST", receptionPath, "{\"lines\": " + json(delivered.get(0)) + "}", "lines")));
        assertThat(fixtures.cycleAsCoordinator(cycle).path("status").asText()).isEqualTo("ORDERED");
        fixtures.receive(cycle, delivered);

        JsonNode invoices = fixtures.issueInvoices(cycle).json();
        String invoice = invoices.get(0).path("number").asText();
        String creditPath = "/api/invoices/" + invoice + "/credit-notes";
        refusedAll(List.of(
                new Hostile("finance", "POST", creditPath, "[{\"reason\": \"x\"}]", "body"),
                new Hostile("finance", "POST", creditPath, "{\"reason\": \"x\", \"lines\": [{\"line\": 4294967297, \"quantity\": 1}]}", "lines[0].line"),
                new Hostile("finance", "POST", creditPath, "{\"reason\": \"x\", \"lines\": [{\"line\": 1.5, \"quantity\": 1}]}", "lines[0].line"),
                new Hostile("finance", "POST", creditPath, "{\"reason\": \"x\", \"lines\": [{\"quantity\": 1}]}", "lines[0].line"),
                new Hostile("finance", "POST", creditPath, "{\"reason\": \"x\", \"lines\": [{\"line\": 1, \"quantity\": \"1\"}]}", "lines[0].quantity"),
                new Hostile("finance", "POST", creditPath, "{\"reason\": 42}", "reason"),
                new Hostile("finance", "POST", creditPath, "{\"reason\": [\"x\"]}", "reason"),
                new Hostile("finance", "POST", creditPath, "{\"reason\": \"x\", \"amount\": 100}", "amount"),
                new Hostile("finance", "POST", creditPath, "{\"reason\": \"x\", \"lines\": {\"line\": 1, \"quantity\": 1}}", "lines"),
                new Hostile("finance", "POST", creditPath, "{\"reason\": \"a\", \"reason\": \"b\"}", "body"),
                new Hostile("finance", "POST", creditPath, "\"Facture annulée\"", "body"),
                new Hostile("finance", "POST", creditPath, "   ", "body"),
                new Hostile("finance", "POST", creditPath, "{\"reason\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}", "body"),
                new Hostile("finance", "POST", creditPath, "{\"reason\": \"x\", \"lines\": [{\"line\": 1" + "0".repeat(5000) + "}]}", "body"),
                new Hostile("finance", "POST", creditPath, "{\"reason\": \"x\", \"lines\": [{\"line\": 1, \"quantity\": 1e999999999}]}",
                        "lines[0].quantity")));

        JsonNode uncredited = as("finance").get("/api/invoices/" + invoice, "application/json").json();
        assertThat(uncredited.path("creditNotes")).as(uncredited.toString()).isEmpty();
        Api.Reply partial = as("finance").postJson(creditPath, Map.of("reason", "Un article abîmé", "lines", List.of(Map.of("line", 1, "quantity", 1))));
        assertThat(partial.status()).as(partial.toString()).isEqualTo(201);
        assertThat(partial.json().path("lines")).hasSize(1);
        assertThat(partial.json().path("lines").get(0).path("line").asInt()).isEqualTo(1);
    }

    @Test
    void aJsonBodyUnderAnotherMediaTypeOrWithoutOneIsRefusedAsAProblem() {
        String body = json(Fixtures.memberBody("ASBL-" + unique(), Fixtures.anyKbo()));
        Api.Reply plain = coordinator().post("/api/members", "text/plain", body);
        assertThat(plain.status()).as(plain.toString()).isEqualTo(415);
        assertThat(plain.contentType()).startsWith("application/problem+json");

        Api.Reply untyped = coordinator().send(coordinator().request("/api/members").POST(HttpRequest.BodyPublishers.ofString("[" + body + "]")).build());
        assertThat(untyped.status()).as("without a Content-Type the body is still read strictly: " + untyped).isEqualTo(400);
        assertThat(untyped.contentType()).startsWith("application/problem+json");
        assertThat(fields(untyped.json())).containsExactly("body");
    }

    /** Sends every case and checks each answer, reporting all that fail at once. */
    private void refusedAll(List<Hostile> cases) {
        SoftAssertions softly = new SoftAssertions();
        for (Hostile c : cases) {
            Api api = as(c.login());
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString(c.body());
            Api.Reply reply = api.send(api.request(c.path()).header("Content-Type", "application/json").method(c.method(), body).build());
            String what = c.method() + " " + c.path() + " " + abbreviated(c.body()) + " → " + reply;
            softly.assertThat(reply.status()).as(what).isEqualTo(400);
            softly.assertThat(reply.contentType()).as(what).startsWith("application/problem+json");
            if (reply.contentType().startsWith("application/problem+json")) {
                softly.assertThat(fields(reply.json())).as(what).contains(c.field());
            }
        }
        softly.assertAll();
    }

    private static String abbreviated(String body) {
        return body.length() <= 120 ? body : body.substring(0, 117) + "...";
    }

    private static String json(Object body) {
        try {
            return Api.JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid body with the JSON at the slash-separated path (indexes for list entries) replaced by raw JSON text. */
    private static String with(Object valid, String path, String raw) {
        try {
            JsonNode root = Api.JSON.valueToTree(valid);
            String[] steps = path.split("/");
            JsonNode parent = root;
            for (int i = 0; i < steps.length - 1; i++) {
                parent = parent.isArray() ? parent.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
            }
            JsonNode value = Api.JSON.readTree(raw);
            String last = steps[steps.length - 1];
            if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(last), value);
            } else {
                ((ObjectNode) parent).set(last, value);
            }
            return Api.JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
