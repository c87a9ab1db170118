package be.groupage.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static be.groupage.it.Checks.assertBadRequest;
import static be.groupage.it.Checks.assertForbidden;
import static be.groupage.it.Checks.byField;
import static be.groupage.it.Checks.orderLine;
import static be.groupage.it.Fixtures.orderPath;
import static be.groupage.it.Fixtures.reception;
import static be.groupage.it.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the cycle is sent, on the built WAR against MariaDB: the cooperative records the delivery with
 * its lots (weighed per member or shared as allocated, a lot past its use-by date withheld), each member
 * sees what was delivered, a recall finds who received a lot, and finance's report per member counts
 * kilograms, euros, organic and short-circuit shares. Each test makes its own cycle through {@link Fixtures}.
 */
class ReceptionIT extends AgainstTheWar {

    @Test
    void receivedLotsAreTracedToTheirMembersAndCountInTheMemberReport() throws SQLException {
        // a delivery date of its own, so that the report of that day holds this cycle only
        LocalDate delivery = LocalDate.now().plusYears(3).plusDays(17);
        long id = fixtures.season(delivery).id();
        fixtures.transition(id, "close");
        fixtures.transition(id, "send");

        String lotA = "CAR-" + unique();
        String lotB = "CAR-" + unique();
        String jamLot = "JAM-" + unique();
        fixtures.receive(id, List.of(
                reception("LEG-001", null, "12", lotA, null, LocalDate.now().plusDays(20)),
                reception("LEG-001", null, "8", lotB, null, LocalDate.now().plusDays(25)),
                reception("CON-001", null, "12", jamLot, null, LocalDate.now().plusYears(1)),
                reception("HYG-003", null, "8", "DET-" + unique(), null, null),
                reception("EPI-005", null, "12", "OIL-" + unique(), null, LocalDate.now().plusYears(1)),
                reception("MEN-003", null, "5", "CUP-" + unique(), null, null)));

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

        JsonNode delivered = orderLine(as("cpas-namur").get(orderPath(id, "CPAS-NAMUR")).json(), "LEG-001");
        assertThat(delivered.path("delivered").decimalValue()).isEqualByComparingTo("8.889");

        Api.Reply report = as("finance").get("/api/reports/members?from=" + delivery + "&to=" + delivery);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        JsonNode namurLine = byField(report.json().path("members"), "member", "CPAS-NAMUR");
        // 8.889 kg carrots + 7 jams of 0.55 kg + 8 detergents of 3.1 kg (the catalogue's piece weights); the cups have no weight
        assertThat(namurLine.path("kilograms").decimalValue()).isEqualByComparingTo("37.539");
        // 8.889 kg carrots 16.00 (organic, 12 km) + 7 jams 21.70 (organic, 17 km) + 8 detergent 95.20 (0 km) + 5 cups 92.50 (0 km)
        assertThat(namurLine.path("value").decimalValue()).isEqualByComparingTo("225.40");
        assertThat(namurLine.path("organicPercent").decimalValue()).isEqualByComparingTo("16.73");
        assertThat(namurLine.path("shortCircuitPercent").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(report.json().path("members").size()).isEqualTo(3);

        // every order change and state change left an audit line
        assertThat(Stored.auditActions("cycle", String.valueOf(id)))
                .containsExactly("CYCLE_CREATED", "CYCLE_OPENED", "CYCLE_CLOSED", "CYCLE_SENT", "CYCLE_RECEIVED");
        assertThat(Stored.auditActions("member_order", id + "/CPAS-NAMUR")).containsExactly("ORDER_PLACED");
    }

    @Test
    void weighedGoodsAreReceivedPerMemberAndALotPastItsUseByDateIsWithheld() throws SQLException {
        long id = fixtures.weighedGoodsCycle();
        fixtures.transition(id, "close");
        fixtures.transition(id, "send");

        Api coop = as("coop");
        String path = "/api/cycles/" + id + "/reception";
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
        assertThat(Stored.count("SELECT COUNT(*) FROM reception_line WHERE cycle_id = ?", id)).isZero();
        assertThat(fixtures.cycleAsCoordinator(id).path("status").asText()).isEqualTo("ORDERED");

        Api.Reply received = fixtures.receive(id, List.of(
                reception("LEG-001", "CPAS-JEMEPPE", "9.85", weighed, null, LocalDate.now().plusDays(15)),
                reception("LEG-001", "CPAS-SAMBREVILLE", "10.2", weighed, null, LocalDate.now().plusDays(15)),
                reception("HYG-003", null, "20", "H-" + unique(), null, null),
                reception("LAI-003", null, "1", expired, LocalDate.now().minusDays(1), null),
                reception("LAI-003", null, "5", yoghurt, LocalDate.now().plusDays(10), null)));
        // a lot past its use-by date is recorded but withheld; the members share what remains
        assertThat(received.json().path("notices")).extracting(n -> n.path("kind").asText()).contains("USE_BY_PASSED", "SHORT_DELIVERY");
        assertThat(coordinator().get("/api/lots/" + expired + "/recipients").status()).isEqualTo(404);
        assertThat(Stored.count("SELECT COUNT(*) FROM reception_line WHERE lot_code = ?", expired)).isEqualTo(1);

        JsonNode jemeppe = as("cpas-jemeppe").get(orderPath(id, "CPAS-JEMEPPE")).json();
        JsonNode carrots = orderLine(jemeppe, "LEG-001");
        assertThat(carrots.path("allocated").decimalValue()).isEqualByComparingTo("10");
        assertThat(carrots.path("delivered").decimalValue()).isEqualByComparingTo("9.85");
        assertThat(carrots.path("deliveryNote").asText()).contains("weighed");
        assertThat(jemeppe.path("estimatedTotal").path("basis").asText()).isEqualTo("DELIVERED");
        assertThat(jemeppe.path("estimatedTotal").path("net").decimalValue()).isEqualByComparingTo("255.73"); // 17.73 + 238.00
        JsonNode yoghurts = orderLine(as("cpas-sambreville").get(orderPath(id, "CPAS-SAMBREVILLE")).json(), "LAI-003");
        assertThat(yoghurts.path("delivered").decimalValue()).isEqualByComparingTo("5");
        assertThat(yoghurts.path("deliveryNote").asText()).contains("less");

        JsonNode recall = coordinator().get("/api/lots/" + weighed + "/recipients").json();
        assertThat(recall.path("memberCount").asInt()).isEqualTo(2);
        assertThat(recall.path("recipients")).extracting(r -> r.path("quantity").decimalValue().stripTrailingZeros().toPlainString())
                .containsExactly("9.85", "10.2");
        assertThat(coordinator().get("/api/lots/" + yoghurt + "/recipients").json().path("recipients").get(0).path("useBy").asText())
                .isEqualTo(LocalDate.now().plusDays(10).toString());
    }

    @Test
    void recallsAndReportsAreForStaffAndABadPeriodIsRefused() {
        Api namur = as("cpas-namur");
        assertForbidden(namur.get("/api/lots/ANY/recipients"));
        assertForbidden(namur.get("/api/reports/members?from=2026-01-01&to=2026-12-31"));
        assertBadRequest(as("finance").get("/api/reports/members?from=2026-13-01&to=2026-12-31"));
    }
}
