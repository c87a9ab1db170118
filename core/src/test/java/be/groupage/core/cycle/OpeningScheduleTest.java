package be.groupage.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.groupage.core.catalogue.Catalogue;
import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.catalogue.Supplier;
import be.groupage.core.cycle.OpeningSchedule.Opening;
import be.groupage.core.money.Money;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpeningScheduleTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant OPENS = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-06T12:00:00Z");
    private static final OpeningSchedule SCHEDULED = OpeningSchedule.of(OPENS, CLOSES, CREATED);

    static CatalogueVersion catalogue() {
        Product carrots = Product.builder("LEG-001", "Carottes", Unit.KGM, new BigDecimal("10"), Money.euros("1.80"), VatRate.ofPercent("6")).build();
        return Catalogue.of(Supplier.of("COOP", "Coopérative", Money.euros("40.00"))).publish(List.of(carrots), new TestClock(CREATED));
    }

    @Test
    void a_draft_scheduled_ahead_waits_then_is_due_from_its_opening_time_until_its_closing_time() {
        assertThat(SCHEDULED.opensBySelf()).isTrue();
        assertThat(SCHEDULED.at(CycleStatus.DRAFT, OPENS.minusMillis(1))).isEqualTo(Opening.NOT_YET);
        assertThat(SCHEDULED.at(CycleStatus.DRAFT, OPENS)).isEqualTo(Opening.DUE);
        assertThat(SCHEDULED.at(CycleStatus.DRAFT, CLOSES.minusMillis(1))).isEqualTo(Opening.DUE);
        assertThat(SCHEDULED.at(CycleStatus.DRAFT, CLOSES)).isEqualTo(Opening.WINDOW_PASSED);
    }

    @Test
    void a_draft_whose_opening_time_was_past_at_creation_is_opened_by_hand() {
        OpeningSchedule byHand = OpeningSchedule.of(OPENS, CLOSES, OPENS.plusSeconds(60));
        assertThat(byHand.opensBySelf()).isFalse();
        assertThat(byHand.at(CycleStatus.DRAFT, OPENS.plusSeconds(120))).isEqualTo(Opening.BY_HAND);
        assertThat(OpeningSchedule.of(OPENS, CLOSES, OPENS).opensBySelf()).as("created at its opening time").isFalse();
    }

    @Test
    void a_cycle_past_draft_has_nothing_to_open() {
        for (CycleStatus status : CycleStatus.values()) {
            if (status != CycleStatus.DRAFT) {
                assertThat(SCHEDULED.at(status, OPENS)).isEqualTo(Opening.NOT_DRAFT);
            }
        }
    }

    @Test
    void opens_on_schedule_once_and_records_the_clock_time() {
        TestClock clock = new TestClock(OPENS.plusSeconds(7));
        Cycle cycle = Cycle.draft(3, "Semaine 10", catalogue(), CLOSES);
        cycle.openOnSchedule(SCHEDULED, clock);
        assertThat(cycle.status()).isEqualTo(CycleStatus.OPEN);
        assertThat(cycle.openedAt()).contains(OPENS.plusSeconds(7));
        // a second instance that finds it already open is refused, the opening time kept
        clock.advance(Duration.ofSeconds(10));
        assertThatThrownBy(() -> cycle.openOnSchedule(SCHEDULED, clock)).isInstanceOf(IllegalCycleTransitionException.class)
                .hasMessageContaining("NOT_DRAFT");
        assertThat(cycle.openedAt()).contains(OPENS.plusSeconds(7));
    }

    @Test
    void refuses_to_open_before_its_time_or_after_its_window() {
        Cycle early = Cycle.draft(4, "Trop tôt", catalogue(), CLOSES);
        assertThatThrownBy(() -> early.openOnSchedule(SCHEDULED, new TestClock(OPENS.minusSeconds(1))))
                .isInstanceOf(IllegalCycleTransitionException.class).hasMessageContaining("NOT_YET");
        assertThatThrownBy(() -> early.openOnSchedule(SCHEDULED, new TestClock(CLOSES)))
                .isInstanceOf(IllegalCycleTransitionException.class).hasMessageContaining("WINDOW_PASSED");
        assertThat(early.status()).isEqualTo(CycleStatus.DRAFT);
        assertThatThrownBy(() -> early.openOnSchedule(OpeningSchedule.of(OPENS, CLOSES.plusSeconds(1), CREATED), new TestClock(OPENS)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_schedule_closes_after_it_opens() {
        assertThatThrownBy(() -> OpeningSchedule.of(CLOSES, CLOSES, CREATED)).isInstanceOf(IllegalArgumentException.class);
    }
}
