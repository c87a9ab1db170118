package be.groupage.core.reception;

import static org.assertj.core.api.Assertions.assertThat;

import be.groupage.core.money.Quantity;
import be.groupage.core.pooling.AllocationStrategy;
import be.groupage.core.pooling.ProductPool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** Invariants of reception over generated cycles: re-allocation adds up and never exceeds an allocation; recall is exact. */
class ReceptionPropertiesTest {

    @Provide
    Arbitrary<GeneratedCycles.Generated> cycles() {
        return GeneratedCycles.cycles();
    }

    @Property(tries = 2000)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void redistribution_adds_up_and_never_gives_a_line_more_than_its_allocation(@ForAll("cycles") GeneratedCycles.Generated cycle) {
        Reception r = cycle.receive(1);
        Statistics.label("short").collect(r.notices().stream().anyMatch(n -> n.kind() == ReceptionNotice.Kind.SHORT_DELIVERY));
        Statistics.label("withheld").collect(!r.withheldLots().isEmpty());
        Statistics.label("weighed").collect(r.lines().stream().anyMatch(ReceivedLine::weighed));
        Statistics.label("lot split").collect(r.lines().stream().anyMatch(l -> l.lots().size() > 1));
        Map<String, ProductReceipt> receipts = new HashMap<>();
        cycle.receipts().forEach(rc -> receipts.put(rc.productCode(), rc));
        for (ProductPool pool : cycle.pools()) {
            String code = pool.productCode();
            List<ReceivedLine> lines = r.lines().stream().filter(l -> l.productCode().equals(code)).toList();
            assertThat(lines).hasSize(pool.allocations().size());
            ProductReceipt receipt = receipts.get(code);
            Map<String, Long> lotLeft = new HashMap<>();
            Set<String> withheld = new HashSet<>();
            if (receipt != null) {
                for (ReceivedLot lot : receipt.lots()) {
                    boolean expired = lot.expiry().map(e -> e.forbidsDistributionOn(GeneratedCycles.DISTRIBUTION)).orElse(false);
                    if (expired) {
                        withheld.add(lot.lotNumber());
                    } else {
                        lotLeft.put(lot.lotNumber(), Grains.of(lot.quantity().amount(), lot.quantity().unit()));
                    }
                }
            }
            assertThat(r.withheldLots().stream().filter(w -> w.productCode().equals(code)).map(WithheldLot::lotNumber))
                    .containsExactlyInAnyOrderElementsOf(withheld);
            long distributable = lotLeft.values().stream().mapToLong(Long::longValue).sum();
            long allocated = 0;
            long delivered = 0;
            for (ReceivedLine line : lines) {
                long lineLots = 0;
                for (LotPortion portion : line.lots()) {
                    assertThat(withheld).doesNotContain(portion.lotNumber());
                    long g = Grains.of(portion.quantity().amount(), portion.quantity().unit());
                    lineLots += g;
                    lotLeft.merge(portion.lotNumber(), -g, Long::sum);
                }
                assertThat(lineLots).as("lot portions add up to the delivered quantity").isEqualTo(line.deliveredGrains());
                assertThat(line.deliveredGrains()).isNotNegative();
                if (!line.weighed()) {
                    assertThat(line.deliveredGrains()).as("never more than allocated").isLessThanOrEqualTo(line.allocatedGrains());
                }
                allocated += line.allocatedGrains();
                delivered += line.deliveredGrains();
            }
            for (StockPortion s : r.platformStock()) {
                if (s.productCode().equals(code)) {
                    lotLeft.merge(s.lotNumber(), -Grains.of(s.quantity().amount(), s.quantity().unit()), Long::sum);
                }
            }
            if (receipt != null && !receipt.weighed()) {
                assertThat(delivered).as("what reaches members").isEqualTo(Math.min(distributable, allocated));
                assertThat(lotLeft.values()).as("every distributable lot is given out or kept as stock").allMatch(left -> left == 0);
                if (pool.strategy() == AllocationStrategy.PROPORTIONAL && delivered < allocated) {
                    for (ReceivedLine line : lines) {
                        // Within one unit of the exact share delivered × allocation / allocated total.
                        long scaledError = Math.abs(line.deliveredGrains() * allocated - delivered * line.allocatedGrains());
                        assertThat(scaledError).isLessThan(allocated);
                    }
                }
            } else if (receipt == null) {
                assertThat(delivered).isZero();
            } else {
                assertThat(lotLeft.values()).as("weighed lots: weighings plus stock cover the lot unless overweighed")
                        .allMatch(left -> left <= 0);
            }
        }
        // The generator must produce the cases that matter, not only edge cases.
        for (String label : List.of("short", "withheld", "weighed", "lot split")) {
            Statistics.label(label).coverage(c -> c.check(true).percentage(p -> p > 5));
        }
    }

    @Property(tries = 2000)
    void recall_finds_exactly_the_members_who_got_the_lot(@ForAll("cycles") GeneratedCycles.Generated cycle) {
        Reception r = cycle.receive(42);
        Set<String> lotNumbers = new TreeSet<>(List.of("L0", "L1", "L2", "NONE"));
        for (String lot : lotNumbers) {
            Map<String, BigDecimal> expected = new HashMap<>();
            for (ReceivedLine line : r.lines()) {
                for (LotPortion portion : line.lots()) {
                    if (portion.lotNumber().equals(lot) && !portion.quantity().isZero()) {
                        expected.put(line.memberCode() + "/" + line.productCode(), portion.quantity().amount());
                    }
                }
            }
            List<LotRecipient> found = r.recipientsOf(lot);
            Map<String, BigDecimal> actual = new HashMap<>();
            for (LotRecipient recipient : found) {
                assertThat(recipient.cycleId()).isEqualTo(42);
                assertThat(actual.put(recipient.memberCode() + "/" + recipient.productCode(), recipient.quantity().amount())).isNull();
            }
            assertThat(actual.keySet()).isEqualTo(expected.keySet());
            expected.forEach((k, q) -> assertThat(actual.get(k)).isEqualByComparingTo(q));
            List<String> perProduct = new ArrayList<>();
            for (ProductPool pool : cycle.pools()) {
                r.recipientsOf(pool.productCode(), lot).forEach(rc -> perProduct.add(rc.memberCode() + "/" + rc.productCode()));
            }
            assertThat(perProduct).containsExactlyInAnyOrderElementsOf(expected.keySet());
        }
    }

    @Property(tries = 500)
    void a_restored_reception_answers_like_the_recorded_one(@ForAll("cycles") GeneratedCycles.Generated cycle) {
        Reception r = cycle.receive(3);
        List<ReceivedLine> stored = r.lines().stream().map(l -> ReceivedLine.restore(l.memberCode(), l.productCode(), l.ordered(),
                l.allocated(), l.delivered(), l.weighed(), l.lots())).toList();
        Reception back = Reception.restore(3, r.distributionDate(), r.receipts(), stored, r.withheldLots(), r.platformStock(), r.notices());
        assertThat(back.lines()).isEqualTo(r.lines());
        assertThat(back.recipientsOf("L0")).isEqualTo(r.recipientsOf("L0"));
        for (ReceivedLine line : back.lines()) {
            assertThat(line.delivered()).isEqualTo(Quantity.of(line.deliveredAmount(), line.unit()));
        }
    }

    @Property(tries = 500)
    void line_accessors_by_index_read_what_the_lines_say(@ForAll("cycles") GeneratedCycles.Generated cycle) {
        Reception r = cycle.receive(5);
        List<ReceivedLine> stored = r.lines().stream().map(l -> ReceivedLine.restore(l.memberCode(), l.productCode(), l.ordered(),
                l.allocated(), l.delivered(), l.weighed(), l.lots())).toList();
        Reception back = Reception.restore(5, r.distributionDate(), r.receipts(), stored, r.withheldLots(), r.platformStock(), r.notices());
        for (Reception reception : List.of(r, back)) {
            List<ReceivedLine> lines = reception.lines();
            for (int i = 0; i < lines.size(); i++) {
                ReceivedLine line = lines.get(i);
                assertThat(reception.memberCodeAt(i)).isEqualTo(line.memberCode());
                assertThat(reception.productCodeAt(i)).isEqualTo(line.productCode());
                assertThat(reception.unitAt(i)).isEqualTo(line.unit());
                assertThat(reception.weighedAt(i)).isEqualTo(line.weighed());
                assertThat(reception.deliveredGrainsAt(i)).isEqualTo(line.deliveredGrains());
                assertThat(reception.deliveredAt(i)).isEqualTo(line.delivered());
                assertThat(line.isDelivered()).isEqualTo(line.deliveredGrains() > 0);
            }
            int n = lines.size();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> reception.deliveredGrainsAt(n)).isInstanceOf(IndexOutOfBoundsException.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> reception.memberCodeAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }
}
