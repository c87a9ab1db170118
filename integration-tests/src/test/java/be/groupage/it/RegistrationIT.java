package be.groupage.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

import static be.groupage.it.Checks.fields;
import static be.groupage.it.Fixtures.kbo;
import static be.groupage.it.Fixtures.memberBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator registers members, cooperatives and accounts, sets the invoicing party; a supplier
 * uploads its catalogue. Bad input is always a 4xx problem+json naming what is wrong, with nothing written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private Api coordinator() {
        return Api.at(base).demo("coordinator");
    }

    @Test
    void theCoordinatorRegistersAMemberWhoCanThenBeRead() {
        Api.Reply created = coordinator().postJson("/api/members", memberBody("ASBL-NEW-ONE", kbo(4_700_001)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/members/ASBL-NEW-ONE");
        assertThat(created.json().path("kbo").asText()).isEqualTo(kbo(4_700_001));
        assertThat(coordinator().get("/api/members/ASBL-NEW-ONE").json().path("deliveryPoint").asText()).isEqualTo("Local de ASBL-NEW-ONE");

        Api.Reply again = coordinator().postJson("/api/members", memberBody("ASBL-NEW-ONE", kbo(4_700_001)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void everyErrorOfABadMemberIsNamedAndNothingIsWritten() {
        Map<String, Object> bad = Map.of("code", "bad code!", "kind", "CLUB", "kbo", "0123456789",
                "address", Map.of("street", "", "postalCode", "5000", "city", "Namur", "country", "Belgique"),
                "deliveryPoint", "x", "email", "not-an-email");
        int before = coordinator().get("/api/members").json().size();

        Api.Reply reply = coordinator().postJson("/api/members", bad);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.path("type").asText()).endsWith("/invalid-input");
        assertThat(fields(problem)).contains("code", "name", "kind", "kbo", "address.street", "address.country", "email");
        assertThat(coordinator().get("/api/members").json().size()).isEqualTo(before);
    }

    @Test
    void malformedJsonAndAWrongMediaTypeAre4xxProblems() {
        Api.Reply malformed = coordinator().post("/api/members", "application/json", "{\"code\": \"X\", ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        Api.Reply wrongType = coordinator().post("/api/members", "application/xml", "<member/>");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anOversizeBodyIsRefusedWith413() {
        String huge = "{\"code\":\"" + "A".repeat(1_200_000) + "\"}";
        // As a well-behaved client sending a large body would: announce it and wait for the go-ahead.
        Api.Reply reply = coordinator().send(coordinator().request("/api/members").header("Content-Type", "application/json")
                .expectContinue(true).POST(java.net.http.HttpRequest.BodyPublishers.ofString(huge)).build());
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aNewBuyerAccountSignsInAndSeesOnlyItsMember() {
        coordinator().postJson("/api/members", memberBody("ASBL-WITH-USER", kbo(4_700_002)));
        Api.Reply created = coordinator().postJson("/api/users",
                Map.of("login", "asbl-with-user", "password", "s3cret-pass-phrase", "role", "BUYER", "member", "ASBL-WITH-USER"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text()).doesNotContain("s3cret").doesNotContain("PBKDF2");

        Api buyer = Api.at(base).as("asbl-with-user", "s3cret-pass-phrase");
        assertThat(buyer.get("/api/members/ASBL-WITH-USER").status()).isEqualTo(200);
        assertThat(buyer.get("/api/members/CPAS-NAMUR").status()).isEqualTo(404);
        assertThat(Api.at(base).as("asbl-with-user", "wrong-pass").get("/api/members/ASBL-WITH-USER").status()).isEqualTo(401);
    }

    @Test
    void aBuyerAccountNeedsAMemberAndAShortPasswordIsRefused() {
        Api.Reply reply = coordinator().postJson("/api/users", Map.of("login", "lonely-buyer", "password", "short", "role", "BUYER"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply.json())).contains("password", "member");
        assertThat(Api.at(base).as("lonely-buyer", "short").get("/api/catalogues/1/products").status()).isEqualTo(401);
    }

    @Test
    void aSupplierUploadsItsCatalogueBadFileFirstThenAGoodOne() {
        Api coop = Api.at(base).demo("coop");
        int versionsBefore = coop.get("/api/suppliers/COOP-NAMUR/catalogues").json().size();
        String bad = "code;name;unit;case_size;price;vat_rate\n"
                + "A1;Carottes;kg;10;1,80;6\n"
                + "A2;Navets;boîte;10;1,20;6\n"
                + "A3;Poireaux;kg;0;-2;6\n"
                + "A1;Doublon;kg;5;1;6\n";

        Api.Reply refused = coop.post("/api/suppliers/COOP-NAMUR/catalogues", "text/csv", bad);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonNode errors = refused.json().path("errors");
        assertThat(errors.size()).isGreaterThanOrEqualTo(4);
        assertThat(errors.findValues("line").stream().map(JsonNode::asInt).toList()).contains(3, 4, 5);
        assertThat(errors.findValues("column").stream().map(JsonNode::asText).toList()).contains("unit", "case_size", "price", "code");
        assertThat(coop.get("/api/suppliers/COOP-NAMUR/catalogues").json().size()).isEqualTo(versionsBefore);

        String good = "\uFEFFcode;name;producer;unit;case_size;price;vat_rate;label\n"
                + "A1;Carottes;Ferme du Try;kg;10;1,80;6;bio\n"
                + "A2;Savon;Savonnerie;pièce;12;2,15;21;\n";
        Api.Reply imported = coop.post("/api/suppliers/COOP-NAMUR/catalogues", "text/csv", good);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().path("version").asInt()).isEqualTo(versionsBefore + 1);
        assertThat(imported.json().path("productCount").asInt()).isEqualTo(2);
        JsonNode products = coop.get("/api/catalogues/" + imported.json().path("id").asLong() + "/products").json();
        assertThat(products.findValues("code").stream().map(JsonNode::asText).toList()).containsExactlyInAnyOrder("A1", "A2");
    }

    @Test
    void aSupplierCannotUploadForAnotherCooperativeNorABuyerAtAll() {
        Api.Reply registered = coordinator().postJson("/api/suppliers", Map.of("code", "COOP-OTHER", "name", "Autre coopérative",
                "kbo", kbo(8_100_001), "vatNumber", "BE" + kbo(8_100_001), "iban", "BE68539007547034", "bic", "GKCCBEBB",
                "address", Map.of("street", "Rue 1", "postalCode", "5000", "city", "Namur", "country", "BE"),
                "minimumOrderValue", 100));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String csv = "code;name;unit;case_size;price;vat_rate\nZ1;Pommes;kg;10;1,50;6\n";
        assertThat(Api.at(base).demo("coop").post("/api/suppliers/COOP-OTHER/catalogues", "text/csv", csv).status()).isEqualTo(404);
        assertThat(Api.at(base).demo("cpas-namur").post("/api/suppliers/COOP-NAMUR/catalogues", "text/csv", csv).status()).isEqualTo(403);
        assertThat(coordinator().post("/api/suppliers/COOP-OTHER/catalogues", "text/csv", csv).status()).isEqualTo(201);
    }

    @Test
    void aSupplierWithABadIbanIsRefused() {
        Api.Reply reply = coordinator().postJson("/api/suppliers", Map.of("code", "COOP-BAD", "name", "X",
                "kbo", kbo(8_100_002), "vatNumber", "BE" + kbo(8_100_002), "iban", "BE68539007547035",
                "address", Map.of("street", "Rue 1", "postalCode", "5000", "city", "Namur", "country", "BE")));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply.json())).containsExactly("iban");
    }

    @Test
    void theCoordinatorReadsAndChangesTheInvoicingParty() {
        JsonNode issuer = coordinator().get("/api/settings/issuer").json();
        assertThat(issuer.path("vatNumber").asText()).startsWith("BE");
        Map<String, Object> changed = Map.of("name", issuer.path("name").asText(), "kbo", issuer.path("kbo").asText(),
                "vatNumber", issuer.path("vatNumber").asText(), "iban", "BE68 5390 0754 7034", "bic", "GKCCBEBB",
                "address", Map.of("street", "Rue Martine Bourtonbourt 2", "postalCode", "5000", "city", "Namur", "country", "BE"),
                "seriesPrefix", "", "paymentTermsDays", 45);
        Api.Reply put = coordinator().putJson("/api/settings/issuer", changed);
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.json().path("iban").asText()).isEqualTo("BE68539007547034");
        assertThat(coordinator().get("/api/settings/issuer").json().path("paymentTermsDays").asInt()).isEqualTo(45);
        assertThat(Api.at(base).demo("finance").get("/api/settings/issuer").status()).isEqualTo(403);
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyCreatesOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = memberBody("ASBL-IDEMPOTENT", kbo(4_700_003));
        var first = coordinator().send(coordinator().request("/api/members").header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(java.net.http.HttpRequest.BodyPublishers.ofString(json(body))).build());
        var second = coordinator().send(coordinator().request("/api/members").header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(java.net.http.HttpRequest.BodyPublishers.ofString(json(body))).build());

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.json()).isEqualTo(first.json());

        Map<String, Object> other = memberBody("ASBL-IDEMPOTENT-2", kbo(4_700_004));
        var reused = coordinator().send(coordinator().request("/api/members").header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(java.net.http.HttpRequest.BodyPublishers.ofString(json(other))).build());
        assertThat(reused.status()).isEqualTo(409);
    }

    private static String json(Object value) {
        try {
            return Api.JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
