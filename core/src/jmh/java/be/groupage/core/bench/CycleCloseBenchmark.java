package be.groupage.core.bench;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.catalogue.Supplier;
import be.groupage.core.costsplit.SharedCost;
import be.groupage.core.costsplit.SplitRule;
import be.groupage.core.costsplit.Subsidy;
import be.groupage.core.invoicing.InvoiceDraft;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import be.groupage.core.pooling.AllocationStrategy;
import be.groupage.core.pooling.CaseRounding;
import be.groupage.core.pooling.CyclePooling;
import be.groupage.core.pooling.MemberAllocation;
import be.groupage.core.pooling.MemberLine;
import be.groupage.core.pooling.MemberLines;
import be.groupage.core.pooling.PoolProduct;
import be.groupage.core.pooling.Pooling;
import be.groupage.core.pooling.ProductPool;
import be.groupage.core.reception.ExpiryDate;
import be.groupage.core.reception.ProductReceipt;
import be.groupage.core.reception.ReceivedLot;
import be.groupage.core.reception.Reception;
import be.groupage.core.reception.Weighing;
import be.groupage.core.settlement.CycleSettlement;
import be.groupage.core.settlement.SettlementMember;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Closing a cycle of 1,000,000 order lines: 3,000 members, 2,000 products (pieces in cases of 1 to 24,
 * kilograms in crates of 5 to 25 kg, some variable-weight), each product under one of the six
 * combinations of case rounding (ROUND_DOWN, ROUND_UP, TOLERANCE) and allocation strategy
 * (PROPORTIONAL, FIRST_COME); 30% of lines state a maximum.
 *
 * <ul>
 *   <li>{@link #baseline}: sums the ordered quantities per product over the same lines (a map lookup and
 *       a BigDecimal addition per line): the floor any pass over the lines costs.</li>
 *   <li>{@link #poolOnly}: pooling alone (rank, round to cases, allocate).</li>
 *   <li>{@link #poolAndReceive}: pooling, then reception of the delivery (lots, shortfalls shared).</li>
 *   <li>{@link #closeCycle}: pooling, reception, cost split (three costs and a subsidy over 3,000
 *       members) and one invoice draft per member with its lines: the whole close.</li>
 *   <li>{@link #receiveOnly}, {@link #settleOnly}: one stage alone, on the previous stage's result
 *       computed in the setup, to see where the time goes.</li>
 *   <li>{@link #poolOnlyFromColumns}, {@link #closeCycleFromColumns}: the same pooling and the same whole
 *       close (equal results), fed the lines as columns: one {@link MemberLines} batch per policy, built
 *       once in the setup with {@code addGrains} as a service fills it from its result set (product
 *       index, member code, time, quantity and maximum in grains). No {@code MemberLine} is read: pooling
 *       works on the batch's arrays, reception and settlement on the pools' columns. Against
 *       {@link #closeCycle}, this measures what taking the input as objects costs.</li>
 * </ul>
 * The delivery (lots per product, 5% of products one case short, weighings of variable-weight lines)
 * is prepared once in the setup from a first pooling, which is deterministic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class CycleCloseBenchmark {

    static final int MEMBERS = 3_000;
    static final int PRODUCTS = 2_000;
    static final int LINES = 1_000_000;

    private final Map<Pooling, List<PoolProduct>> productsByPolicy = new HashMap<>();
    private final Map<Pooling, List<MemberLine>> linesByPolicy = new HashMap<>();
    private final List<MemberLine> allLines = new ArrayList<>(LINES);
    private final Map<Pooling, MemberLines> columnsByPolicy = new HashMap<>();
    private CatalogueVersion catalogue;
    private List<SettlementMember> members;
    private List<ProductReceipt> receipts;
    private List<ProductPool> pooled;
    private Reception received;
    private final List<SharedCost> costs = List.of(
            SharedCost.of("Transport", Money.euros("4850.00"), VatRate.ofPercent("21"), SplitRule.BY_WEIGHT),
            SharedCost.of("Frais de livraison", Money.euros("1200.00"), VatRate.ofPercent("21"), SplitRule.PER_DELIVERY_POINT),
            SharedCost.of("Frais de plateforme", Money.euros("999.99"), VatRate.ofPercent("21"), SplitRule.BY_VALUE));
    private final List<Subsidy> subsidies = List.of(Subsidy.capped("Province de Namur", new BigDecimal("15"), Money.euros("250.00")));

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(20261126);
        Pooling[] policies = new Pooling[6];
        int k = 0;
        for (CaseRounding rounding : CaseRounding.values()) {
            for (AllocationStrategy strategy : AllocationStrategy.values()) {
                policies[k++] = Pooling.of(rounding, strategy);
            }
        }
        int[] pieceCases = {1, 6, 10, 12, 24};
        int[] kgCases = {5, 10, 25};
        VatRate six = VatRate.ofPercent("6");
        VatRate twentyOne = VatRate.ofPercent("21");
        List<Product> products = new ArrayList<>(PRODUCTS);
        Pooling[] policyOf = new Pooling[PRODUCTS];
        for (int p = 0; p < PRODUCTS; p++) {
            boolean kg = p % 5 == 0;
            Product product = Product.builder(String.format("P%04d", p), "Product " + p, kg ? Unit.KGM : Unit.H87,
                            BigDecimal.valueOf(kg ? kgCases[p % 3] : pieceCases[p % 5]), Money.ofCents(50 + random.nextInt(2_000)),
                            p % 7 == 0 ? twentyOne : six)
                    .variableWeight(kg && p % 2 == 0).minimumCases(p % 11 == 0 ? 2 : 1).build();
            products.add(product);
            policyOf[p] = policies[p % 6];
            productsByPolicy.computeIfAbsent(policyOf[p], x -> new ArrayList<>()).add(CyclePooling.poolProduct(product));
        }
        catalogue = CatalogueVersion.of(Supplier.of("COOP", "Coopérative"), 1, Instant.parse("2026-03-01T00:00:00Z"), products);

        Instant opened = Instant.parse("2026-03-02T08:00:00Z");
        BigDecimal[] pieces = new BigDecimal[25];
        for (int i = 0; i < pieces.length; i++) {
            pieces[i] = BigDecimal.valueOf(i);
        }
        BigDecimal[] quarterKilos = new BigDecimal[81];
        for (int i = 0; i < quarterKilos.length; i++) {
            quarterKilos[i] = BigDecimal.valueOf(i * 250L, 3);
        }
        members = new ArrayList<>(MEMBERS);
        int line = 0;
        for (int m = 0; m < MEMBERS; m++) {
            String member = String.format("M%04d", m);
            members.add(SettlementMember.of(member, "Point " + (m % 40), m % 3 == 0 ? null : "PO-" + m));
            int count = m < LINES - MEMBERS * (LINES / MEMBERS) ? LINES / MEMBERS + 1 : LINES / MEMBERS;
            int start = random.nextInt(PRODUCTS);
            int stride = 2 * random.nextInt(400) + 1;
            while (stride % 5 == 0) {
                stride += 2;
            }
            for (int i = 0; i < count; i++, line++) {
                int p = (start + i * stride) % PRODUCTS;
                Product product = products.get(p);
                Instant at = opened.plusSeconds(random.nextInt(3 * 24 * 3600));
                BigDecimal quantity;
                BigDecimal maximum = null;
                if (product.unit() == Unit.KGM) {
                    int quarters = 2 + random.nextInt(58);
                    quantity = quarterKilos[quarters];
                    if (random.nextInt(10) < 3) {
                        maximum = quarterKilos[quarters + 1 + random.nextInt(20)];
                    }
                } else {
                    int n = 1 + random.nextInt(18);
                    quantity = pieces[n];
                    if (random.nextInt(10) < 3) {
                        maximum = pieces[n + 1 + random.nextInt(6)];
                    }
                }
                MemberLine ml = MemberLine.of(product.code(), member, at, quantity, maximum);
                allLines.add(ml);
                linesByPolicy.computeIfAbsent(policyOf[p], x -> new ArrayList<>()).add(ml);
            }
        }

        // The same lines as columns, filled the way a service would from its rows: one addGrains per row.
        linesByPolicy.forEach((pooling, lines) -> {
            MemberLines.Builder batch = MemberLines.builder(productsByPolicy.get(pooling), lines.size());
            for (MemberLine l : lines) {
                int p = batch.productIndex(l.productCode());
                int scale = batch.grainScale(p);
                batch.addGrains(p, l.memberCode(), l.orderedAt(), l.quantity().movePointRight(scale).longValueExact(),
                        l.maximum() == null ? MemberLines.NO_MAXIMUM : l.maximum().movePointRight(scale).longValueExact());
            }
            columnsByPolicy.put(pooling, batch.build());
        });

        // The delivery: every case as ordered, one lot per product (two for every tenth), 5% of
        // products one case short, variable-weight lines weighed within ±5% of their allocation.
        receipts = new ArrayList<>(PRODUCTS);
        LocalDate useBy = LocalDate.of(2026, 3, 20);
        pooled = pool();
        for (ProductPool pool : pooled) {
            int p = Integer.parseInt(pool.productCode().substring(1));
            Product product = products.get(p);
            BigDecimal delivered = pool.caseQuantity();
            if (p % 20 == 3 && pool.cases() > 0) {
                delivered = delivered.subtract(pool.product().caseSize());
            }
            List<ReceivedLot> lots = new ArrayList<>();
            if (p % 10 == 1) {
                BigDecimal half = delivered.divide(BigDecimal.valueOf(2), product.unit().fractional() ? 3 : 0, RoundingMode.DOWN);
                lots.add(ReceivedLot.of("A" + p, Quantity.of(half, product.unit()), ExpiryDate.useBy(useBy)));
                lots.add(ReceivedLot.of("B" + p, Quantity.of(delivered.subtract(half), product.unit()), ExpiryDate.useBy(useBy.plusDays(3))));
            } else {
                lots.add(ReceivedLot.of("A" + p, Quantity.of(delivered, product.unit()), ExpiryDate.bestBefore(useBy)));
            }
            if (product.variableWeight()) {
                List<Weighing> weighings = new ArrayList<>(pool.allocations().size());
                for (MemberAllocation a : pool.allocations()) {
                    BigDecimal weighed = a.allocated().multiply(BigDecimal.valueOf(95 + random.nextInt(11), 2)).setScale(3, RoundingMode.DOWN);
                    weighings.add(Weighing.of(a.memberCode(), "A" + p, weighed));
                }
                receipts.add(ProductReceipt.byWeighing(product.code(), lots, weighings));
            } else {
                receipts.add(ProductReceipt.byQuantity(product.code(), lots));
            }
        }
        received = receive(pooled);
    }

    private List<ProductPool> pool() {
        List<ProductPool> pools = new ArrayList<>(PRODUCTS);
        productsByPolicy.forEach((pooling, products) -> pools.addAll(pooling.pool(products, linesByPolicy.get(pooling)).pools()));
        return pools;
    }

    private List<ProductPool> poolFromColumns() {
        List<ProductPool> pools = new ArrayList<>(PRODUCTS);
        columnsByPolicy.forEach((pooling, lines) -> pools.addAll(pooling.pool(lines).pools()));
        return pools;
    }

    private Reception receive(List<ProductPool> pools) {
        return Reception.record(1, LocalDate.of(2026, 3, 10), pools, receipts);
    }

    @Benchmark
    public Map<String, BigDecimal> baseline() {
        Map<String, BigDecimal> totals = new HashMap<>(PRODUCTS * 2);
        for (MemberLine line : allLines) {
            totals.merge(line.productCode(), line.quantity(), BigDecimal::add);
        }
        return totals;
    }

    @Benchmark
    public List<ProductPool> poolOnly() {
        return pool();
    }

    @Benchmark
    public Reception poolAndReceive() {
        return receive(pool());
    }

    /** Reception alone, on a pooling result computed in the setup. */
    @Benchmark
    public Reception receiveOnly() {
        return receive(pooled);
    }

    /** Cost split and invoice drafts alone, on a reception computed in the setup. */
    @Benchmark
    public List<InvoiceDraft> settleOnly() {
        return CycleSettlement.of(received, catalogue, members).costs(costs).subsidies(subsidies).settle().drafts();
    }

    @Benchmark
    public List<InvoiceDraft> closeCycle() {
        Reception reception = receive(pool());
        return CycleSettlement.of(reception, catalogue, members).costs(costs).subsidies(subsidies).settle().drafts();
    }

    @Benchmark
    public List<ProductPool> poolOnlyFromColumns() {
        return poolFromColumns();
    }

    @Benchmark
    public List<InvoiceDraft> closeCycleFromColumns() {
        Reception reception = receive(poolFromColumns());
        return CycleSettlement.of(reception, catalogue, members).costs(costs).subsidies(subsidies).settle().drafts();
    }
}
