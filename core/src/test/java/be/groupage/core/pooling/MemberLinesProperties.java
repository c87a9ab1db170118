package be.groupage.core.pooling;

import static org.assertj.core.api.Assertions.assertThat;

import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.reception.ExpiryDate;
import be.groupage.core.reception.ProductReceipt;
import be.groupage.core.reception.ReceivedLot;
import be.groupage.core.reception.Reception;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Pooling a batch of columns ({@link MemberLines}) gives what pooling the same lines as objects gives,
 * and what pooling gave before it took columns ({@link PoolingBeforeColumns}): pools, cases, every
 * allocation (line, ordered, allocated, reason, explanation) and the reception built on them.
 */
class MemberLinesProperties {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    record Cycle(List<PoolProduct> products, List<MemberLine> lines) {
    }

    @Provide
    Arbitrary<Cycle> cycles() {
        Arbitrary<PoolProduct> counted = Combinators.combine(Arbitraries.of(Unit.H87, Unit.C62), Arbitraries.integers().between(1, 24),
                Arbitraries.integers().between(0, 4)).as((u, c, k) -> PoolProduct.of("", u, c, k));
        Arbitrary<PoolProduct> measured = Combinators.combine(Arbitraries.of(Unit.KGM, Unit.LTR, Unit.GRM),
                Arbitraries.bigDecimals().between(new BigDecimal("0.250"), new BigDecimal("25")).ofScale(3),
                Arbitraries.integers().between(0, 3)).as((u, c, k) -> PoolProduct.of("", u, c, k));
        Arbitrary<List<PoolProduct>> products = Arbitraries.oneOf(counted, measured).list().ofMinSize(1).ofMaxSize(4).map(ps -> {
            List<PoolProduct> named = new ArrayList<>();
            for (int i = 0; i < ps.size(); i++) {
                PoolProduct p = ps.get(i);
                // Codes not in index order, so the pools' code order differs from the batch's.
                named.add(PoolProduct.of("P" + (ps.size() - i), p.unit(), p.caseSize(), p.minimumCases()));
            }
            return named;
        });
        return products.flatMap(ps -> line(ps).list().ofMinSize(1).ofMaxSize(40).map(ls -> new Cycle(ps, ls)));
    }

    private Arbitrary<MemberLine> line(List<PoolProduct> products) {
        // Few members and times (some a nanosecond or a millisecond apart), so rank ties are frequent;
        // quantities written at several scales (2, 2.5, 2.500).
        Arbitrary<Instant> at = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 4).map(m -> T0.plusSeconds(60L * m)),
                Arbitraries.integers().between(0, 3).map(n -> T0.plusNanos(n)),
                Arbitraries.integers().between(0, 3).map(ms -> T0.plusMillis(ms).plusNanos(500)));
        return Combinators.combine(Arbitraries.of(products), Arbitraries.integers().between(0, 9).map(i -> "M" + i), at,
                Arbitraries.integers().between(1, 40_000), Arbitraries.integers().between(0, 12_000).injectNull(0.4),
                Arbitraries.integers().between(0, 2))
                .as((p, member, t, q, margin, form) -> {
                    int scale = p.scale();
                    BigDecimal quantity = grains(scale == 0 ? q / 1000 + 1 : q, scale, form);
                    BigDecimal maximum = margin == null ? null
                            : quantity.add(grains(scale == 0 ? margin / 1000 : margin, scale, form));
                    return MemberLine.of(p.productCode(), member, t, quantity, maximum);
                });
    }

    private static BigDecimal grains(long grains, int scale, int form) {
        BigDecimal exact = BigDecimal.valueOf(grains, scale);
        return form == 0 ? exact : form == 1 ? exact.stripTrailingZeros() : exact.setScale(scale + 2);
    }

    @Property(tries = 3000)
    void columns_pool_as_the_lines_do_and_as_pooling_did(@ForAll("cycles") Cycle c, @ForAll CaseRounding rounding,
                                                        @ForAll AllocationStrategy strategy) {
        Pooling pooling = Pooling.of(rounding, strategy);
        PoolingResult objects = pooling.pool(c.products(), c.lines());
        PoolingResult before = PoolingBeforeColumns.of(rounding, strategy).pool(c.products(), c.lines());
        PoolingResult columns = pooling.pool(MemberLines.of(c.products(), c.lines()));

        // The object path is unchanged: the very lines, in the same order, equal in every field.
        assertThat(objects).isEqualTo(before);
        assertSameObservables(objects, before);
        assertSameObservables(columns, before);
        assertSameReception(columns, before);
    }

    @Property(tries = 1000)
    void columns_filled_in_grains_equal_the_lines_at_the_products_scale(@ForAll("cycles") Cycle c, @ForAll CaseRounding rounding,
                                                                       @ForAll AllocationStrategy strategy) {
        MemberLines.Builder builder = MemberLines.builder(c.products(), 0);
        List<MemberLine> atScale = new ArrayList<>();
        for (MemberLine l : c.lines()) {
            int p = builder.productIndex(l.productCode());
            int scale = builder.grainScale(p);
            long q = l.quantity().movePointRight(scale).longValueExact();
            long max = l.maximum() == null ? MemberLines.NO_MAXIMUM : l.maximum().movePointRight(scale).longValueExact();
            builder.addGrains(p, l.memberCode(), l.orderedAt(), q, max);
            atScale.add(MemberLine.of(l.productCode(), l.memberCode(), l.orderedAt(), BigDecimal.valueOf(q, scale),
                    l.maximum() == null ? null : BigDecimal.valueOf(max, scale)));
        }
        MemberLines batch = builder.build();
        Pooling pooling = Pooling.of(rounding, strategy);

        // Read back grouped by product, in the order added within a product.
        List<MemberLine> grouped = new ArrayList<>(atScale);
        grouped.sort(Comparator.comparingInt(l -> builder.productIndex(l.productCode())));
        assertThat(batch.size()).isEqualTo(c.lines().size());
        for (int i = 0; i < batch.size(); i++) {
            assertThat(batch.line(i)).isEqualTo(grouped.get(i));
        }
        // Lines written at the products' scale come back identical: the results are equal as values.
        assertThat(pooling.pool(batch)).isEqualTo(PoolingBeforeColumns.of(rounding, strategy).pool(c.products(), atScale));
    }

    private static void assertSameObservables(PoolingResult actual, PoolingResult expected) {
        assertThat(actual.pools()).hasSameSizeAs(expected.pools());
        for (int k = 0; k < expected.pools().size(); k++) {
            ProductPool a = actual.pools().get(k);
            ProductPool e = expected.pools().get(k);
            assertThat(a.product()).isEqualTo(e.product());
            assertThat(a.cases()).isEqualTo(e.cases());
            assertThat(a.caseQuantity()).isEqualTo(e.caseQuantity());
            assertThat(a.totalOrdered()).isEqualTo(e.totalOrdered());
            assertThat(a.totalMaximum()).isEqualTo(e.totalMaximum());
            assertThat(a.allocatedTotal()).isEqualTo(e.allocatedTotal());
            assertThat(a.platformStock()).isEqualTo(e.platformStock());
            assertThat(a.shortfall()).isEqualTo(e.shortfall());
            assertThat(a.belowMinimumCases()).isEqualTo(e.belowMinimumCases());
            assertThat(a.orderedGrains()).isEqualTo(e.orderedGrains());
            assertThat(a.allocatedGrains()).isEqualTo(e.allocatedGrains());
            assertThat(a.toString()).isEqualTo(e.toString());
            assertThat(a.allocations()).hasSameSizeAs(e.allocations());
            for (int i = 0; i < e.allocations().size(); i++) {
                MemberAllocation x = a.allocations().get(i);
                MemberAllocation y = e.allocations().get(i);
                assertThat(a.memberCodeAt(i)).isEqualTo(e.memberCodeAt(i));
                assertThat(x.productCode()).isEqualTo(y.productCode());
                assertThat(x.memberCode()).isEqualTo(y.memberCode());
                assertThat(x.line().orderedAt()).isEqualTo(y.line().orderedAt());
                assertThat(x.ordered()).isEqualByComparingTo(y.ordered());
                assertThat(x.line().ceiling()).isEqualByComparingTo(y.line().ceiling());
                assertThat(x.line().maximum() == null).isEqualTo(y.line().maximum() == null);
                assertThat(x.allocated()).isEqualTo(y.allocated());
                assertThat(x.difference()).isEqualTo(y.difference());
                assertThat(x.reason()).isEqualTo(y.reason());
                assertThat(x.explanation()).isEqualTo(y.explanation());
                assertThat(x.orderedGrains()).isEqualTo(y.orderedGrains());
                assertThat(x.allocatedGrains()).isEqualTo(y.allocatedGrains());
            }
        }
    }

    /** A delivery of every case ordered (one case short for the first product), received on both results. */
    private static void assertSameReception(PoolingResult actual, PoolingResult expected) {
        List<ProductReceipt> receipts = new ArrayList<>();
        for (ProductPool pool : expected.pools()) {
            BigDecimal delivered = pool.caseQuantity();
            if (receipts.isEmpty() && pool.cases() > 0) {
                delivered = delivered.subtract(pool.product().caseSize());
            }
            if (pool.cases() > 0) {
                receipts.add(ProductReceipt.byQuantity(pool.productCode(), List.of(ReceivedLot.of("L" + pool.productCode(),
                        Quantity.of(delivered, pool.product().unit()), ExpiryDate.bestBefore(DAY.plusDays(9))))));
            }
        }
        Reception a = Reception.record(1, DAY, actual, receipts);
        Reception e = Reception.record(1, DAY, expected, receipts);
        assertThat(a.lines()).isEqualTo(e.lines());
        assertThat(a.platformStock()).isEqualTo(e.platformStock());
        assertThat(a.withheldLots()).isEqualTo(e.withheldLots());
        assertThat(a.notices()).isEqualTo(e.notices());
    }
}
