package be.groupage.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static be.groupage.it.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling with the default thresholds, against the real service: a login's wrong passwords
 * are answered 401 four times for free, then each further attempt must wait 1, 2, 4, 8 and 16 seconds
 * (429 with {@code Retry-After} when it comes sooner), and the tenth failure locks the login for 15
 * minutes, its right password included, with one audit line. A login that does not exist goes through
 * exactly the same answers. All requests come from 127.0.0.1, whose own threshold (30 failures) this
 * class stays under: another login signs in from there meanwhile.
 */
class SignInThrottlingIT extends AgainstTheWar {

    @Test
    void tenWrongPasswordsLockALoginWhetherItExistsOrNot_theRightPasswordToo_andTheLockIsAuditedOnce() throws Exception {
        String login = "throttled-" + unique().toLowerCase(Locale.ROOT);
        String password = "the-right-one-" + unique().toLowerCase(Locale.ROOT);
        Api.Reply created = coordinator().postJson("/api/users", Map.of("login", login, "password", password, "role", "BUYER", "member", "CPAS-NAMUR"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String nobody = "nobody-" + unique().toLowerCase(Locale.ROOT);
        Api api = Api.at(base);

        List<Integer> known = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        int failures = 0;
        while (failures < 10) {
            Api.Reply existing = api.as(login, "guess-" + failures).get("/api/me");
            Api.Reply missing = api.as(nobody, "guess-" + failures).get("/api/me");
            known.add(existing.status());
            unknown.add(missing.status());
            assertThat(missing.status()).as("the unknown login is answered like the existing one: " + missing).isEqualTo(existing.status());
            if (existing.status() == 401) {
                failures++;
                continue;
            }
            assertTooManyAttempts(existing);
            assertTooManyAttempts(missing);
            assertThat(missing.header("Retry-After")).isEqualTo(existing.header("Retry-After"));
            assertThat(existing.json().path("detail").asText()).isEqualTo(missing.json().path("detail").asText());
            Thread.sleep(Long.parseLong(existing.header("Retry-After")) * 1000 + 200);
        }
        assertThat(known).as("four free failures, then a wait after each").containsExactly(
                401, 401, 401, 401, 401, 429, 401, 429, 401, 429, 401, 429, 401, 429, 401);
        assertThat(unknown).isEqualTo(known);

        // locked: the right password is refused too, for 15 minutes, by Basic and by the sign-in form
        Api.Reply right = api.as(login, password).get("/api/me");
        assertTooManyAttempts(right);
        assertThat(Long.parseLong(right.header("Retry-After"))).isBetween(800L, 900L);
        Api.Reply missing = api.as(nobody, password).get("/api/me");
        assertTooManyAttempts(missing);
        assertThat(Long.parseLong(missing.header("Retry-After"))).isBetween(800L, 900L);

        Api.Reply form = api.send(HttpRequest.newBuilder(api.uri("/auth/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Groupage-Csrf", "1")
                .POST(HttpRequest.BodyPublishers.ofString("login=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8))).build());
        assertThat(form.status()).as(form.toString()).isEqualTo(429);
        assertThat(form.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(form.header("Retry-After"))).isBetween(800L, 900L);
        assertThat(form.json().path("detail").asText()).isEqualTo("Trop de tentatives, réessayez dans 15 minutes.");

        // one audit line per lock, none for the refused attempts after it
        assertThat(Stored.auditActions("login", login)).containsExactly("SIGN_IN_LOCKED");
        assertThat(Stored.auditActions("login", nobody)).containsExactly("SIGN_IN_LOCKED");
        assertThat(Stored.auditActors("login", login, "SIGN_IN_LOCKED")).containsExactly("system");

        // the address is not locked: 20 failures are under its threshold, and a right password is never counted
        assertThat(Stored.auditCount("SIGN_IN_LOCKED", "127.0.0.1")).isZero();
        Api.Reply other = api.demo("coordinator").get("/api/me");
        assertThat(other.status()).as(other.toString()).isEqualTo(200);
        assertThat(other.json().path("login").asText()).isEqualTo("coordinator");
    }

    private static void assertTooManyAttempts(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(429);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.header("Retry-After")).as("Retry-After").isNotNull().matches("[1-9][0-9]*");
        JsonNode problem = reply.json();
        assertThat(problem.path("type").asText()).isEqualTo("https://groupage.be/problems/too-many-sign-ins");
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("detail").asText()).contains("try again in");
    }
}
