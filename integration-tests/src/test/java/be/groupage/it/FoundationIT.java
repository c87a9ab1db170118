package be.groupage.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built WAR on Payara Micro against MariaDB, from outside: health, OpenAPI, and the first path
 * HTTP → JPA → MariaDB with the seeded demo data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FoundationIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private Api api() {
        return Api.at(base);
    }

    @Test
    void healthIsUpAndReadinessChecksTheDatabase() {
        Api.Reply ready = api().get("/health/ready");
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        JsonNode database = findCheck(ready.json(), "database");
        assertThat(database.path("status").asText()).isEqualTo("UP");
        assertThat(database.path("data").path("server").asText()).containsIgnoringCase("MariaDB");
        assertThat(api().get("/health").json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void openApiDescribesTheApi() {
        Api.Reply openapi = api().get("/openapi", "application/json");
        assertThat(openapi.status()).isEqualTo(200);
        JsonNode paths = openapi.json().path("paths");
        assertThat(paths.has("/api/members")).as(openapi.text()).isTrue();
        assertThat(paths.has("/api/catalogues/{id}/products")).isTrue();
    }

    /** Without an access point keystore the service receives nothing over Peppol, and says so (no stack trace, no 500). */
    @Test
    void peppolReceivingIsOffWithoutAKeystore() {
        Api.Reply as4 = api().post("/as4", "application/soap+xml", "<Envelope/>");
        assertThat(as4.status()).as(as4.toString()).isEqualTo(503);
        assertThat(as4.contentType()).startsWith("application/problem+json");
        assertThat(as4.json().path("type").asText()).isEqualTo("https://groupage.be/problems/peppol-not-receiving");
        assertThat(as4.json().path("detail").asText()).contains("groupage.peppol.keystore.path");
    }

    /** A client generator names a method after each operationId: two operations with one id break it. */
    @Test
    void everyOperationHasAnIdOfItsOwn() {
        JsonNode paths = api().get("/openapi", "application/json").json().path("paths");
        Map<String, List<String>> operations = new TreeMap<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode id = method.getValue().path("operationId");
            if (id.isTextual()) {
                operations.computeIfAbsent(id.asText(), k -> new ArrayList<>()).add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        assertThat(operations).hasSizeGreaterThan(30);
        assertThat(operations).allSatisfy((id, where) -> assertThat(where).as("operationId %s", id).hasSize(1));
    }

    /**
     * The rules of a standard linter ({@code @redocly/cli lint}, recommended) that a program reading the document
     * depends on, checked in Java so that the build needs no Node (docs/openapi.md): only the members OpenAPI 3.0
     * allows at the top (Payara adds {@code endpoints}), a server URL without a trailing slash, every operation with an
     * operationId and at least one 4xx answer, each 4xx answer a {@code Problem} as {@code application/problem+json},
     * and every reference resolved.
     */
    @Test
    void openApiPassesTheLintRulesAProgramDependsOn() {
        JsonNode doc = api().get("/openapi", "application/json").json();
        Set<String> allowed = Set.of("openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs");
        doc.fieldNames().forEachRemaining(name -> assertThat(allowed.contains(name) || name.startsWith("x-"))
                .as("top-level member %s is not allowed by OpenAPI 3.0", name).isTrue());
        assertThat(doc.path("servers")).isNotEmpty();
        doc.path("servers").forEach(server -> assertThat(server.path("url").asText())
                .as("server URL").matches(url -> url.equals("/") || !url.endsWith("/"), "has no trailing slash"));
        JsonNode problem = doc.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").fieldNames()).toIterable().contains("type", "title", "status", "detail", "errors");

        List<String> wrong = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String where = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            JsonNode operation = method.getValue();
            if (!operation.path("operationId").isTextual()) {
                wrong.add(where + ": no operationId");
            }
            List<String> codes = new ArrayList<>();
            operation.path("responses").fieldNames().forEachRemaining(codes::add);
            if (codes.stream().noneMatch(code -> code.startsWith("4"))) {
                wrong.add(where + ": no 4xx answer");
            }
            if (!codes.contains("401")) {
                wrong.add(where + ": no 401 answer");
            }
            codes.stream().filter(code -> code.startsWith("4")).forEach(code -> {
                JsonNode schema = operation.path("responses").path(code).path("content").path("application/problem+json").path("schema");
                if (!"#/components/schemas/Problem".equals(schema.path("$ref").asText())) {
                    wrong.add(where + ": " + code + " is not a Problem as application/problem+json");
                }
            });
        }));
        references(doc).forEach(ref -> {
            JsonNode target = doc.at(ref.substring(1));
            if (!ref.startsWith("#/") || target.isMissingNode()) {
                wrong.add("unresolved $ref " + ref);
            }
        });
        assertThat(wrong).isEmpty();
    }

    /**
     * The Java client of {@code GeneratedClientIT} is generated from a copy of the served document kept in the
     * repository; it must be the document the service serves, or the client proves nothing. On a difference the
     * served document is written where the message says: copy it over the checked-in one (docs/openapi.md).
     */
    @Test
    void theServedOpenApiIsTheCopyTheClientIsGeneratedFrom() throws IOException {
        JsonNode served = api().get("/openapi", "application/json").json();
        Path checkedIn = Path.of(System.getProperty("groupage.openapi.copy", "src/test/openapi/groupage.json"));
        Path written = Path.of(System.getProperty("groupage.it.workDir", "target"), "openapi", "groupage.json");
        Files.createDirectories(written.getParent());
        Files.writeString(written, Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
        assertThat(Api.JSON.readTree(checkedIn.toFile()).equals(served))
                .as("the served OpenAPI document differs from %s; the served one is in %s: copy it over (cp %s %s)",
                        checkedIn, written, written, checkedIn)
                .isTrue();
    }

    private static List<String> references(JsonNode node) {
        List<String> refs = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if ("$ref".equals(field.getKey()) && field.getValue().isTextual()) {
                    refs.add(field.getValue().asText());
                } else {
                    refs.addAll(references(field.getValue()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> refs.addAll(references(item)));
        }
        return refs;
    }

    @Test
    void coordinatorListsTheSeededMembers() {
        Api.Reply reply = api().demo("coordinator").get("/api/members");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode members = reply.json();
        assertThat(members.size()).isGreaterThanOrEqualTo(10);
        JsonNode namur = findByCode(members, "CPAS-NAMUR");
        assertThat(namur.path("kind").asText()).isEqualTo("CPAS");
        assertThat(namur.path("kbo").asText()).hasSize(10);
        assertThat(namur.path("address").path("city").asText()).isEqualTo("Jambes");
    }

    @Test
    void seededCatalogueProductsAreListedAndFiltered() {
        Api coordinator = api().demo("coordinator");
        JsonNode all = coordinator.get("/api/catalogues/1/products").json();
        assertThat(all.size()).isGreaterThanOrEqualTo(55);
        JsonNode organic = coordinator.get("/api/catalogues/1/products?label=organic").json();
        assertThat(organic.size()).isPositive().isLessThan(all.size());
        organic.forEach(p -> assertThat(p.path("label").asText()).isEqualTo("organic"));
        JsonNode hygiene = coordinator.get("/api/catalogues/1/products?q=savon").json();
        assertThat(hygiene.size()).isPositive();
        assertThat(hygiene.get(0).path("vatRate").decimalValue()).isEqualByComparingTo("21");
        // a buyer can browse the catalogue too
        assertThat(api().demo("cpas-namur").get("/api/catalogues/1/products").status()).isEqualTo(200);
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsProblemJson() {
        Api.Reply reply = api().get("/api/members");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(reply.json().path("status").asInt()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIs401AndSaysNothingAboutTheLogin() {
        Api.Reply wrongPassword = api().as("coordinator", "nope").get("/api/members");
        Api.Reply unknownLogin = api().as("nobody-here", "nope").get("/api/members");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownLogin.status()).isEqualTo(401);
        assertThat(wrongPassword.json().path("detail").asText()).isEqualTo(unknownLogin.json().path("detail").asText());
    }

    @Test
    void aBuyerGets403ForTheMemberListAnd404ForAnotherMember() {
        Api buyer = api().demo("cpas-namur");
        assertThat(buyer.get("/api/members").status()).isEqualTo(403);
        assertThat(buyer.get("/api/members/CPAS-NAMUR").status()).isEqualTo(200);
        Api.Reply other = buyer.get("/api/members/CPAS-ANDENNE");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
        // the same answer as for a member that does not exist
        assertThat(buyer.get("/api/members/NO-SUCH-MEMBER").json().path("type").asText())
                .isEqualTo(other.json().path("type").asText());
    }

    private static JsonNode findCheck(JsonNode health, String name) {
        for (JsonNode check : health.path("checks")) {
            if (name.equals(check.path("name").asText())) {
                return check;
            }
        }
        throw new AssertionError("No health check " + name + " in " + health);
    }

    static JsonNode findByCode(JsonNode array, String code) {
        for (JsonNode node : array) {
            if (code.equals(node.path("code").asText())) {
                return node;
            }
        }
        throw new AssertionError("No " + code + " in " + array);
    }
}
