package be.groupage.it;

import be.groupage.core.catalogue.CodeKey;
import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static be.groupage.it.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests the container sees before the API does, and races the database settles at commit:
 * unknown paths, wrong methods, media types the operation does not take or give, encoded traversals
 * ({@code %2F}, {@code %2E%2E}, {@code %5C}, {@code ;} path parameters), one code registered by twelve
 * requests at once, codes the database's collation calls equal ({@code ABC-1}/{@code abc-1},
 * {@code CAFÉ}/{@code CAFE}) and a CSV with an unclosed quote. Every answer under {@code /api} is
 * {@code application/problem+json} with the status the client can act on; none is 500, none is HTML, and
 * no traversal serves another resource.
 */
class ContainerErrorsIT extends AgainstTheWar {

    private static final String HEADER = "code;name;unit;case_size;price;vat_rate\n";

    @Test
    void twelveConcurrentRegistrationsOfOneCodeGiveOneCreatedAndElevenConflicts() throws Exception {
        String code = "ASBL-RACE-" + unique();
        List<Api.Reply> replies = atOnce(12, () -> coordinator().postJson("/api/members", Fixtures.memberBody(code, Fixtures.anyKbo())));

        assertThat(replies).filteredOn(r -> r.status() == 201).as(replies.toString()).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() == 409).as(replies.toString()).hasSize(11)
                .allSatisfy(r -> {
                    assertProblem(r, 409);
                    assertThat(r.json().path("detail").asText()).contains(code);
                });
        assertThat(Stored.count("SELECT COUNT(*) FROM member WHERE code = ?", code)).isEqualTo(1);
        assertThat(coordinator().get("/api/members/" + code).status()).isEqualTo(200);
    }

    @Test
    void twelveConcurrentAccountsOfOneLoginGiveOneCreatedAndElevenConflicts() throws Exception {
        String login = "race-" + unique().toLowerCase();
        List<Api.Reply> replies = atOnce(12, () -> coordinator().postJson("/api/users", java.util.Map.of("login", login,
                "password", "long-enough-secret", "role", "BUYER", "member", "CPAS-NAMUR")));

        assertThat(replies).filteredOn(r -> r.status() == 201).as(replies.toString()).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() == 409).as(replies.toString()).hasSize(11)
                .allSatisfy(r -> assertProblem(r, 409));
        assertThat(Stored.count("SELECT COUNT(*) FROM app_user WHERE login = ?", login)).isEqualTo(1);
    }

    @Test
    void aCodeOrLoginTakenAlreadyIsAConflict() throws Exception {
        String code = "ASBL-CASE-" + unique();
        assertThat(coordinator().postJson("/api/members", Fixtures.memberBody(code, Fixtures.anyKbo())).status()).isEqualTo(201);
        String login = "case-" + unique().toLowerCase();
        Api.Reply user = coordinator().postJson("/api/users", java.util.Map.of("login", login, "password", "long-enough-secret",
                "role", "BUYER", "member", code));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);

        Api.Reply again = coordinator().postJson("/api/users", java.util.Map.of("login", login, "password", "long-enough-secret",
                "role", "BUYER", "member", code));

        assertProblem(again, 409);
        assertThat(Stored.count("SELECT COUNT(*) FROM member WHERE code = ?", code)).isEqualTo(1);
    }

    @Test
    void productCodesDifferingOnlyByCaseOrAccentInOneCatalogueAreALineAndColumnError() {
        Api coop = Api.at(base).demo("coop");
        String csv = HEADER
                + "ABC-1;Carottes;kg;10;1,80;6\n"
                + "abc-1;Carottes encore;kg;10;1,80;6\n"
                + "CAFÉ;Café moulu;pièce;12;4,20;6\n"
                + "CAFE;Café en grains;pièce;12;4,90;6\n"
                + "Cafe-2;Café;pièce;12;4,90;6\n";

        Api.Reply refused = coop.post("/api/suppliers/COOP-NAMUR/catalogues", "text/csv", csv);

        assertProblem(refused, 400);
        JsonNode errors = refused.json().path("errors");
        assertThat(errors.size()).as(refused.toString()).isEqualTo(2);
        assertThat(errors.get(0).path("line").asInt()).isEqualTo(3);
        assertThat(errors.get(0).path("column").asText()).isEqualTo("code");
        assertThat(errors.get(0).path("message").asText()).contains("ABC-1").contains("2");
        assertThat(errors.get(1).path("line").asInt()).isEqualTo(5);
        assertThat(errors.get(1).path("message").asText()).contains("CAFÉ").contains("4");
    }

    @Test
    void theCodeKeyCallsEqualExactlyWhatMariaDbsCollationCallsEqual() throws Exception {
        String[][] pairs = {
                {"ABC-1", "abc-1"}, {"CAFÉ", "CAFE"}, {"café", "CAFE"}, {"Ærø", "AERO"}, {"straße", "STRASSE"},
                {"ÇA-VA", "ca-va"}, {"naïve", "NAIVE"}, {"ŒUF", "oeuf"}, {"Ñ-1", "n-1"}, {"ABC-1", "ABC-2"},
                {"A-1", "A1"}, {"A-1", "A_1"}, {"ØRE", "ORE"}, {"Ł-1", "L-1"}, {"ﬁ-1", "FI-1"}, {"Ａ-1", "A-1"},
                {"A1", "A 1"}, {"x", "×"}, {"ß", "s"}, {"ı", "I"}, {"İ", "i"}
        };
        SoftAssertions soft = new SoftAssertions();
        for (String[] pair : pairs) {
            boolean database = "1".equals(Stored.column("SELECT CAST(? AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci "
                    + "= CAST(? AS CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci", pair[0], pair[1]).get(0));
            soft.assertThat(CodeKey.of(pair[0]).equals(CodeKey.of(pair[1]))).as(pair[0] + " vs " + pair[1] + " (MariaDB: " + database + ")")
                    .isEqualTo(database);
        }
        soft.assertAll();
    }

    @Test
    void aCsvWithAnUnclosedQuoteIsALineAndColumnErrorInPlainWords() {
        Api coop = Api.at(base).demo("coop");
        String csv = HEADER
                + "Q1;Carottes;kg;10;1,80;6\n"
                + "Q2;\"Navets du Try;kg;10;1,20;6\n"
                + "Q3;Poireaux;kg;10;2,00;6\n";

        Api.Reply refused = coop.post("/api/suppliers/COOP-NAMUR/catalogues", "text/csv", csv);

        assertProblem(refused, 400);
        JsonNode error = refused.json().path("errors").get(0);
        assertThat(error.path("line").asInt()).as(refused.toString()).isEqualTo(3);
        assertThat(error.path("column").asText()).isEqualTo("name");
        assertThat(refused.text()).doesNotContainIgnoringCase("exception").doesNotContain("java.").doesNotContain("org.apache");
    }

    @Test
    void unknownPathsWrongMethodsAndMediaTypesAreProblems() {
        SoftAssertions soft = new SoftAssertions();
        Api coordinator = coordinator();

        Api.Reply unknown = coordinator.get("/api/no-such-thing");
        soft.assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        soft.assertThat(unknown.contentType()).as(unknown.toString()).startsWith("application/problem+json");

        Api.Reply unknownAnonymous = coordinator.anonymous().get("/api/no-such-thing/at/all");
        soft.assertThat(unknownAnonymous.status()).as(unknownAnonymous.toString()).isIn(401, 404);
        soft.assertThat(unknownAnonymous.contentType()).as(unknownAnonymous.toString()).startsWith("application/problem+json");

        Api.Reply wrongMethod = coordinator.send(coordinator.request("/api/members").method("DELETE", HttpRequest.BodyPublishers.noBody()).build());
        soft.assertThat(wrongMethod.status()).as(wrongMethod.toString()).isEqualTo(405);
        soft.assertThat(wrongMethod.contentType()).as(wrongMethod.toString()).startsWith("application/problem+json");
        soft.assertThat(wrongMethod.header("Allow")).as(wrongMethod.toString()).isNotNull().contains("GET").contains("POST");

        Api.Reply unsupported = coordinator.post("/api/members", "application/xml", "<member/>");
        soft.assertThat(unsupported.status()).as(unsupported.toString()).isEqualTo(415);
        soft.assertThat(unsupported.contentType()).as(unsupported.toString()).startsWith("application/problem+json");

        Api.Reply page = coordinator.anonymous().get("/no-such-page.html");
        soft.assertThat(page.status()).as(page.toString()).isEqualTo(404);
        soft.assertThat(page.text()).as(page.toString()).doesNotContain("Payara").contains("Erreur 404");

        Api.Reply notAcceptable = coordinator.get("/api/members", "image/png");
        soft.assertThat(notAcceptable.status()).as(notAcceptable.toString()).isEqualTo(406);
        soft.assertThat(notAcceptable.contentType()).as(notAcceptable.toString()).startsWith("application/problem+json");
        soft.assertAll();
    }

    @Test
    void encodedTraversalsAreRefusedAndServeNothingElse() {
        Api coordinator = coordinator();
        List<String> paths = List.of(
                "/api/members/..%2F..%2Findex.html",
                "/api/members/..%2f..%2fsign-in",
                "/api/members/%2E%2E/%2E%2E/index.html",
                "/api/members/%2e%2e%2F%2e%2e%2Fapi%2Fusers",
                "/api/members/CPAS-NAMUR;jsessionid=x",
                "/api/members/CPAS-NAMUR;x=y",
                "/api/members;x=y/CPAS-NAMUR",
                "/api/members/..;/..;/index.html",
                "/api/members/%252E%252E%252Findex.html",
                "/api/suppliers/COOP-NAMUR%2Fcatalogues");
        SoftAssertions soft = new SoftAssertions();
        for (String path : paths) {
            Api.Reply reply = coordinator.send(HttpRequest.newBuilder(URI.create(coordinator.uri("/").toString() + path.substring(1)))
                    .header("Authorization", basic("coordinator", "demo")).GET().build());
            soft.assertThat(reply.status()).as(path + " → " + reply).isIn(400, 404);
            soft.assertThat(reply.contentType()).as(path + " → " + reply).startsWith("application/problem+json");
            soft.assertThat(reply.text()).as(path).doesNotContainIgnoringCase("<html").doesNotContain("\"login\"");
        }
        // Payara refuses a backslash itself, before the application: an empty 400, which serves nothing either.
        Api.Reply backslash = coordinator.send(HttpRequest.newBuilder(URI.create(coordinator.uri("/").toString()
                + "api/members/..%5C..%5Cindex.html")).header("Authorization", basic("coordinator", "demo")).GET().build());
        soft.assertThat(backslash.status()).as(backslash.toString()).isEqualTo(400);
        soft.assertThat(backslash.text()).as(backslash.toString()).doesNotContainIgnoringCase("<html").doesNotContain("\"login\"");
        soft.assertAll();
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        assertThat(reply.json().path("status").asInt()).isEqualTo(status);
        assertThat(reply.json().path("type").asText()).startsWith("https://groupage.be/problems/");
    }

    private static String basic(String login, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((login + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Sends the same request from {@code n} threads released at the same moment, and waits for every answer. */
    private static List<Api.Reply> atOnce(int n, java.util.function.Supplier<Api.Reply> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return request.get();
                }));
            }
            start.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> f : futures) {
                replies.add(f.get(90, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            threads.shutdownNow();
        }
    }
}
