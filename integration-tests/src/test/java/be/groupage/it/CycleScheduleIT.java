package be.groupage.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static be.groupage.it.Fixtures.cycle;
import static be.groupage.it.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A cycle's calendar on the built WAR against MariaDB: a draft scheduled ahead opens by itself at its opening
 * time, once (one audit line, by {@code system}), and the coordinator's open then answers 409; a draft whose
 * opening time was already past when it was created waits for the coordinator; a cycle saved as a weekly template
 * comes back as DRAFTs created ahead of time, each once, on the same weekday and Brussels hours.
 */
class CycleScheduleIT extends AgainstTheWar {

    /** The timers tick every 10 s; a generous bound for a machine shared with other builds. */
    private static final Duration TIMER_BOUND = Duration.ofSeconds(60);
    /** Longer than a tick: whatever a timer would do, it has done. */
    private static final Duration ONE_TICK = Duration.ofSeconds(11);

    @Test
    void aDraftScheduledAheadOpensByItselfOnceAtItsOpeningTime() throws SQLException {
        Instant opensAt = Instant.now().plusSeconds(8);
        Map<String, Object> settings = cycle("Ouverture automatique " + unique(), Instant.now().plus(2, ChronoUnit.HOURS), "ROUND_UP", "PROPORTIONAL");
        settings.put("opensAt", opensAt.toString());
        long id = fixtures.create(settings).json().path("id").asLong();
        String subject = String.valueOf(id);
        assertThat(fixtures.cycleAsCoordinator(id).path("status").asText()).isEqualTo("DRAFT");

        await("cycle " + id + " open").atMost(TIMER_BOUND).pollInterval(Duration.ofMillis(500))
                .until(() -> fixtures.cycleAsCoordinator(id).path("status").asText(), "OPEN"::equals);

        JsonNode open = fixtures.cycleAsCoordinator(id);
        assertThat(Instant.parse(open.path("transitions").path("OPEN").asText())).isAfterOrEqualTo(opensAt.truncatedTo(ChronoUnit.MILLIS));
        assertThat(as("cpas-namur").get("/api/cycles/" + id).status()).as("a buyer sees it once open").isEqualTo(200);
        // the coordinator's open comes too late: 409 with the reason, nothing written
        Api.Reply again = coordinator().postJson("/api/cycles/" + id + "/open", "");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().path("type").asText()).endsWith("/cycle-state");
        // and the timers' next ticks leave it alone: one open, by the system
        await().during(ONE_TICK).atMost(ONE_TICK.plusSeconds(5))
                .until(() -> Stored.auditCount("CYCLE_OPENED_AT_OPENING_TIME", subject) == 1);
        assertThat(Stored.auditActions("cycle", subject)).containsExactly("CYCLE_CREATED", "CYCLE_OPENED_AT_OPENING_TIME");
        assertThat(Stored.auditActors("cycle", subject, "CYCLE_OPENED_AT_OPENING_TIME")).containsExactly("system");
        assertThat(fixtures.cycleAsCoordinator(id).path("transitions").path("OPEN").asText()).isEqualTo(open.path("transitions").path("OPEN").asText());
    }

    @Test
    void aDraftWhoseOpeningTimeWasPastAtCreationWaitsForTheCoordinator() throws SQLException {
        long id = fixtures.create(cycle("Ouverture à la main " + unique(), "ROUND_UP", "PROPORTIONAL")).json().path("id").asLong();
        String subject = String.valueOf(id);

        await().during(ONE_TICK).atMost(ONE_TICK.plusSeconds(5))
                .until(() -> fixtures.cycleAsCoordinator(id).path("status").asText(), "DRAFT"::equals);
        assertThat(fixtures.transition(id, "open").path("status").asText()).isEqualTo("OPEN");
        Api.Reply twice = coordinator().postJson("/api/cycles/" + id + "/open", "");
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.json().path("type").asText()).endsWith("/cycle-state");
        assertThat(Stored.auditActions("cycle", subject)).containsExactly("CYCLE_CREATED", "CYCLE_OPENED");
    }

    @Test
    void aCycleSavedAsAWeeklyTemplateComesBackAheadOfTimeOnceWithItsRulesAndCosts() throws SQLException {
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        Fixtures.Cooperative coop = fixtures.cooperative("code;name;unit;case_size;price;vat_rate;variable_weight\n"
                + "P-001;Poireaux;kg;5;2,10;6;oui\n");
        Map<String, Object> settings = cycle("Colis de la semaine " + unique(), Instant.now().plus(3, ChronoUnit.DAYS), "TOLERANCE", "FIRST_COME");
        settings.put("supplier", coop.code());
        settings.put("catalogue", coop.catalogue());
        settings.put("sharedCosts", List.of(Map.of("label", "Transport", "amount", 30, "vatRate", 21, "rule", "EQUAL")));
        settings.put("subsidies", List.of(Map.of("label", "Province", "percent", 10)));
        long source = fixtures.open(settings);
        JsonNode first = fixtures.cycleAsCoordinator(source);

        Api.Reply saved = coordinator().postJson("/api/cycle-templates", Map.of("cycle", source, "cadence", "WEEKLY"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        long template = saved.json().path("id").asLong();
        assertThat(saved.header("Location")).endsWith("/api/cycle-templates/" + template);
        assertThat(saved.json().path("active").asBoolean()).isTrue();
        assertThat(saved.json().path("cycles")).extracting(c -> c.path("occurrence").asInt()).containsExactly(1, 2);

        for (JsonNode created : saved.json().path("cycles")) {
            int weeks = created.path("occurrence").asInt();
            JsonNode cycle = fixtures.cycleAsCoordinator(created.path("cycle").asLong());
            assertThat(cycle.path("status").asText()).isEqualTo("DRAFT");
            assertThat(cycle.path("title").asText()).isEqualTo(first.path("title").asText());
            assertThat(cycle.path("supplier").asText()).isEqualTo(coop.code());
            assertThat(cycle.path("catalogue").asLong()).isEqualTo(coop.catalogue());
            assertThat(cycle.path("caseRounding").asText()).isEqualTo("TOLERANCE");
            assertThat(cycle.path("allocation").asText()).isEqualTo("FIRST_COME");
            assertThat(cycle.path("sharedCosts")).isEqualTo(first.path("sharedCosts"));
            assertThat(cycle.path("subsidies")).isEqualTo(first.path("subsidies"));
            // the same weekday and Brussels hours, a week later each time, summer time or not
            for (String time : List.of("opensAt", "closesAt")) {
                assertThat(Instant.parse(cycle.path(time).asText()).atZone(brussels))
                        .isEqualTo(Instant.parse(first.path(time).asText()).atZone(brussels).plusWeeks(weeks));
            }
            assertThat(LocalDate.parse(cycle.path("deliveryDate").asText())).isEqualTo(LocalDate.parse(first.path("deliveryDate").asText()).plusWeeks(weeks));
            // scheduled ahead, so it will open by itself
            assertThat(Instant.parse(cycle.path("opensAt").asText())).isAfter(Instant.parse(cycle.path("transitions").path("DRAFT").asText()));
        }

        // the same cycle cannot be repeated twice at once; bad input names its fields
        Api.Reply twice = coordinator().postJson("/api/cycle-templates", Map.of("cycle", source, "cadence", "FORTNIGHTLY"));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        Api.Reply bad = coordinator().postJson("/api/cycle-templates", Map.of("cycle", 987_654_321L, "cadence", "MONTHLY"));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.json().path("errors")).extracting(e -> e.path("field").asText()).containsExactlyInAnyOrder("cycle", "cadence");

        // the template timer's ticks find both cycles made: each occurrence exists once
        await().during(Duration.ofSeconds(31)).atMost(Duration.ofSeconds(40))
                .until(() -> Stored.count("SELECT COUNT(*) FROM cycle_template_occurrence WHERE template_id = ?", template) == 2);
        assertThat(coordinator().get("/api/cycle-templates").json()).extracting(t -> t.path("id").asLong()).contains(template);

        Api.Reply stopped = coordinator().delete("/api/cycle-templates/" + template);
        assertThat(stopped.status()).as(stopped.toString()).isEqualTo(200);
        assertThat(stopped.json().path("active").asBoolean()).isFalse();
        assertThat(stopped.json().path("stoppedBy").asText()).isEqualTo("coordinator");
        assertThat(coordinator().delete("/api/cycle-templates/" + template).status()).as("stopping twice is harmless").isEqualTo(200);
        assertThat(Stored.auditActions("cycle-template", String.valueOf(template))).containsExactly("CYCLE_TEMPLATE_CREATED", "CYCLE_TEMPLATE_STOPPED");
        assertThat(coordinator().get("/api/cycle-templates/987654321").status()).isEqualTo(404);
    }
}
