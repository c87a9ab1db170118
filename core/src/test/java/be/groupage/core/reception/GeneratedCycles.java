package be.groupage.core.reception;

import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.pooling.AllocationStrategy;
import be.groupage.core.pooling.CaseRounding;
import be.groupage.core.pooling.MemberLine;
import be.groupage.core.pooling.PoolProduct;
import be.groupage.core.pooling.Pooling;
import be.groupage.core.pooling.ProductPool;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated cycles for property tests: products counted (jars) or measured (kg, in eighths of a kg),
 * each pooled under its own rounding and strategy, with random member lines, lots (some past their
 * use-by or best-before date) and, for some measured products, weighings.
 */
public final class GeneratedCycles {

    public static final LocalDate DISTRIBUTION = LocalDate.of(2026, 3, 3);
    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    private GeneratedCycles() {
    }

    public record LineSpec(int member, int minute, int quantity, int headroom) {
    }

    public record LotSpec(int quantity, int dateKind, int dayOffset, int pick) {
    }

    public record ProductSpec(boolean measured, boolean weighed, int caseUnits, int minimumCases, CaseRounding rounding,
                              AllocationStrategy strategy, List<LineSpec> lines, List<LotSpec> lots) {

        public String code(int index) {
            return (measured ? "KG" : "PC") + index;
        }

        public Unit unit() {
            return measured ? Unit.KGM : Unit.H87;
        }

        /** A quantity of n steps: n pieces, or n eighths of a kg. */
        BigDecimal amount(int steps) {
            return measured ? BigDecimal.valueOf(steps * 125L, 3) : BigDecimal.valueOf(steps);
        }
    }

    /** A cycle's pools and receipts. */
    public record Generated(List<ProductSpec> specs, List<ProductPool> pools, List<ProductReceipt> receipts) {
        public Reception receive(long cycleId) {
            return Reception.record(cycleId, DISTRIBUTION, pools, receipts);
        }
    }

    public static Arbitrary<ProductSpec> products() {
        Arbitrary<LineSpec> line = Combinators.combine(Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(1, 40), Arbitraries.integers().between(0, 10)).as(LineSpec::new);
        Arbitrary<LotSpec> lot = Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(-3, 3), Arbitraries.integers().between(0, 99)).as(LotSpec::new);
        return Combinators.combine(
                Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(0, 2), Arbitraries.of(CaseRounding.class), Arbitraries.of(AllocationStrategy.class),
                line.list().ofMinSize(1).ofMaxSize(10), lot.list().ofMaxSize(3)).as(ProductSpec::new);
    }

    public static Arbitrary<Generated> cycles() {
        return products().list().ofMinSize(1).ofMaxSize(5).map(GeneratedCycles::build);
    }

    public static String member(int index) {
        return String.format("M%02d", index);
    }

    static Generated build(List<ProductSpec> specs) {
        List<ProductPool> pools = new ArrayList<>();
        List<ProductReceipt> receipts = new ArrayList<>();
        for (int p = 0; p < specs.size(); p++) {
            ProductSpec spec = specs.get(p);
            String code = spec.code(p);
            PoolProduct product = PoolProduct.of(code, spec.unit(), spec.amount(spec.caseUnits() * (spec.measured() ? 8 : 1)), spec.minimumCases());
            List<MemberLine> lines = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            for (LineSpec l : spec.lines()) {
                if (seen.add(l.member())) {
                    BigDecimal q = spec.amount(l.quantity());
                    BigDecimal max = l.headroom() == 0 ? null : spec.amount(l.quantity() + l.headroom());
                    lines.add(MemberLine.of(code, member(l.member()), NINE.plusSeconds(60L * l.minute()), q, max));
                }
            }
            ProductPool pool = Pooling.of(spec.rounding(), spec.strategy()).pool(List.of(product), lines).pool(code).orElseThrow();
            pools.add(pool);
            if (spec.lots().isEmpty()) {
                continue;
            }
            List<ReceivedLot> lots = new ArrayList<>();
            for (int k = 0; k < spec.lots().size(); k++) {
                LotSpec lot = spec.lots().get(k);
                // Lots sized around a case so that short, exact and over deliveries all happen.
                Quantity q = Quantity.of(spec.amount(lot.quantity() * Math.max(1, spec.caseUnits() * (spec.measured() ? 8 : 1)) / 20), spec.unit());
                LocalDate date = DISTRIBUTION.plusDays(lot.dayOffset());
                lots.add(lot.dateKind() == 0 ? ReceivedLot.undated("L" + k, q)
                        : ReceivedLot.of("L" + k, q, lot.dateKind() == 1 ? ExpiryDate.useBy(date) : ExpiryDate.bestBefore(date)));
            }
            if (spec.measured() && spec.weighed()) {
                List<Weighing> weighings = new ArrayList<>();
                for (int i = 0; i < pool.allocations().size(); i++) {
                    LotSpec pick = spec.lots().get(i % spec.lots().size());
                    if (pick.pick() % 5 != 0) {
                        BigDecimal allocated = pool.allocations().get(i).allocated();
                        // Weighed within ±10% of the allocation, to the gram.
                        BigDecimal weighed = allocated.multiply(BigDecimal.valueOf(90 + (pick.pick() + i) % 21, 2)).setScale(3, java.math.RoundingMode.DOWN);
                        weighings.add(Weighing.of(pool.allocations().get(i).memberCode(), "L" + (i % spec.lots().size()), weighed));
                    }
                }
                receipts.add(ProductReceipt.byWeighing(code, lots, weighings));
            } else {
                receipts.add(ProductReceipt.byQuantity(code, lots));
            }
        }
        return new Generated(specs, pools, receipts);
    }
}
