package be.groupage.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static be.groupage.it.Checks.assertBadRequest;
import static be.groupage.it.Checks.assertForbidden;
import static be.groupage.it.Checks.atOnce;
import static be.groupage.it.Fixtures.COOPERATIVE;
import static be.groupage.it.Fixtures.SEEDED_CATALOGUE;
import static be.groupage.it.Fixtures.cycle;
import static be.groupage.it.Fixtures.line;
import static be.groupage.it.Fixtures.order;
import static be.groupage.it.Fixtures.orderPath;
import static be.groupage.it.Fixtures.unique;
import static be.groupage.it.Fixtures.versioned;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buyers' orders in an open cycle, on the built WAR against MariaDB: the estimate per VAT rate, what
 * the orders consume of a framework agreement's lot and the refusal beyond its ceiling, two edits of the
 * same version at once, bad input with nothing written, and each member seeing only its own order. Each
 * test makes its own cycle through {@link Fixtures}.
 */
class OrdersIT extends AgainstTheWar {

    @Test
    void ordersAreEstimatedPerVatRateAndConsumeTheirFrameworkLot() {
        Fixtures.Season season = fixtures.season(LocalDate.now().plusYears(3).plusDays(19));
        assertThat(season.agreementCreated().json().path("lots").get(0).path("consumed").decimalValue()).isEqualByComparingTo("0");
        Api.Reply made = season.cycleCreated();
        assertThat(made.header("Location")).endsWith("/api/cycles/" + season.id());
        assertThat(made.json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(made.json().path("catalogue").asLong()).isEqualTo(SEEDED_CATALOGUE);
        long id = season.id();

        Api.Reply namur = season.namurOrder();
        JsonNode estimate = namur.json().path("estimatedTotal");
        // 6%: 21.60 + 24.80 + 92.50 = 138.90 → 8.33; 21%: 95.20 → 19.99 (VAT per rate on the summed base)
        assertThat(estimate.path("net").decimalValue()).isEqualByComparingTo("234.10");
        assertThat(estimate.path("vat").decimalValue()).isEqualByComparingTo("28.32");
        assertThat(estimate.path("gross").decimalValue()).isEqualByComparingTo("262.42");
        assertThat(estimate.path("basis").asText()).isEqualTo("ORDERED");
        assertThat(namur.json().path("version").asLong()).isEqualTo(1);
        assertThat(namur.json().path("purchaseOrderRef").asText()).isEqualTo("PO-2026-0042");
        // the coordinator placed RESTO-DU-COEUR-NAMUR's order for it
        assertThat(coordinator().get(orderPath(id, "RESTO-DU-COEUR-NAMUR")).json().path("version").asLong()).isEqualTo(1);

        // the lot consumes what was ordered: 234.10 + (16.20 + 15.50 + 50.40) + 10.80
        JsonNode lot = fixtures.lot(season.agreement(), 0);
        assertThat(lot.path("consumed").decimalValue()).isEqualByComparingTo("327.00");
        assertThat(lot.path("remaining").decimalValue()).isEqualByComparingTo("4673.00");
        assertThat(lot.path("percent").decimalValue()).isEqualByComparingTo("6.54");
        assertThat(lot.path("nearCeiling").asBoolean()).isFalse();

        // a buyer sees the cycle with its own totals only
        Api.Reply buyerView = as("cpas-namur").get("/api/cycles/" + id);
        assertThat(buyerView.status()).isEqualTo(200);
        assertThat(buyerView.json().path("myOrder").path("estimatedTotal").path("net").decimalValue()).isEqualByComparingTo("234.10");
        assertThat(buyerView.json().has("figures")).isFalse();
        assertThat(buyerView.text()).doesNotContain("CPAS-ANDENNE").doesNotContain("RESTO-DU-COEUR");
        JsonNode figures = fixtures.cycleAsCoordinator(id).path("figures");
        assertThat(figures.path("orderCount").asInt()).isEqualTo(3);
        assertThat(figures.path("orderValue").decimalValue()).isEqualByComparingTo("327.00");
    }

    @Test
    void anOrderBeyondTheLotCeilingIsRefusedWithWhatRemains() {
        String agreement = "FA-" + unique();
        fixtures.frameworkAgreement(agreement, LocalDate.now().plusYears(1), Map.of("A", 100));
        Map<String, Object> settings = cycle("Sous accord-cadre " + unique(), "ROUND_UP", "PROPORTIONAL");
        settings.put("frameworkAgreement", agreement);
        settings.put("lot", "A");
        long id = fixtures.open(settings);

        fixtures.order(id, "cpas-namur", "CPAS-NAMUR", order(null, line("LEG-001", "20"))); // 36.00
        Api.Reply refused = as("cpas-andenne").putJson(orderPath(id, "CPAS-ANDENNE"), order(null, line("LEG-001", "40"))); // 72.00
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().path("type").asText()).endsWith("/ceiling-exceeded");
        assertThat(refused.json().path("remaining").decimalValue()).isEqualByComparingTo("64.00");
        assertThat(refused.json().path("detail").asText()).contains("64.00");
        assertThat(as("cpas-andenne").get(orderPath(id, "CPAS-ANDENNE")).json().path("version").asLong()).isZero();

        // a maximum counts against the ceiling: 33 kg wanted, up to 33.5 accepted = 60.30
        Api.Reply accepted = fixtures.order(id, "cpas-andenne", "CPAS-ANDENNE", order(null, line("LEG-001", "33", "33.5")));
        assertThat(accepted.json().path("warnings").get(0).asText()).contains(agreement);
        JsonNode lot = fixtures.lot(agreement, 0);
        assertThat(lot.path("consumed").decimalValue()).isEqualByComparingTo("96.30");
        assertThat(lot.path("percent").decimalValue()).isEqualByComparingTo("96.30");
        assertThat(lot.path("nearCeiling").asBoolean()).isTrue();
        assertThat(lot.path("warning").asText()).contains("96.30%");

        // lowering one member's order makes room for another
        fixtures.order(id, "cpas-namur", "CPAS-NAMUR", order(null, line("LEG-001", "10")));
        assertThat(fixtures.lot(agreement, 0).path("consumed").decimalValue()).isEqualByComparingTo("78.30");

        // a cancelled cycle no longer consumes the lot
        fixtures.transition(id, "cancel");
        assertThat(fixtures.lot(agreement, 0).path("consumed").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void twoConcurrentEditsFromTheSameVersionGiveOneSuccessAndOneConflict() throws Exception {
        long id = fixtures.openCycle("Concurrence " + unique(), "ROUND_UP", "PROPORTIONAL");
        String path = orderPath(id, "CPAS-CINEY");
        Api buyer = as("cpas-ciney");
        Api coordinator = coordinator();
        fixtures.order(id, "cpas-ciney", "CPAS-CINEY", order(null, line("LEG-001", "5")));
        long version = buyer.get(path).json().path("version").asLong();
        assertThat(version).isEqualTo(1);

        List<Api.Reply> replies = atOnce(() -> buyer.putJson(path, versioned(version, line("LEG-001", "7"))),
                () -> coordinator.putJson(path, versioned(version, line("CON-001", "6"))));
        Api.Reply a = replies.get(0);
        Api.Reply b = replies.get(1);

        assertThat(List.of(a.status(), b.status())).as(a + " / " + b).containsExactlyInAnyOrder(200, 409);
        Api.Reply winner = a.status() == 200 ? a : b;
        Api.Reply loser = a.status() == 200 ? b : a;
        assertThat(loser.contentType()).startsWith("application/problem+json");
        JsonNode stored = buyer.get(path).json();
        assertThat(stored.path("version").asLong()).isEqualTo(version + 1);
        // the stored order is exactly the winner's: nothing of the loser, nothing lost of the winner
        assertThat(stored.path("lines")).isEqualTo(winner.json().path("lines"));

        // a change based on a stale version, sent later, is refused too (If-Match works like the body field)
        HttpRequest stale = buyer.request(path).header("Content-Type", "application/json").header("If-Match", "\"" + version + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(order(null, line("LEG-001", "9"))))).build();
        Api.Reply refused = buyer.send(stale);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(buyer.get(path).json().path("version").asLong()).isEqualTo(version + 1);
        assertThat(buyer.get(path).header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
    }

    @Test
    void badOrdersAndAgreementsAreRefusedAsProblemJsonAndNothingIsWritten() throws SQLException {
        long id = fixtures.openCycle("Saisie invalide " + unique(), "TOLERANCE", "PROPORTIONAL");
        String path = orderPath(id, "CPAS-PHILIPPEVILLE");
        Api buyer = as("cpas-philippeville");

        Api.Reply malformed = buyer.put(path, "application/json", "{\"lines\": [{\"product\": \"LEG-001\", \"quantity\": ");
        assertBadRequest(malformed);
        assertBadRequest(buyer.put(path, "application/json", "{\"lines\": [{\"product\": \"LEG-001\", \"quantity\": \"beaucoup\"}]}"));

        Api.Reply negative = buyer.putJson(path, order(null, line("LEG-001", "-3")));
        assertBadRequest(negative);
        assertThat(negative.json().path("errors").get(0).path("field").asText()).isEqualTo("lines[0]");

        Api.Reply several = buyer.putJson(path, order(null, line("LEG-001", "2"), line("NOPE-999", "1"), line("CON-001", "1.5"),
                line("LEG-001", "1")));
        assertBadRequest(several);
        assertThat(several.json().path("errors")).extracting(e -> e.path("field").asText())
                .contains("lines[1].product", "lines[3].product");

        Api.Reply fractionalPieces = buyer.putJson(path, order(null, line("CON-001", "1.5")));
        assertBadRequest(fractionalPieces);
        assertThat(fractionalPieces.json().path("errors").get(0).path("message").asText()).contains("whole");

        Api.Reply maxUnderQuantity = buyer.putJson(path, order(null, line("LEG-001", "5", "4")));
        assertBadRequest(maxUnderQuantity);
        Api.Reply noLines = buyer.putJson(path, Map.of("purchaseOrderRef", "PO-1"));
        assertBadRequest(noLines);
        assertThat(noLines.json().path("errors").get(0).path("field").asText()).isEqualTo("lines");

        assertThat(buyer.get(path).json().path("version").asLong()).isZero();
        // no order row and no audit line behind the refusals (the API shows no order either way)
        assertThat(Stored.count("SELECT COUNT(*) FROM member_order WHERE cycle_id = ?", id)).isZero();
        assertThat(Stored.count("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'member_order' AND subject_id LIKE ?", id + "/%")).isZero();

        Api.Reply badAgreement = coordinator().postJson("/api/framework-agreements", Map.of("number", "FA-" + unique(), "supplier", COOPERATIVE,
                "validFrom", "2026-12-31", "validTo", "2026-01-01", "lots", List.of(Map.of("code", "1", "ceiling", -5))));
        assertBadRequest(badAgreement);
        assertThat(badAgreement.json().path("errors")).extracting(e -> e.path("field").asText()).contains("validTo", "lots[0].ceiling");
    }

    @Test
    void buyersSeeOnlyTheirOwnOrders() {
        long id = fixtures.openCycle("Confidentialité " + unique(), "ROUND_UP", "PROPORTIONAL");
        fixtures.order(id, "cpas-andenne", "CPAS-ANDENNE", order("BC-7", line("LEG-001", "3")));

        Api namur = as("cpas-namur");
        Api.Reply other = namur.get(orderPath(id, "CPAS-ANDENNE"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.text()).doesNotContain("LEG-001");
        assertThat(namur.putJson(orderPath(id, "CPAS-ANDENNE"), order(null, line("LEG-001", "1"))).status()).isEqualTo(404);
        assertThat(as("cpas-andenne").get(orderPath(id, "CPAS-ANDENNE")).json().path("lines").get(0).path("quantity").decimalValue())
                .isEqualByComparingTo("3");
        assertThat(namur.get("/api/cycles/" + id).json().has("myOrder")).isFalse();
        assertThat(namur.get("/api/cycles/" + id).text()).doesNotContain("CPAS-ANDENNE");

        // a member registered today orders through its own new account, and sees nothing of the others either
        String member = fixtures.member();
        Api newcomer = fixtures.buyer(member);
        Api.Reply placed = newcomer.putJson(orderPath(id, member), order(null, line("LEG-001", "2")));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        assertThat(placed.json().path("estimatedTotal").path("net").decimalValue()).isEqualByComparingTo("3.60");
        assertThat(newcomer.get(orderPath(id, "CPAS-ANDENNE")).status()).isEqualTo(404);
        assertThat(namur.get(orderPath(id, member)).status()).isEqualTo(404);

        // wrong role: 403
        assertForbidden(as("finance").putJson(orderPath(id, "CPAS-NAMUR"), order(null, line("LEG-001", "1"))));
        assertForbidden(namur.get("/api/framework-agreements"));
        assertForbidden(as("coop").postJson("/api/framework-agreements", Map.of()));
    }
}
