package be.groupage.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cycles from outside, on the built WAR against MariaDB: framework agreement → cycle → open → orders
 * of several buyers → close (pooling) → consolidation → send → reception with lots → recall → report;
 * closing at the deadline; concurrent edits; bad input; tenancy and roles. Each test makes its own
 * cycle (and agreement), so the tests do not depend on each other or on their order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CycleWorkflowIT {

    private static final String SUPPLIER = "COOP-NAMUR";
    private static final long SEEDED_CATALOGUE = 1;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    private Api as(String login) {
        return Api.at(base).demo(login);
    }

    private Api coordinator() {
        return as("coordinator");
    }

    // ---- the whole workflow ----

    @Test
    void wholeWorkflowFromFrameworkAgreementToReport() throws SQLException {
        String agreement = "FA-" + unique();
        Api.Reply created = coordinator().postJson("/api/framework-agreements", Map.of("number", agreement, "supplier", SUPPLIER,
                "validFrom", LocalDate.now().minusDays(1).toString(), "validTo", LocalDate.now().plusYears(4).toString(),
                "lots", List.of(Map.of("code", "1", "ceiling", 5000), Map.of("code", "2", "ceiling", 800))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("lots").get(0).path("consumed").decimalValue()).isEqualByComparingTo("0");

        LocalDate delivery = LocalDate.now().plusYears(3).plusDays(17);
        Map<String, Object> cycle = cycle("Colis de saison " + unique(), Instant.now().plus(2, ChronoUnit.HOURS), "ROUND_DOWN", "PROPORTIONAL");
        cycle.put("deliveryDate", delivery.toString());
        cycle.put("frameworkAgreement", agreement);
        cycle.put("lot", "1");
        cycle.put("sharedCosts", List.of(Map.of("label", "Transport", "amount", 120, "vatRate", 21, "rule", "BY_WEIGHT")));
        cycle.put("subsidies", List.of(Map.of("label", "Province de Namur", "percent", 10, "capPerMember", 50)));
        Api.Reply made = coordinator().postJson("/api/cycles", cycle);
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        assertThat(made.header("Location")).endsWith("/api/cycles/" + made.json().path("id").asLong());
        assertThat(made.json().path("status").asText()).isEqualTo("DRAFT");
        assertThat(made.json().path("catalogue").asLong()).isEqualTo(SEEDED_CATALOGUE);
        long id = made.json().path("id").asLong();

        // a buyer does not see a cycle still in preparation
        assertThat(as("cpas-namur").get("/api/cycles/" + id).status()).isEqualTo(404);
        assertThat(transition(id, "open").path("status").asText()).isEqualTo("OPEN");

        Api.Reply namur = as("cpas-namur").putJson(orderPath(id, "CPAS-NAMUR"), order("PO-2026-0042",
                line("LEG-001", "12"), line("CON-001", "8"), line("HYG-003", "8"), line("MEN-003", "5")));
        assertThat(namur.status()).as(namur.toString()).isEqualTo(200);
        JsonNode estimate = namur.json().path("estimatedTotal");
        // 6%: 21.60 + 24.80 + 92.50 = 138.90 → 8.33; 21%: 95.20 → 19.99 (VAT per rate on the summed base)
        assertThat(estimate.path("net").decimalValue()).isEqualByComparingTo("234.10");
        assertThat(estimate.path("vat").decimalValue()).isEqualByComparingTo("28.32");
        assertThat(estimate.path("gross").decimalValue()).isEqualByComparingTo("262.42");
        assertThat(estimate.path("basis").asText()).isEqualTo("ORDERED");
        assertThat(namur.json().path("version").asLong()).isEqualTo(1);
        assertThat(namur.json().path("purchaseOrderRef").asText()).isEqualTo("PO-2026-0042");

        assertThat(as("cpas-andenne").putJson(orderPath(id, "CPAS-ANDENNE"),
                order(null, line("LEG-001", "9"), line("CON-001", "5"), line("EPI-005", "12"))).status()).isEqualTo(200);
        // the coordinator may place an order for a member
        assertThat(coordinator().putJson(orderPath(id, "RESTO-DU-COEUR-NAMUR"), order(null, line("LEG-001", "6"))).status()).isEqualTo(200);

        // the lot consumes what was ordered: 234.10 + (16.20 + 15.50 + 50.40) + 10.80
        JsonNode lot = coordinator().get("/api/framework-agreements/" + agreement).json().path("lots").get(0);
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
        JsonNode figures = coordinator().get("/api/cycles/" + id).json().path("figures");
        assertThat(figures.path("orderCount").asInt()).isEqualTo(3);
        assertThat(figures.path("orderValue").decimalValue()).isEqualByComparingTo("327.00");

        assertThat(transition(id, "close").path("status").asText()).isEqualTo("CLOSED");

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
        JsonNode namurCarrots = line(namurOrder, "LEG-001");
        assertThat(namurCarrots.path("allocated").decimalValue()).isEqualByComparingTo("8.889"); // 12/27 of 20 kg, to the gram
        assertThat(namurCarrots.path("allocationReason").asText()).isEqualTo("SHORTFALL_SHARED");
        assertThat(namurCarrots.path("explanation").asText()).contains("rounded down");
        assertThat(namurOrder.path("estimatedTotal").path("basis").asText()).isEqualTo("ALLOCATED");

        // orders are frozen once closed
        Api.Reply late = as("cpas-namur").putJson(orderPath(id, "CPAS-NAMUR"), order(null, line("LEG-001", "1")));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("type").asText()).endsWith("/ordering-closed");

        assertThat(transition(id, "send").path("status").asText()).isEqualTo("ORDERED");

        String lotA = "CAR-" + unique();
        String lotB = "CAR-" + unique();
        String jamLot = "JAM-" + unique();
        Api.Reply received = as("coop").postJson("/api/cycles/" + id + "/reception", Map.of("lines", List.of(
                reception("LEG-001", null, "12", lotA, null, LocalDate.now().plusDays(20)),
                reception("LEG-001", null, "8", lotB, null, LocalDate.now().plusDays(25)),
                reception("CON-001", null, "12", jamLot, null, LocalDate.now().plusYears(1)),
                reception("HYG-003", null, "8", "DET-" + unique(), null, null),
                reception("EPI-005", null, "12", "OIL-" + unique(), null, LocalDate.now().plusYears(1)),
                reception("MEN-003", null, "5", "CUP-" + unique(), null, null))));
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        assertThat(received.json().path("status").asText()).isEqualTo("RECEIVED");

        Api.Reply recall = coordinator().get("/api/lots/" + lotA + "/recipients");
        assertThat(recall.status()).as(recall.toString()).isEqualTo(200);
        BigDecimal fromLotA = BigDecimal.ZERO;
        List<String> recipients = new ArrayList<>();
        for (JsonNode r : recall.json().path("recipients")) {
            fromLotA = fromLotA.add(r.path("quantity").decimalValue());
            recipients.add(r.path("member").asText());
            assertThat(r.path("cycle").asLong()).isEqualTo(id);
            assertThat(r.path("product").asText()).isEqualTo("LEG-001");
        }
        assertThat(fromLotA).isEqualByComparingTo("12");
        // earliest date first, lines in rank order (order time): CPAS-NAMUR's 8.889 kg, then 3.111 of CPAS-ANDENNE's 6.667 kg
        assertThat(recipients).containsExactly("CPAS-ANDENNE", "CPAS-NAMUR");
        JsonNode lotBRecipients = coordinator().get("/api/lots/" + lotB + "/recipients").json().path("recipients");
        assertThat(lotBRecipients).extracting(r -> r.path("member").asText()).containsExactly("CPAS-ANDENNE", "RESTO-DU-COEUR-NAMUR");
        assertThat(lotBRecipients).extracting(r -> r.path("quantity").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactly("3.556", "4.444");
        assertThat(coordinator().get("/api/lots/NO-SUCH-LOT-" + unique() + "/recipients").status()).isEqualTo(404);
        assertThat(coordinator().get("/api/lots/" + lotA + "/recipients?product=LEG-001").json().path("memberCount").asInt()).isEqualTo(2);
        assertThat(coordinator().get("/api/lots/" + lotA + "/recipients?product=CON-001").status()).isEqualTo(404);

        JsonNode delivered = line(as("cpas-namur").get(orderPath(id, "CPAS-NAMUR")).json(), "LEG-001");
        assertThat(delivered.path("delivered").decimalValue()).isEqualByComparingTo("8.889");

        Api.Reply report = as("finance").get("/api/reports/members?from=" + delivery + "&to=" + delivery);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonNode namurLine = byField(report.json().path("members"), "member", "CPAS-NAMUR");
        assertThat(namurLine.path("kilograms").decimalValue()).isEqualByComparingTo("8.889");
        // 8.889 kg carrots 16.00 (organic, 12 km) + 7 jams 21.70 (organic, 17 km) + 8 detergent 95.20 (0 km) + 5 cups 92.50 (0 km)
        assertThat(namurLine.path("value").decimalValue()).isEqualByComparingTo("225.40");
        assertThat(namurLine.path("organicPercent").decimalValue()).isEqualByComparingTo("16.73");
        assertThat(namurLine.path("shortCircuitPercent").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(report.json().path("members").size()).isEqualTo(3);

        // every order change and state change left an audit line
        assertThat(auditActions("cycle", String.valueOf(id)))
                .containsExactly("CYCLE_CREATED", "CYCLE_OPENED", "CYCLE_CLOSED", "CYCLE_SENT", "CYCLE_RECEIVED");
        assertThat(auditActions("member_order", id + "/CPAS-NAMUR")).containsExactly("ORDER_PLACED");
    }

    // ---- closing exactly once, reception per member, lots ----

    @Test
    void twoClosesAtOnceCloseOnceAndReceptionTracesWeighedGoodsPerMember() throws Exception {
        long id = openCycle("Pesées " + unique(), "ROUND_UP", "PROPORTIONAL");
        assertThat(as("cpas-jemeppe").putJson(orderPath(id, "CPAS-JEMEPPE"), order(null, line("LEG-001", "10"), line("HYG-003", "20")))
                .status()).isEqualTo(200);
        assertThat(as("cpas-sambreville").putJson(orderPath(id, "CPAS-SAMBREVILLE"), order(null, line("LEG-001", "10"), line("LAI-003", "6")))
                .status()).isEqualTo(200);

        Api coordinator = coordinator();
        List<Api.Reply> replies = atOnce(() -> coordinator.postJson("/api/cycles/" + id + "/close", ""),
                () -> coordinator.postJson("/api/cycles/" + id + "/close", ""));
        Api.Reply a = replies.get(0);
        Api.Reply b = replies.get(1);
        assertThat(List.of(a.status(), b.status())).as(a + " / " + b).containsExactlyInAnyOrder(200, 409);
        assertThat(count("SELECT COUNT(*) FROM cycle_pool WHERE cycle_id = " + id)).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM cycle_allocation WHERE cycle_id = " + id)).isEqualTo(4);
        assertThat(auditActions("cycle", String.valueOf(id))).containsExactly("CYCLE_CREATED", "CYCLE_OPENED", "CYCLE_CLOSED");

        Api coop = as("coop");
        String path = "/api/cycles/" + id + "/reception";
        Api.Reply early = coop.postJson(path, Map.of("lines", List.of(reception("HYG-003", null, "20", "H-1", null, null))));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.json().path("type").asText()).endsWith("/cycle-state");
        assertThat(transition(id, "send").path("status").asText()).isEqualTo("ORDERED"); // 36 + 238 + 9.60

        String weighed = "W-" + unique();
        String yoghurt = "Y-" + unique();
        String expired = "Y-" + unique();
        Api.Reply noLot = coop.postJson(path, Map.of("lines", List.of(reception("LAI-003", null, "6", null, null, null))));
        assertBadRequest(noLot);
        assertThat(noLot.json().path("errors").get(0).path("field").asText()).isEqualTo("lines[0].lot");
        assertBadRequest(coop.postJson(path, Map.of("lines", List.of(reception("LAI-003", null, "6", yoghurt, LocalDate.now().plusDays(9),
                LocalDate.now().plusDays(9))))));
        Api.Reply notOrdered = coop.postJson(path, Map.of("lines", List.of(reception("LEG-002", null, "25", "P-1", null, null),
                reception("LEG-001", "CPAS-NAMUR", "3", weighed, null, null),
                reception("LEG-001", null, "3", weighed, null, null))));
        assertBadRequest(notOrdered);
        assertThat(notOrdered.json().path("errors")).extracting(e -> e.path("field").asText())
                .contains("lines[0].product", "lines[1].member", "lines[2].member");
        assertThat(count("SELECT COUNT(*) FROM reception_line WHERE cycle_id = " + id)).isZero();
        assertThat(coordinator.get("/api/cycles/" + id).json().path("status").asText()).isEqualTo("ORDERED");

        Api.Reply received = coop.postJson(path, Map.of("lines", List.of(
                reception("LEG-001", "CPAS-JEMEPPE", "9.85", weighed, null, LocalDate.now().plusDays(15)),
                reception("LEG-001", "CPAS-SAMBREVILLE", "10.2", weighed, null, LocalDate.now().plusDays(15)),
                reception("HYG-003", null, "20", "H-" + unique(), null, null),
                reception("LAI-003", null, "1", expired, LocalDate.now().minusDays(1), null),
                reception("LAI-003", null, "5", yoghurt, LocalDate.now().plusDays(10), null))));
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        assertThat(received.json().path("status").asText()).isEqualTo("RECEIVED");
        // a lot past its use-by date is recorded but withheld; the members share what remains
        assertThat(received.json().path("notices")).extracting(n -> n.path("kind").asText()).contains("USE_BY_PASSED", "SHORT_DELIVERY");
        assertThat(coordinator.get("/api/lots/" + expired + "/recipients").status()).isEqualTo(404);
        assertThat(count("SELECT COUNT(*) FROM reception_line WHERE lot_code = '" + expired + "'")).isEqualTo(1);

        JsonNode jemeppe = as("cpas-jemeppe").get(orderPath(id, "CPAS-JEMEPPE")).json();
        JsonNode carrots = line(jemeppe, "LEG-001");
        assertThat(carrots.path("allocated").decimalValue()).isEqualByComparingTo("10");
        assertThat(carrots.path("delivered").decimalValue()).isEqualByComparingTo("9.85");
        assertThat(carrots.path("deliveryNote").asText()).contains("weighed");
        assertThat(jemeppe.path("estimatedTotal").path("basis").asText()).isEqualTo("DELIVERED");
        assertThat(jemeppe.path("estimatedTotal").path("net").decimalValue()).isEqualByComparingTo("255.73"); // 17.73 + 238.00
        JsonNode yoghurts = line(as("cpas-sambreville").get(orderPath(id, "CPAS-SAMBREVILLE")).json(), "LAI-003");
        assertThat(yoghurts.path("delivered").decimalValue()).isEqualByComparingTo("5");
        assertThat(yoghurts.path("deliveryNote").asText()).contains("less");

        JsonNode recall = coordinator.get("/api/lots/" + weighed + "/recipients").json();
        assertThat(recall.path("memberCount").asInt()).isEqualTo(2);
        assertThat(recall.path("recipients")).extracting(r -> r.path("quantity").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactly("9.85", "10.2");
        assertThat(coordinator.get("/api/lots/" + yoghurt + "/recipients").json().path("recipients").get(0).path("useBy").asText())
                .isEqualTo(LocalDate.now().plusDays(10).toString());
    }

    // ---- supplier minimum, cancel ----

    @Test
    void aCycleUnderTheSupplierMinimumCannotBeSent() {
        long id = openCycle("Petite commande", "ROUND_UP", "FIRST_COME");
        assertThat(as("cpas-gembloux").putJson(orderPath(id, "CPAS-GEMBLOUX"), order(null, line("LEG-001", "10"))).status()).isEqualTo(200);
        assertThat(transition(id, "close").path("status").asText()).isEqualTo("CLOSED");

        Api.Reply send = coordinator().postJson("/api/cycles/" + id + "/send", "");
        assertThat(send.status()).as(send.toString()).isEqualTo(409);
        assertThat(send.contentType()).startsWith("application/problem+json");
        assertThat(send.json().path("type").asText()).endsWith("/below-supplier-minimum");
        assertThat(send.json().path("missing").decimalValue()).isEqualByComparingTo("232.00");
        assertThat(send.json().path("detail").asText()).contains("minimum");
        JsonNode cycle = coordinator().get("/api/cycles/" + id).json();
        assertThat(cycle.path("status").asText()).isEqualTo("CLOSED");
        assertThat(cycle.path("figures").path("sendBlocker").asText()).contains("232.00");

        // closing twice is refused with the reason
        Api.Reply again = coordinator().postJson("/api/cycles/" + id + "/close", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asText()).endsWith("/cycle-state");

        assertThat(transition(id, "cancel").path("status").asText()).isEqualTo("CANCELLED");
        assertThat(coordinator().postJson("/api/cycles/" + id + "/open", "").status()).isEqualTo(409);
    }

    // ---- framework-agreement ceiling ----

    @Test
    void anOrderBeyondTheLotCeilingIsRefusedWithWhatRemains() {
        String agreement = "FA-" + unique();
        assertThat(coordinator().postJson("/api/framework-agreements", Map.of("number", agreement, "supplier", SUPPLIER,
                "validFrom", LocalDate.now().minusDays(1).toString(), "validTo", LocalDate.now().plusYears(1).toString(),
                "lots", List.of(Map.of("code", "A", "ceiling", 100)))).status()).isEqualTo(201);
        Map<String, Object> settings = cycle("Sous accord-cadre " + unique(), Instant.now().plus(2, ChronoUnit.HOURS), "ROUND_UP", "PROPORTIONAL");
        settings.put("frameworkAgreement", agreement);
        settings.put("lot", "A");
        long id = coordinator().postJson("/api/cycles", settings).json().path("id").asLong();
        transition(id, "open");

        assertThat(as("cpas-namur").putJson(orderPath(id, "CPAS-NAMUR"), order(null, line("LEG-001", "20"))).status()).isEqualTo(200); // 36.00
        Api.Reply refused = as("cpas-andenne").putJson(orderPath(id, "CPAS-ANDENNE"), order(null, line("LEG-001", "40"))); // 72.00
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().path("type").asText()).endsWith("/ceiling-exceeded");
        assertThat(refused.json().path("remaining").decimalValue()).isEqualByComparingTo("64.00");
        assertThat(refused.json().path("detail").asText()).contains("64.00");
        assertThat(as("cpas-andenne").get(orderPath(id, "CPAS-ANDENNE")).json().path("version").asLong()).isZero();

        // a maximum counts against the ceiling: 33 kg wanted, up to 33.5 accepted = 60.30
        Api.Reply accepted = as("cpas-andenne").putJson(orderPath(id, "CPAS-ANDENNE"), order(null, line("LEG-001", "33", "33.5")));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().path("warnings").get(0).asText()).contains(agreement);
        JsonNode lot = coordinator().get("/api/framework-agreements/" + agreement).json().path("lots").get(0);
        assertThat(lot.path("consumed").decimalValue()).isEqualByComparingTo("96.30");
        assertThat(lot.path("percent").decimalValue()).isEqualByComparingTo("96.30");
        assertThat(lot.path("nearCeiling").asBoolean()).isTrue();
        assertThat(lot.path("warning").asText()).contains("96.30%");

        // lowering one member's order makes room for another
        assertThat(as("cpas-namur").putJson(orderPath(id, "CPAS-NAMUR"), order(null, line("LEG-001", "10"))).status()).isEqualTo(200);
        assertThat(coordinator().get("/api/framework-agreements/" + agreement).json().path("lots").get(0).path("consumed").decimalValue())
                .isEqualByComparingTo("78.30");

        // a cancelled cycle no longer consumes the lot
        transition(id, "cancel");
        assertThat(coordinator().get("/api/framework-agreements/" + agreement).json().path("lots").get(0).path("consumed").decimalValue())
                .isEqualByComparingTo("0");
    }

    // ---- the deadline ----

    @Test
    void anOpenCycleClosesByItselfAtItsDeadline() throws SQLException {
        // far enough ahead to create, open and order on a loaded machine; the timer then runs every 10 s
        Instant closesAt = Instant.now().plusSeconds(20);
        Map<String, Object> settings = cycle("Fermeture automatique " + unique(), closesAt, "ROUND_UP", "PROPORTIONAL");
        long id = coordinator().postJson("/api/cycles", settings).json().path("id").asLong();
        transition(id, "open");
        assertThat(as("cpas-dinant").putJson(orderPath(id, "CPAS-DINANT"), order(null, line("CON-001", "4"))).status()).isEqualTo(200);

        JsonNode closed = awaitCycle(id, "CLOSED", Duration.ofSeconds(90));
        assertThat(Instant.parse(closed.path("transitions").path("CLOSED").asText())).isAfterOrEqualTo(closesAt.truncatedTo(ChronoUnit.MILLIS));
        JsonNode jam = product(coordinator().get("/api/cycles/" + id + "/consolidation").json(), "CON-001");
        assertThat(jam.path("cases").asLong()).isEqualTo(1);
        assertThat(jam.path("surplus").decimalValue()).isEqualByComparingTo("2");
        assertThat(auditActions("cycle", String.valueOf(id))).containsExactly("CYCLE_CREATED", "CYCLE_OPENED", "CYCLE_CLOSED_AT_DEADLINE");
        assertThat(auditActors("cycle", String.valueOf(id), "CYCLE_CLOSED_AT_DEADLINE")).containsExactly("system");
    }

    // ---- concurrency ----

    @Test
    void twoConcurrentEditsFromTheSameVersionGiveOneSuccessAndOneConflict() throws Exception {
        long id = openCycle("Concurrence " + unique(), "ROUND_UP", "PROPORTIONAL");
        String path = orderPath(id, "CPAS-CINEY");
        Api buyer = as("cpas-ciney");
        Api coordinator = coordinator();
        assertThat(buyer.putJson(path, order(null, line("LEG-001", "5"))).status()).isEqualTo(200);
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

    // ---- bad input ----

    @Test
    void badInputIsRefusedAsProblemJsonAndNothingIsWritten() throws SQLException {
        long id = openCycle("Saisie invalide " + unique(), "TOLERANCE", "PROPORTIONAL");
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
        assertThat(count("SELECT COUNT(*) FROM member_order WHERE cycle_id = " + id)).isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE subject_type = 'member_order' AND subject_id LIKE '" + id + "/%'")).isZero();

        long cyclesBefore = count("SELECT COUNT(*) FROM cycle");
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
        assertThat(count("SELECT COUNT(*) FROM cycle")).isEqualTo(cyclesBefore);

        Api.Reply badAgreement = coordinator().postJson("/api/framework-agreements", Map.of("number", "FA-" + unique(), "supplier", SUPPLIER,
                "validFrom", "2026-12-31", "validTo", "2026-01-01", "lots", List.of(Map.of("code", "1", "ceiling", -5))));
        assertBadRequest(badAgreement);
        assertThat(badAgreement.json().path("errors")).extracting(e -> e.path("field").asText()).contains("validTo", "lots[0].ceiling");

        assertBadRequest(coordinator().get("/api/cycles?status=SLEEPING"));
        assertBadRequest(as("finance").get("/api/reports/members?from=2026-13-01&to=2026-12-31"));
    }

    // ---- tenancy and roles ----

    @Test
    void buyersSeeOnlyTheirOwnOrdersAndSuppliersOnlyTheirOwnCycles() throws SQLException {
        long id = openCycle("Confidentialité " + unique(), "ROUND_UP", "PROPORTIONAL");
        assertThat(as("cpas-andenne").putJson(orderPath(id, "CPAS-ANDENNE"), order("BC-7", line("LEG-001", "3"))).status()).isEqualTo(200);

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

        // another cooperative's cycle does not exist for the supplier COOP-NAMUR
        long otherCatalogue = otherCooperativeCatalogue();
        Map<String, Object> settings = cycle("Autre coopérative " + unique(), Instant.now().plus(2, ChronoUnit.HOURS), "ROUND_UP", "PROPORTIONAL");
        settings.put("supplier", "COOP-IT-OTHER");
        settings.put("catalogue", otherCatalogue);
        Api.Reply created = coordinator().postJson("/api/cycles", settings);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long foreign = created.json().path("id").asLong();
        Api coop = as("coop");
        assertThat(coop.get("/api/cycles/" + foreign).status()).isEqualTo(404);
        assertThat(coop.get("/api/cycles/" + foreign + "/consolidation").status()).isEqualTo(404);
        assertThat(coop.get("/api/cycles").json()).extracting(c -> c.path("id").asLong()).doesNotContain(foreign).contains(id);
        assertThat(coop.get("/api/cycles/" + id).status()).isEqualTo(200);
        // a catalogue of another supplier cannot be used
        settings.put("supplier", SUPPLIER);
        assertBadRequest(coordinator().postJson("/api/cycles", settings));

        // wrong role: 403
        assertForbidden(namur.postJson("/api/cycles", cycle("Interdit", Instant.now().plus(1, ChronoUnit.HOURS), "ROUND_UP", "PROPORTIONAL")));
        assertForbidden(namur.postJson("/api/cycles/" + id + "/close", ""));
        assertForbidden(coop.postJson("/api/cycles/" + id + "/open", ""));
        assertForbidden(as("finance").putJson(orderPath(id, "CPAS-NAMUR"), order(null, line("LEG-001", "1"))));
        assertForbidden(namur.get("/api/cycles/" + id + "/consolidation"));
        assertForbidden(namur.get("/api/framework-agreements"));
        assertForbidden(namur.get("/api/lots/ANY/recipients"));
        assertForbidden(namur.get("/api/reports/members?from=2026-01-01&to=2026-12-31"));
        assertForbidden(coop.postJson("/api/framework-agreements", Map.of()));
        assertThat(Api.at(base).get("/api/cycles").status()).isEqualTo(401);
    }

    @Test
    void openApiDocumentsTheCycleEndpoints() {
        JsonNode paths = Api.at(base).get("/openapi", "application/json").json().path("paths");
        assertThat(paths.has("/api/cycles/{id}/orders/{member}")).isTrue();
        assertThat(paths.has("/api/framework-agreements")).isTrue();
        assertThat(paths.has("/api/lots/{lot}/recipients")).isTrue();
        assertThat(paths.has("/api/reports/members")).isTrue();
        assertThat(paths.path("/api/cycles/{id}/send").path("post").path("responses").has("409")).isTrue();
    }

    // ---- helpers ----

    private long openCycle(String title, String rounding, String allocation) {
        Api.Reply made = coordinator().postJson("/api/cycles", cycle(title, Instant.now().plus(2, ChronoUnit.HOURS), rounding, allocation));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        long id = made.json().path("id").asLong();
        assertThat(transition(id, "open").path("status").asText()).isEqualTo("OPEN");
        return id;
    }

    private JsonNode transition(long id, String action) {
        Api.Reply reply = coordinator().postJson("/api/cycles/" + id + "/" + action, "");
        assertThat(reply.status()).as(action + ": " + reply).isEqualTo(200);
        return reply.json();
    }

    private JsonNode awaitCycle(long id, String status, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode cycle = coordinator().get("/api/cycles/" + id).json();
        while (!status.equals(cycle.path("status").asText()) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
            cycle = coordinator().get("/api/cycles/" + id).json();
        }
        assertThat(cycle.path("status").asText()).as("cycle %d after %s", id, timeout).isEqualTo(status);
        return cycle;
    }

    private static Map<String, Object> cycle(String title, Instant closesAt, String rounding, String allocation) {
        Map<String, Object> cycle = new LinkedHashMap<>();
        cycle.put("title", title);
        cycle.put("supplier", SUPPLIER);
        cycle.put("catalogue", SEEDED_CATALOGUE);
        cycle.put("opensAt", Instant.now().minus(1, ChronoUnit.MINUTES).toString());
        cycle.put("closesAt", closesAt.toString());
        cycle.put("deliveryDate", LocalDate.now().plusDays(7).toString());
        cycle.put("caseRounding", rounding);
        cycle.put("allocation", allocation);
        return cycle;
    }

    private static String orderPath(long cycle, String member) {
        return "/api/cycles/" + cycle + "/orders/" + member;
    }

    private static Map<String, Object> line(String product, String quantity) {
        return Map.of("product", product, "quantity", new BigDecimal(quantity));
    }

    private static Map<String, Object> line(String product, String quantity, String max) {
        return Map.of("product", product, "quantity", new BigDecimal(quantity), "max", new BigDecimal(max));
    }

    @SafeVarargs
    private static Map<String, Object> order(String purchaseOrderRef, Map<String, Object>... lines) {
        Map<String, Object> order = new HashMap<>();
        if (purchaseOrderRef != null) {
            order.put("purchaseOrderRef", purchaseOrderRef);
        }
        order.put("lines", List.of(lines));
        return order;
    }

    @SafeVarargs
    private static Map<String, Object> versioned(long version, Map<String, Object>... lines) {
        Map<String, Object> order = order(null, lines);
        order.put("version", version);
        return order;
    }

    private static Map<String, Object> reception(String product, String member, String quantity, String lot, LocalDate useBy, LocalDate bestBefore) {
        Map<String, Object> line = new HashMap<>();
        line.put("product", product);
        line.put("quantity", new BigDecimal(quantity));
        if (member != null) {
            line.put("member", member);
        }
        if (lot != null) {
            line.put("lot", lot);
        }
        if (useBy != null) {
            line.put("useBy", useBy.toString());
        }
        if (bestBefore != null) {
            line.put("bestBefore", bestBefore.toString());
        }
        return line;
    }

    private static JsonNode product(JsonNode consolidation, String code) {
        return byField(consolidation.path("products"), "product", code);
    }

    private static JsonNode line(JsonNode order, String product) {
        return byField(order.path("lines"), "product", product);
    }

    private static JsonNode byField(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("No " + field + " " + value + " in " + array);
    }

    private static void assertBadRequest(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("status").asInt()).isEqualTo(400);
    }

    private static void assertForbidden(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    /** Sends both requests at the same moment, each from its own thread, and waits for both answers. */
    private static List<Api.Reply> atOnce(Supplier<Api.Reply> one, Supplier<Api.Reply> other) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<Api.Reply> first = threads.submit(() -> {
                start.await();
                return one.get();
            });
            Future<Api.Reply> second = threads.submit(() -> {
                start.await();
                return other.get();
            });
            start.countDown();
            return List.of(first.get(90, TimeUnit.SECONDS), second.get(90, TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    // ---- the database, read (and for a second cooperative, written) directly ----

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), TestDatabase.password());
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> auditActions(String subjectType, String subjectId) throws SQLException {
        return auditColumn("action", subjectType, subjectId, null);
    }

    private static List<String> auditActors(String subjectType, String subjectId, String action) throws SQLException {
        return auditColumn("actor", subjectType, subjectId, action);
    }

    private static List<String> auditColumn(String column, String subjectType, String subjectId, String action) throws SQLException {
        String sql = "SELECT " + column + " FROM audit_event WHERE subject_type = ? AND subject_id = ?" + (action == null ? "" : " AND action = ?")
                + " ORDER BY id";
        try (Connection c = db(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, subjectType);
            s.setString(2, subjectId);
            if (action != null) {
                s.setString(3, action);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    /** A second cooperative with a one-product catalogue (no API creates suppliers on this branch yet). */
    private static synchronized long otherCooperativeCatalogue() throws SQLException {
        try (Connection c = db()) {
            try (PreparedStatement find = c.prepareStatement("SELECT k.id FROM catalogue k JOIN supplier s ON s.id = k.supplier_id WHERE s.code = 'COOP-IT-OTHER'");
                 ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO supplier (code, name, kbo, street, postal_code, city, country, minimum_order_value) "
                    + "VALUES ('COOP-IT-OTHER', 'Coopérative de test', '0833445576', 'Rue du Test 1', '5000', 'Namur', 'BE', 0)")) {
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO catalogue (supplier_id, version, imported_at, imported_by, product_count) "
                    + "SELECT id, 1, CURRENT_TIMESTAMP(3), 'it', 1 FROM supplier WHERE code = 'COOP-IT-OTHER'")) {
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO product (catalogue_id, code, name, label, unit, case_size, price, vat_rate, "
                    + "variable_weight, chilled, min_cases) SELECT k.id, 'X-001', 'Pommes', 'NONE', 'KGM', 10, 1.20, 6, TRUE, FALSE, 1 "
                    + "FROM catalogue k JOIN supplier s ON s.id = k.supplier_id WHERE s.code = 'COOP-IT-OTHER'")) {
                s.executeUpdate();
            }
            return otherCooperativeCatalogue();
        }
    }
}
