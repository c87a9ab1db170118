package be.groupage.core.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.groupage.core.catalogue.Catalogue;
import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.catalogue.Supplier;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import be.groupage.core.pooling.AllocationStrategy;
import be.groupage.core.pooling.CaseRounding;
import be.groupage.core.pooling.CyclePooling;
import be.groupage.core.pooling.Pooling;
import be.groupage.core.pooling.PoolingResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CycleTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant FRIDAY_NOON = Instant.parse("2026-03-06T12:00:00Z");

    private static final Product CARROTS = Product.builder("LEG-001", "Carottes", Unit.KGM, new BigDecimal("10"), Money.euros("1.80"), VatRate.ofPercent("6")).build();
    private static final Product SOAP = Product.builder("HYG-001", "Savon", Unit.H87, new BigDecimal("12"), Money.euros("2.15"), VatRate.ofPercent("21")).build();

    private static final Member CPAS_NAMUR = Member.of("CPAS-NAMUR", "CPAS de Namur", MemberType.CPAS, KboNumber.of("0203.201.340"),
            DeliveryPoint.of("Entrepôt de Bouge", "Rue des Bouvreuils 1, 5004 Bouge"));
    private static final Member RESTO = Member.of("RESTO-DU-COEUR", "Resto du cœur de Namur", MemberType.ASSOCIATION, KboNumber.of("0412.506.059"),
            DeliveryPoint.of("Rue Saint-Nicolas", "Rue Saint-Nicolas 2, 5000 Namur"));

    private TestClock clock;
    private Catalogue catalogue;
    private CatalogueVersion version;

    @BeforeEach
    void setUp() {
        clock = new TestClock(MONDAY);
        catalogue = Catalogue.of(Supplier.of("COOP", "Coopérative du Namurois", Money.euros("40.00")));
        version = catalogue.publish(List.of(CARROTS, SOAP), clock);
    }

    private Cycle openCycle() {
        Cycle cycle = Cycle.draft(12, "Semaine 10", version, FRIDAY_NOON);
        cycle.open(clock);
        return cycle;
    }

    @Test
    void goes_through_its_whole_life_recording_each_time_from_the_clock() {
        Cycle cycle = openCycle();
        cycle.place(CPAS_NAMUR, "LEG-001", new BigDecimal("30"), null, clock);
        clock.advance(Duration.ofDays(1));
        cycle.close(clock);
        clock.advance(Duration.ofHours(1));
        cycle.send(clock);
        clock.advance(Duration.ofDays(2));
        cycle.receive(clock);
        cycle.invoice(clock);

        assertThat(cycle.status()).isEqualTo(CycleStatus.INVOICED);
        assertThat(cycle.openedAt()).contains(MONDAY);
        assertThat(cycle.closedAt()).contains(MONDAY.plus(Duration.ofDays(1)));
        assertThat(cycle.enteredAt(CycleStatus.ORDERED)).contains(MONDAY.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)));
        assertThat(cycle.enteredAt(CycleStatus.CANCELLED)).isEmpty();
    }

    @Test
    void refuses_transitions_out_of_order_with_a_clear_message() {
        Cycle cycle = openCycle();

        assertThatThrownBy(() -> cycle.send(clock)).isInstanceOf(IllegalCycleTransitionException.class)
                .hasMessage("Cycle 12 is OPEN; it can be sent only when CLOSED");
        assertThatThrownBy(() -> cycle.open(clock)).hasMessage("Cycle 12 is OPEN; it can be opened only when DRAFT");
        assertThatThrownBy(() -> cycle.invoice(clock)).hasMessage("Cycle 12 is OPEN; it can be invoiced only when RECEIVED");
        cycle.cancel(clock);
        assertThatThrownBy(() -> cycle.close(clock)).isInstanceOf(IllegalCycleTransitionException.class)
                .hasMessage("Cycle 12 is CANCELLED; it can be closed only when OPEN");
        assertThat(CycleStatus.RECEIVED.canGoTo(CycleStatus.CANCELLED)).isFalse();
        assertThat(CycleStatus.ORDERED.canGoTo(CycleStatus.CANCELLED)).isTrue();
    }

    @Test
    void cannot_open_after_its_closing_time() {
        Cycle cycle = Cycle.draft(12, "Semaine 10", version, FRIDAY_NOON);
        clock.set(FRIDAY_NOON);

        assertThatThrownBy(() -> cycle.open(clock)).isInstanceOf(IllegalCycleTransitionException.class).hasMessageContaining("has passed");
    }

    @Test
    void members_place_and_edit_orders_until_the_closing_time() {
        Cycle cycle = openCycle();
        cycle.place(CPAS_NAMUR, "LEG-001", new BigDecimal("12.5"), new BigDecimal("15"), clock);
        cycle.purchaseOrderNumber(CPAS_NAMUR, "BC-2026-0042", clock);
        cycle.place(RESTO, "HYG-001", new BigDecimal("6"), null, clock);
        clock.advance(Duration.ofHours(2));
        cycle.place(CPAS_NAMUR, "LEG-001", new BigDecimal("10"), new BigDecimal("15"), clock); // a cut keeps its place
        cycle.place(RESTO, "HYG-001", new BigDecimal("8"), null, clock);                        // a raise joins the queue again

        MemberOrder namur = cycle.order("CPAS-NAMUR").orElseThrow();
        assertThat(namur.purchaseOrderNumber()).isEqualTo("BC-2026-0042");
        assertThat(namur.line("LEG-001").orElseThrow())
                .isEqualTo(OrderLine.of("LEG-001", Quantity.of("10", Unit.KGM), Optional.of(Quantity.of("15", Unit.KGM)), MONDAY));
        assertThat(cycle.order("RESTO-DU-COEUR").orElseThrow().line("HYG-001").orElseThrow().orderedAt()).isEqualTo(MONDAY.plus(Duration.ofHours(2)));
        // 10 kg × 1.80 + 8 × 2.15
        assertThat(cycle.orderValue()).isEqualTo(Money.euros("35.20"));
        assertThat(cycle.committedValue()).isEqualTo(Money.euros("44.20"));

        cycle.remove("RESTO-DU-COEUR", "HYG-001", clock);
        assertThat(cycle.order("RESTO-DU-COEUR")).isEmpty();

        clock.set(FRIDAY_NOON);
        assertThatThrownBy(() -> cycle.place(RESTO, "HYG-001", BigDecimal.ONE, null, clock)).isInstanceOf(OrderingClosedException.class)
                .hasMessage("Cycle 12 closed for orders at 2026-03-06T12:00:00Z");
    }

    @Test
    void refuses_bad_lines() {
        Cycle draft = Cycle.draft(12, "Semaine 10", version, FRIDAY_NOON);
        assertThatThrownBy(() -> draft.place(RESTO, "HYG-001", BigDecimal.ONE, null, clock)).isInstanceOf(OrderingClosedException.class)
                .hasMessage("Cycle 12 is DRAFT; orders can be placed or changed only while it is OPEN");
        Cycle cycle = openCycle();
        assertThatThrownBy(() -> cycle.place(RESTO, "NOPE", BigDecimal.ONE, null, clock)).isInstanceOf(InvalidOrderLineException.class)
                .hasMessage("Product NOPE is not in catalogue version 1 of COOP");
        assertThatThrownBy(() -> cycle.place(RESTO, "HYG-001", new BigDecimal("1.5"), null, clock)).isInstanceOf(InvalidOrderLineException.class)
                .hasMessageContaining("whole units only");
        assertThatThrownBy(() -> cycle.place(RESTO, "LEG-001", new BigDecimal("1.2345"), null, clock)).isInstanceOf(InvalidOrderLineException.class)
                .hasMessageContaining("at most 3 decimals");
        assertThatThrownBy(() -> cycle.place(RESTO, "LEG-001", BigDecimal.ZERO, null, clock)).isInstanceOf(InvalidOrderLineException.class);
        assertThatThrownBy(() -> cycle.place(RESTO, "LEG-001", new BigDecimal("5"), new BigDecimal("4"), clock))
                .isInstanceOf(InvalidOrderLineException.class).hasMessageContaining("maximum");
    }

    @Test
    void keeps_the_catalogue_version_it_opened_with_when_prices_change() {
        Cycle cycle = openCycle();
        catalogue.publish(List.of(CARROTS.toBuilder().build(),
                Product.builder("HYG-001", "Savon", Unit.H87, new BigDecimal("12"), Money.euros("2.50"), VatRate.ofPercent("21")).build()), clock);
        cycle.place(RESTO, "HYG-001", new BigDecimal("12"), null, clock);

        assertThat(cycle.catalogue().number()).isEqualTo(1);
        assertThat(cycle.orderValue()).isEqualTo(Money.euros("25.80"));
        assertThatThrownBy(() -> cycle.useCatalogue(catalogue.current().orElseThrow())).isInstanceOf(IllegalCycleTransitionException.class);
    }

    @Test
    void under_the_suppliers_minimum_a_cycle_can_be_closed_but_not_sent() {
        Cycle cycle = openCycle();
        cycle.place(RESTO, "HYG-001", new BigDecimal("12"), null, clock); // 25.80 < 40.00
        cycle.close(clock);

        assertThat(cycle.sendBlocker(cycle.orderValue())).isPresent();
        assertThatThrownBy(() -> cycle.send(clock)).isInstanceOf(BelowSupplierMinimumException.class)
                .hasMessage("Cycle 12 cannot be sent: its order value EUR 25.80 is under the minimum order of EUR 40.00"
                        + " of supplier Coopérative du Namurois (EUR 14.20 missing)")
                .satisfies(e -> assertThat(((BelowSupplierMinimumException) e).missing()).isEqualTo(Money.euros("14.20")));
        assertThat(cycle.status()).isEqualTo(CycleStatus.CLOSED);
        cycle.send(Money.euros("51.60"), clock); // e.g. after pooling rounded up to two cases
        assertThat(cycle.status()).isEqualTo(CycleStatus.ORDERED);
    }

    private static FrameworkAgreement agreement(String consumed) {
        return FrameworkAgreement.of("AC-2026-01", "COOP", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                List.of(Lot.of("2", "Hygiène", Money.euros("1000.00"), Money.euros(consumed))));
    }

    @Test
    void an_order_that_would_pass_a_framework_ceiling_is_refused_with_the_remaining_amount() {
        Cycle cycle = Cycle.draft(12, "Semaine 10", version, FRIDAY_NOON, Optional.of(LotReference.of("AC-2026-01", "2")));
        cycle.open(clock);

        // 12 soaps = 25.80, 15.00 left under the ceiling
        assertThatThrownBy(() -> cycle.place(RESTO, "HYG-001", new BigDecimal("12"), null, agreement("985.00"), clock))
                .isInstanceOf(CeilingExceededException.class)
                .hasMessage("Framework agreement AC-2026-01 lot 2 has EUR 15.00 left under its ceiling of EUR 1000.00; this order needs EUR 25.80")
                .satisfies(e -> assertThat(((CeilingExceededException) e).remaining()).isEqualTo(Money.euros("15")));
        assertThat(cycle.order("RESTO-DU-COEUR")).isEmpty();
        assertThatThrownBy(() -> cycle.place(RESTO, "HYG-001", BigDecimal.ONE, null, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void crossing_ninety_percent_of_a_ceiling_shows_a_warning() {
        Cycle cycle = Cycle.draft(12, "Semaine 10", version, FRIDAY_NOON, Optional.of(LotReference.of("AC-2026-01", "2")));
        cycle.open(clock);

        OrderOutcome below = cycle.place(RESTO, "HYG-001", new BigDecimal("12"), null, agreement("800.00"), clock);
        assertThat(below.warnings()).isEmpty();
        // Consumption now stored as 825.80; raising the maximum to 48 soaps commits 103.20, i.e. 77.40 more: 903.20 of 1000.
        OrderOutcome near = cycle.place(RESTO, "HYG-001", new BigDecimal("12"), new BigDecimal("48"), agreement("825.80"), clock);

        assertThat(near.lotUsage().orElseThrow().consumed()).isEqualTo(Money.euros("903.20"));
        assertThat(near.lotUsage().orElseThrow().remaining()).isEqualTo(Money.euros("96.80"));
        assertThat(near.warnings()).containsExactly("Framework agreement AC-2026-01 lot 2 is 90.32% used: EUR 96.80 left");
    }

    @Test
    void orders_under_an_agreement_only_within_its_validity() {
        Cycle cycle = Cycle.draft(12, "Semaine 10", version, Instant.parse("2027-03-06T12:00:00Z"), Optional.of(LotReference.of("AC-2026-01", "2")));
        cycle.open(clock);
        clock.set(Instant.parse("2027-01-04T09:00:00Z"));

        assertThatThrownBy(() -> cycle.place(RESTO, "HYG-001", BigDecimal.ONE, null, agreement("0"), clock))
                .isInstanceOf(OrderingClosedException.class).hasMessageContaining("valid from 2026-01-01 to 2026-12-31");
    }

    @Test
    void is_rebuilt_from_its_stored_state() {
        Cycle cycle = openCycle();
        cycle.place(CPAS_NAMUR, "LEG-001", new BigDecimal("12.5"), new BigDecimal("15"), clock);
        cycle.purchaseOrderNumber(CPAS_NAMUR, "BC-42", clock);
        cycle.close(clock);

        Cycle restored = Cycle.restore(cycle.id(), cycle.name(), cycle.catalogue(), cycle.status(), cycle.closesAt(), cycle.lot(),
                cycle.transitions(), cycle.orders());

        assertThat(restored.status()).isEqualTo(CycleStatus.CLOSED);
        assertThat(restored.orders()).containsExactlyElementsOf(cycle.orders());
        assertThat(restored.transitions()).isEqualTo(cycle.transitions());
        assertThat(restored.orderValue()).isEqualTo(cycle.orderValue());
    }

    @Test
    void a_closed_cycle_is_pooled_per_product() {
        Cycle cycle = openCycle();
        cycle.place(CPAS_NAMUR, "HYG-001", new BigDecimal("8"), null, clock);
        clock.advance(Duration.ofMinutes(5));
        cycle.place(RESTO, "HYG-001", new BigDecimal("8"), null, clock);
        cycle.place(RESTO, "LEG-001", new BigDecimal("7.5"), new BigDecimal("10"), clock);
        cycle.close(clock);

        PoolingResult result = CyclePooling.pool(cycle, Pooling.of(CaseRounding.TOLERANCE, AllocationStrategy.PROPORTIONAL));

        // 16 soaps in cases of 12 without tolerance: one case, 6 each; carrots filled to the 10 kg crate.
        assertThat(result.pool("HYG-001").orElseThrow().cases()).isEqualTo(1);
        assertThat(result.allocationsOf("CPAS-NAMUR").get(0).allocated()).isEqualByComparingTo("6");
        assertThat(result.allocationsOf("RESTO-DU-COEUR")).extracting(a -> a.allocated().stripTrailingZeros().toPlainString())
                .containsExactly("6", "10");
        // One case of 12 soaps (25.80) and one 10 kg crate of carrots (18.00) reach the 40.00 minimum.
        assertThat(CyclePooling.supplierOrderValue(cycle, result)).isEqualTo(Money.euros("43.80"));
        cycle.send(CyclePooling.supplierOrderValue(cycle, result), clock);
        assertThat(cycle.status()).isEqualTo(CycleStatus.ORDERED);
    }
    @Test
    void a_whole_order_replaces_the_previous_one_keeping_the_place_of_lines_not_raised() {
        Cycle cycle = openCycle();
        cycle.replaceOrder(CPAS_NAMUR, "BC-1", List.of(new OrderRequestLine("LEG-001", new BigDecimal("12.5"), new BigDecimal("15")),
                new OrderRequestLine("HYG-001", new BigDecimal("6"), null)), clock);
        clock.advance(Duration.ofHours(2));

        OrderOutcome outcome = cycle.replaceOrder(CPAS_NAMUR, "BC-2", List.of(new OrderRequestLine("LEG-001", new BigDecimal("10"), null),
                new OrderRequestLine("HYG-001", new BigDecimal("8"), null)), clock);

        MemberOrder namur = cycle.order("CPAS-NAMUR").orElseThrow();
        assertThat(outcome.order()).isEqualTo(namur);
        assertThat(namur.purchaseOrderNumber()).isEqualTo("BC-2");
        assertThat(namur.line("LEG-001").orElseThrow()).isEqualTo(OrderLine.of("LEG-001", Quantity.of("10", Unit.KGM), Optional.empty(), MONDAY));
        assertThat(namur.line("HYG-001").orElseThrow().orderedAt()).isEqualTo(MONDAY.plus(Duration.ofHours(2)));

        cycle.replaceOrder(CPAS_NAMUR, "", List.of(), clock);
        assertThat(cycle.order("CPAS-NAMUR")).isEmpty();
    }

    @Test
    void a_whole_order_with_refused_lines_names_each_and_changes_nothing() {
        Cycle cycle = openCycle();
        cycle.replaceOrder(RESTO, "", List.of(new OrderRequestLine("HYG-001", new BigDecimal("6"), null)), clock);
        MemberOrder before = cycle.order("RESTO-DU-COEUR").orElseThrow();

        assertThatThrownBy(() -> cycle.replaceOrder(RESTO, "", List.of(new OrderRequestLine("HYG-001", new BigDecimal("1.5"), null),
                new OrderRequestLine("LEG-001", new BigDecimal("3"), null), new OrderRequestLine("XXX-9", BigDecimal.ONE, null),
                new OrderRequestLine("LEG-001", new BigDecimal("4"), new BigDecimal("2"))), clock))
                .isInstanceOf(InvalidOrderException.class)
                .satisfies(e -> assertThat(((InvalidOrderException) e).refusedLines()).containsOnlyKeys(0, 2, 3)
                        .hasEntrySatisfying(0, m -> assertThat(m).contains("whole units only"))
                        .hasEntrySatisfying(2, m -> assertThat(m).contains("XXX-9 is not in catalogue"))
                        .hasEntrySatisfying(3, m -> assertThat(m).contains("appears twice")));
        assertThat(cycle.order("RESTO-DU-COEUR")).contains(before);
    }

    @Test
    void a_whole_order_under_an_agreement_is_judged_on_its_total_change() {
        Cycle cycle = Cycle.draft(12, "Semaine 10", version, FRIDAY_NOON, Optional.of(LotReference.of("AC-2026-01", "2")));
        cycle.open(clock);
        // 10 soaps = 21.50 stored, consumption 990.00 of 1000.00
        cycle.replaceOrder(RESTO, "", List.of(new OrderRequestLine("HYG-001", new BigDecimal("10"), null)), agreement("968.50"), clock);

        // value moved from soap to carrots: 2 soaps (4.30) and 10 kg of carrots (18.00), 0.80 more: 990.80, accepted
        OrderOutcome moved = cycle.replaceOrder(RESTO, "", List.of(new OrderRequestLine("HYG-001", new BigDecimal("2"), null),
                new OrderRequestLine("LEG-001", new BigDecimal("10"), null)), agreement("990.00"), clock);
        assertThat(moved.lotUsage().orElseThrow().consumed()).isEqualTo(Money.euros("990.80"));
        assertThat(moved.warnings()).containsExactly("Framework agreement AC-2026-01 lot 2 is 99.08% used: EUR 9.20 left");

        // 20 kg of carrots commit 18.00 more than stored: refused with what the whole order needs, and nothing changes
        assertThatThrownBy(() -> cycle.replaceOrder(RESTO, "", List.of(new OrderRequestLine("HYG-001", new BigDecimal("2"), null),
                new OrderRequestLine("LEG-001", new BigDecimal("20"), null)), agreement("990.80"), clock))
                .isInstanceOf(CeilingExceededException.class)
                .hasMessage("Framework agreement AC-2026-01 lot 2 has EUR 9.20 left under its ceiling of EUR 1000.00; this order needs EUR 18.00");
        assertThat(cycle.order("RESTO-DU-COEUR").orElseThrow()).isEqualTo(moved.order());
    }
}
