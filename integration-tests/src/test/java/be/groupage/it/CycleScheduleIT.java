package be.groupage.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static be.groupage.it.Fixtures.cycle;
import static be.groupage.it.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A cycle's calendar on the built WAR against MariaDB: a draft scheduled ahead opens by itself at its opening
 * time, once (one audit line, by {@code system}), and the coordinator's open then answers 409; a draft whose
 * opening time was already past when it was created waits for the coordinator.
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
}
