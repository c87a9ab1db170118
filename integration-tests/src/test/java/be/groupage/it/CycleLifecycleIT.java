package be.groupage.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static be.groupage.it.Checks.assertBadRequest;
import static be.groupage.it.Checks.assertForbidden;
import static be.groupage.it.Checks.atOnce;
import static be.groupage.it.Checks.orderLine;
import static be.groupage.it.Checks.product;
import static be.groupage.it.Fixtures.COOPERATIVE;
import static be.groupage.it.Fixtures.SEEDED_CATALOGUE;
import static be.groupage.it.Fixtures.cycle;
import static be.groupage.it.Fixtures.line;
import static be.groupage.it.Fixtures.order;
import static be.groupage.it.Fixtures.orderPath;
import static be.groupage.it.Fixtures.reception;
import static be.groupage.it.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cycle's life as the coordinator drives it, on the built WAR against MariaDB: a draft hidden from the
 * buyers, opening, closing (by hand, twice at once, or by itself at the deadline) into whole cases with
 * each member's allocation explained, sending (refused under the supplier's minimum), cancelling; bad
 * settings; which cooperative sees which cycle. Each test makes its own cycle through {@link Fixtures}.
 */
class CycleLifecycleIT extends AgainstTheWar {

    @Test
    void aDraftIsHiddenFromBuyersUntilItOpensAndOnlyTheCoordinatorDrivesIt() {
        Api.Reply made = fixtures.create(cycle("Brouillon " + unique(), "ROUND_UP", "PROPORTIONAL"));
        assertThat(made.header("Location")).endsWith("/api/cycles/" + made.json().path("id").asLong());
        assertThat(made.json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(made.json().path("catalogue").asLong()).isEqualTo(SEEDED_CATALOGUE);
        long id = made.json().path("id").asLong();

        // a buyer does not see a cycle still in preparation
        Api namur = as("cpas-namur");
        assertThat(namur.get("/api/cycles/" + id).status()).isEqualTo(404);
        // wrong role: 403; no credentials: 401
        assertForbidden(as("coop").postJson("/api/cycles/" + id + "/open", ""));
        assertThat(fixtures.transition(id, "open").path("status").asText()).isEqualTo("OPEN");
        assertThat(namur.get("/api/cycles/" + id).status()).isEqualTo(200);
        assertForbidden(namur.postJson("/api/cycles", cycle("Interdit", Instant.now().plus(1, ChronoUnit.HOURS), "ROUND_UP", "PROPORTIONAL")));
        assertForbidden(namur.postJson("/api/cycles/" + id + "/close", ""));
        assertForbidden(namur.get("/api/cycles/" + id + "/consolidation"));
        assertThat(fixtures.anonymous().get("/api/cycles").status()).isEqualTo(401);
    }

    @Test
    void closingPoolsWholeCasesExplainsEachAllocationAndFreezesTheOrders() {
        long id = fixtures.season(LocalDate.now().plusYears(3).plusDays(18)).id();

        assertThat(fixtures.transition(id, "close").path("status").asText()).isEqualTo("CLOSED");

        Api.Reply consolidation = as("coop").get("/api/cycles/" + id + "/consolidation");
        assertThat(consolidation.status()).as(consolidation.toString()).isEqualTo(200);
        JsonNode c = consolidation.json();
        assertThat(c.path("preview").asBoolean()).isFalse();
        for (JsonNode p : c.path("products")) {
            BigDecimal caseQuantity = p.path("caseSize").decimalValue().multiply(BigDecimal.valueOf(p.path("cases").asLong()));
            assertThat(p.path("allocated").decimalValue().add(p.path("surplus").decimalValue())).as(p.toString()).isEqualByComparingTo(caseQuantity);
            BigDecimal members = BigDecimal.ZERO;
            for (JsonNode m : p.path("members")) {
                members = members.add(m.path("allocated").decimalValue());
                assertThat(m.path("allocated").decimalValue()).isLessThanOrEqualTo(m.path("ordered").decimalValue());
            }
            assertThat(members).as(p.toString()).isEqualByComparingTo(p.path("allocated").decimalValue());
        }
        JsonNode carrots = product(c, "LEG-001");
        assertThat(carrots.path("ordered").decimalValue()).isEqualByComparingTo("27");
        assertThat(carrots.path("cases").asLong()).isEqualTo(2);
        assertThat(carrots.path("allocated").decimalValue()).isEqualByComparingTo("20");
        assertThat(carrots.path("shortfall").decimalValue()).isEqualByComparingTo("7");
        assertThat(product(c, "CON-001").path("cases").asLong()).isEqualTo(2);
        assertThat(c.path("supplierOrderValue").decimalValue()).isEqualByComparingTo("311.30"); // 36 + 37.20 + 95.20 + 92.50 + 50.40
        assertThat(c.path("deliveryPoints").size()).isEqualTo(3);

        JsonNode namurOrder = as("cpas-namur").get(orderPath(id, "CPAS-NAMUR")).json();
        JsonNode namurCarrots = orderLine(namurOrder, "LEG-001");
        assertThat(namurCarrots.path("allocated").decimalValue()).isEqualByComparingTo("8.889"); // 12/27 of 20 kg, to the gram
        assertThat(namurCarrots.path("allocationReason").asText()).isEqualTo("SHORTFALL_SHARED");
        assertThat(namurCarrots.path("explanation").asText()).contains("rounded down");
        assertThat(namurOrder.path("estimatedTotal").path("basis").asText()).isEqualTo("ALLOCATED");

        // orders are frozen once closed
        Api.Reply late = as("cpas-namur").putJson(orderPath(id, "CPAS-NAMUR"), order(null, line("LEG-001", "1")));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("type").asText()).endsWith("/ordering-closed");

        assertThat(fixtures.transition(id, "send").path("status").asText()).isEqualTo("ORDERED");
    }

    @Test
    void twoClosesAtOnceCloseOnceAndNothingIsReceivedBeforeSending() throws Exception {
        long id = fixtures.weighedGoodsCycle();

        Api coordinator = coordinator();
        List<Api.Reply> replies = atOnce(() -> coordinator.postJson("/api/cycles/" + id + "/close", ""),
                () -> coordinator.postJson("/api/cycles/" + id + "/close", ""));
        Api.Reply a = replies.get(0);
        Api.Reply b = replies.get(1);
        assertThat(List.of(a.status(), b.status())).as(a + " / " + b).containsExactlyInAnyOrder(200, 409);
        // pooled and allocated once: one pool per product, one allocation per order line, one audit line
        assertThat(Stored.count("SELECT COUNT(*) FROM cycle_pool WHERE cycle_id = ?", id)).isEqualTo(3);
        assertThat(Stored.count("SELECT COUNT(*) FROM cycle_allocation WHERE cycle_id = ?", id)).isEqualTo(4);
        assertThat(Stored.auditActions("cycle", String.valueOf(id))).containsExactly("CYCLE_CREATED", "CYCLE_OPENED", "CYCLE_CLOSED");

        Api.Reply early = as("coop").postJson("/api/cycles/" + id + "/reception",
                Map.of("lines", List.of(reception("HYG-003", null, "20", "H-1", null, null))));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.json().path("type").asText()).endsWith("/cycle-state");
        assertThat(fixtures.transition(id, "send").path("status").asText()).isEqualTo("ORDERED"); // 36 + 238 + 9.60
    }

    @Test
    void aCycleUnderTheSupplierMinimumCannotBeSent() {
        long id = fixtures.openCycle("Petite commande", "ROUND_UP", "FIRST_COME");
        fixtures.order(id, "cpas-gembloux", "CPAS-GEMBLOUX", order(null, line("LEG-001", "10")));
        assertThat(fixtures.transition(id, "close").path("status").asText()).isEqualTo("CLOSED");

        Api.Reply send = coordinator().postJson("/api/cycles/" + id + "/send", "");
        assertThat(send.status()).as(send.toString()).isEqualTo(409);
        assertThat(send.contentType()).startsWith("application/problem+json");
        assertThat(send.json().path("type").asText()).endsWith("/below-supplier-minimum");
        assertThat(send.json().path("missing").decimalValue()).isEqualByComparingTo("232.00");
        assertThat(send.json().path("detail").asText()).contains("minimum");
        JsonNode cycle = fixtures.cycleAsCoordinator(id);
        assertThat(cycle.path("status").asText()).isEqualTo("CLOSED");
        assertThat(cycle.path("figures").path("sendBlocker").asText()).contains("232.00");

        // closing twice is refused with the reason
        Api.Reply again = coordinator().postJson("/api/cycles/" + id + "/close", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asText()).endsWith("/cycle-state");

        assertThat(fixtures.transition(id, "cancel").path("status").asText()).isEqualTo("CANCELLED");
        assertThat(coordinator().postJson("/api/cycles/" + id + "/open", "").status()).isEqualTo(409);
    }

    @Test
    void anOpenCycleClosesByItselfAtItsDeadline() throws SQLException {
        // far enough ahead to create, open and order on a loaded machine; the timer then runs every 10 s
        Instant closesAt = Instant.now().plusSeconds(20);
        long id = fixtures.open(cycle("Fermeture automatique " + unique(), closesAt, "ROUND_UP", "PROPORTIONAL"));
        fixtures.order(id, "cpas-dinant", "CPAS-DINANT", order(null, line("CON-001", "4")));

        JsonNode closed = awaitCycle(id, "CLOSED", Duration.ofSeconds(90));
        assertThat(Instant.parse(closed.path("transitions").path("CLOSED").asText())).isAfterOrEqualTo(closesAt.truncatedTo(ChronoUnit.MILLIS));
        JsonNode jam = product(coordinator().get("/api/cycles/" + id + "/consolidation").json(), "CON-001");
        assertThat(jam.path("cases").asLong()).isEqualTo(1);
        assertThat(jam.path("surplus").decimalValue()).isEqualByComparingTo("2");
        assertThat(Stored.auditActions("cycle", String.valueOf(id))).containsExactly("CYCLE_CREATED", "CYCLE_OPENED", "CYCLE_CLOSED_AT_DEADLINE");
        assertThat(Stored.auditActors("cycle", String.valueOf(id), "CYCLE_CLOSED_AT_DEADLINE")).containsExactly("system");
    }

    @Test
    void aSupplierSeesOnlyItsOwnCooperativesCyclesAndCataloguesStayWithTheirSupplier() {
        long id = fixtures.openCycle("Confidentialité " + unique(), "ROUND_UP", "PROPORTIONAL");

        // another cooperative's cycle does not exist for the supplier COOP-NAMUR
        Fixtures.Cooperative other = fixtures.cooperative("code;name;unit;case_size;price;vat_rate;variable_weight\n"
                + "X-001;Pommes;kg;10;1,20;6;oui\n");
        Map<String, Object> settings = cycle("Autre coopérative " + unique(), "ROUND_UP", "PROPORTIONAL");
        settings.put("supplier", other.code());
        settings.put("catalogue", other.catalogue());
        long foreign = fixtures.create(settings).json().path("id").asLong();
        Api coop = as("coop");
        assertThat(coop.get("/api/cycles/" + foreign).status()).isEqualTo(404);
        assertThat(coop.get("/api/cycles/" + foreign + "/consolidation").status()).isEqualTo(404);
        assertThat(coop.get("/api/cycles").json()).extracting(c -> c.path("id").asLong()).doesNotContain(foreign).contains(id);
        assertThat(coop.get("/api/cycles/" + id).status()).isEqualTo(200);
        // a catalogue of another supplier cannot be used
        settings.put("supplier", COOPERATIVE);
        assertBadRequest(coordinator().postJson("/api/cycles", settings));
    }

    @Test
    void badCycleSettingsAreRefusedAsProblemJsonAndNoCycleIsWritten() {
        int cyclesBefore = coordinator().get("/api/cycles").json().size();
        Map<String, Object> wrongEnum = cycle("Énumération inconnue", Instant.now().plus(1, ChronoUnit.HOURS), "ROUND_SIDEWAYS", "PROPORTIONAL");
        wrongEnum.put("sharedCosts", List.of(Map.of("label", "Transport", "amount", 12.345, "vatRate", 21, "rule", "BY_LUCK")));
        Api.Reply badCycle = coordinator().postJson("/api/cycles", wrongEnum);
        assertBadRequest(badCycle);
        assertThat(badCycle.json().path("errors")).extracting(e -> e.path("field").asText())
                .contains("caseRounding", "sharedCosts[0].amount", "sharedCosts[0].rule");
        Map<String, Object> past = cycle("Déjà fermé", Instant.now().minus(1, ChronoUnit.HOURS), "ROUND_UP", "PROPORTIONAL");
        past.put("opensAt", Instant.now().minus(2, ChronoUnit.HOURS).toString());
        assertBadRequest(coordinator().postJson("/api/cycles", past));
        assertBadRequest(coordinator().post("/api/cycles", "application/json", "{\"title\": \"x\", \"catalogue\": \"un\"}"));
        assertThat(coordinator().get("/api/cycles").json().size()).isEqualTo(cyclesBefore);

        assertBadRequest(coordinator().get("/api/cycles?status=SLEEPING"));
    }

    @Test
    void openApiDocumentsTheCycleEndpoints() {
        JsonNode paths = fixtures.anonymous().get("/openapi", "application/json").json().path("paths");
        assertThat(paths.has("/api/cycles/{id}/orders/{member}")).isTrue();
        assertThat(paths.has("/api/framework-agreements")).isTrue();
        assertThat(paths.has("/api/lots/{lot}/recipients")).isTrue();
        assertThat(paths.has("/api/reports/members")).isTrue();
        assertThat(paths.path("/api/cycles/{id}/send").path("post").path("responses").has("409")).isTrue();
    }

    private JsonNode awaitCycle(long id, String status, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode cycle = fixtures.cycleAsCoordinator(id);
        while (!status.equals(cycle.path("status").asText()) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
            cycle = fixtures.cycleAsCoordinator(id);
        }
        assertThat(cycle.path("status").asText()).as("cycle %d after %s", id, timeout).isEqualTo(status);
        return cycle;
    }
}
