package be.groupage.core.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import be.groupage.core.catalogue.Catalogue;
import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.catalogue.Supplier;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.DeliveryPoint;
import be.groupage.core.cycle.KboNumber;
import be.groupage.core.cycle.Member;
import be.groupage.core.cycle.MemberType;
import be.groupage.core.money.Money;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The value of the consolidated order, from a pooling just done and from the pools as stored. */
class CyclePoolingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Brussels"));
    private static final Product CARROTS = Product.builder("LEG-001", "Carottes", Unit.KGM, new BigDecimal("10"), Money.euros("1.8333"),
            VatRate.ofPercent("6")).build();
    private static final Product JAM = Product.builder("CON-001", "Confiture", Unit.H87, new BigDecimal("6"), Money.euros("3.1050"),
            VatRate.ofPercent("6")).build();
    private static final CatalogueVersion CATALOGUE = Catalogue.of(Supplier.of("COOP", "Coopérative")).publish(List.of(CARROTS, JAM), CLOCK);

    @Test
    void the_stored_pools_are_worth_their_whole_cases_at_catalogue_price_each_product_rounded_to_the_cent() {
        // 20 kg × 1.8333 = 36.666 → 36.67; 12 jars × 3.1050 = 37.26 → 37.26
        Money value = CyclePooling.supplierOrderValue(CATALOGUE, Map.of("LEG-001", new BigDecimal("20"), "CON-001", new BigDecimal("12")));

        assertThat(value).isEqualTo(Money.euros("73.93"));
    }

    @Test
    void the_stored_pools_are_worth_what_the_pooling_that_made_them_was_worth() {
        Member namur = Member.of("CPAS-NA", "CPAS de Namur", MemberType.CPAS, KboNumber.of("0203.201.340"), DeliveryPoint.of("Namur", "Rue de Dave 165"));
        Cycle cycle = Cycle.draft(1, "Mars S1", CATALOGUE, Instant.parse("2026-03-05T12:00:00Z"));
        cycle.open(CLOCK);
        cycle.place(namur, "LEG-001", new BigDecimal("13"), null, CLOCK);
        cycle.place(namur, "CON-001", new BigDecimal("5"), null, CLOCK);
        PoolingResult result = CyclePooling.pool(cycle, Pooling.of(CaseRounding.ROUND_UP, AllocationStrategy.PROPORTIONAL));

        Money stored = CyclePooling.supplierOrderValue(CATALOGUE, Map.of("LEG-001", new BigDecimal("20"), "CON-001", new BigDecimal("6")));

        assertThat(CyclePooling.supplierOrderValue(cycle, result)).isEqualTo(stored);
    }

    @Test
    void no_pool_is_worth_nothing() {
        assertThat(CyclePooling.supplierOrderValue(CATALOGUE, Map.of())).isEqualTo(Money.zero());
    }

    @Test
    void the_orders_rows_fed_as_columns_pool_as_the_cycle_does() {
        Member namur = Member.of("CPAS-NA", "CPAS de Namur", MemberType.CPAS, KboNumber.of("0203.201.340"), DeliveryPoint.of("Namur", "Rue de Dave 165"));
        Member dinant = Member.of("ASBL-DI", "Resto Dinant", MemberType.ASSOCIATION, KboNumber.of("0411.905.847"), DeliveryPoint.of("Dinant", "Rue Grande 1"));
        Cycle cycle = Cycle.draft(1, "Mars S1", CATALOGUE, Instant.parse("2026-03-05T12:00:00Z"));
        cycle.open(CLOCK);
        cycle.place(namur, "LEG-001", new BigDecimal("13.5"), null, CLOCK);
        cycle.place(dinant, "LEG-001", new BigDecimal("4"), new BigDecimal("6"), CLOCK);
        cycle.place(dinant, "CON-001", new BigDecimal("5"), null, CLOCK);
        Pooling pooling = Pooling.of(CaseRounding.TOLERANCE, AllocationStrategy.PROPORTIONAL);

        MemberLines.Builder rows = CyclePooling.lines(CATALOGUE, 3);
        cycle.orders().forEach(o -> o.lines().forEach(l -> rows.add(l.productCode(), o.memberCode(), l.orderedAt(), l.quantity().amount(),
                l.maximum().map(m -> m.amount()).orElse(null))));
        PoolingResult fromColumns = pooling.pool(rows.build());
        PoolingResult fromCycle = CyclePooling.pool(cycle, pooling);

        assertThat(fromColumns.pools()).hasSameSizeAs(fromCycle.pools());
        for (int p = 0; p < fromCycle.pools().size(); p++) {
            ProductPool expected = fromCycle.pools().get(p);
            ProductPool actual = fromColumns.pools().get(p);
            assertThat(actual.productCode()).isEqualTo(expected.productCode());
            assertThat(actual.cases()).isEqualTo(expected.cases());
            assertThat(actual.allocations()).hasSameSizeAs(expected.allocations());
            for (int a = 0; a < expected.allocations().size(); a++) {
                MemberAllocation e = expected.allocations().get(a);
                MemberAllocation g = actual.allocations().get(a);
                assertThat(g.memberCode()).isEqualTo(e.memberCode());
                assertThat(g.allocated()).isEqualByComparingTo(e.allocated());
                assertThat(g.reason()).isEqualTo(e.reason());
                assertThat(g.explanation()).isEqualTo(e.explanation());
            }
        }
        assertThat(CyclePooling.supplierOrderValue(cycle, fromColumns)).isEqualTo(CyclePooling.supplierOrderValue(cycle, fromCycle));
    }
}
