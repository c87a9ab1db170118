package be.groupage.core.reception;

import be.groupage.core.money.LargestRemainder;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.pooling.AllocationStrategy;
import be.groupage.core.pooling.PoolingResult;
import be.groupage.core.pooling.ProductPool;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the cooperative delivered for a cycle and what each member line got of it.
 *
 * <p>Rules, applied per product to the pooling result of the cycle:
 * <ol>
 *   <li><b>Use-by dates.</b> A lot whose use-by date (DLC) is before the distribution date is
 *       <em>withheld</em>: recorded as received, listed in {@link #withheldLots()} with the reason, and
 *       distributed to nobody. It is not an exception, so one expired crate does not block a cycle; the
 *       rest is shared as if that lot had not come. A lot may be distributed on its use-by day. A lot
 *       past its best-before date (DDM) is distributed with a notice.</li>
 *   <li><b>By quantity.</b> The distributable quantity (the lots not withheld) goes to the member lines
 *       up to what each was allocated. When it is short, the platform's stock (a ROUND_UP surplus) gives
 *       way first, then the shortfall is shared with the product's allocation strategy, as pooling
 *       shares a case shortfall: PROPORTIONAL to the allocations by largest remainder (ties to the
 *       better-ranked line), or FIRST_COME in rank order. No line gets more than it was allocated;
 *       what is left over is platform stock.</li>
 *   <li><b>Lots.</b> Lines are served in rank order from the lots earliest date first (undated lots
 *       last, then by lot number), so a line may come from two lots; every portion is recorded.</li>
 *   <li><b>By weighing.</b> A variable-weight product's members receive what they weighed; a weighing
 *       from a withheld lot does not count. What a lot's weighings leave is platform stock.</li>
 * </ol>
 *
 * <p>Persisting: {@link #restore} takes every piece of state back without recomputing.
 */
public final class Reception {

    private static final Comparator<ReceivedLot> EARLIEST_DATE_FIRST = Comparator
            .comparing((ReceivedLot l) -> l.expiry().map(ExpiryDate::date).orElse(LocalDate.MAX))
            .thenComparing(ReceivedLot::lotNumber);

    private final long cycleId;
    private final LocalDate distributionDate;
    private final List<ProductReceipt> receipts;
    private final List<ReceivedLine> lines;
    private final List<WithheldLot> withheldLots;
    private final List<StockPortion> platformStock;
    private final List<ReceptionNotice> notices;

    private Reception(long cycleId, LocalDate distributionDate, List<ProductReceipt> receipts, List<ReceivedLine> lines,
                      List<WithheldLot> withheldLots, List<StockPortion> platformStock, List<ReceptionNotice> notices) {
        this.cycleId = cycleId;
        this.distributionDate = Objects.requireNonNull(distributionDate, "distributionDate");
        this.receipts = List.copyOf(Objects.requireNonNull(receipts, "receipts"));
        // Lines recorded here are an unmodifiable columnar list already; restored ones are copied.
        this.lines = lines instanceof ReceivedLines ? lines : Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(lines, "lines")));
        this.withheldLots = List.copyOf(Objects.requireNonNull(withheldLots, "withheldLots"));
        this.platformStock = List.copyOf(Objects.requireNonNull(platformStock, "platformStock"));
        this.notices = List.copyOf(Objects.requireNonNull(notices, "notices"));
    }

    /**
     * Records a delivery against the cycle's pooling result, for distribution on {@code distributionDate}.
     * A pooled product without a receipt is delivered to nobody (with a notice when cases were ordered).
     *
     * @throws IllegalArgumentException when a receipt names a product that was not pooled or is given
     *                                  twice, a lot is in another unit than the product, a quantity has
     *                                  more decimals than the unit allows, or a member is weighed for a
     *                                  product it has no line for
     */
    public static Reception record(long cycleId, LocalDate distributionDate, PoolingResult pooling, List<ProductReceipt> receipts) {
        return record(cycleId, distributionDate, Objects.requireNonNull(pooling, "pooling").pools(), receipts);
    }

    /**
     * As {@link #record(long, LocalDate, PoolingResult, List)}, from product pools that may come from
     * several poolings (e.g. products pooled under different rounding policies); each product once.
     */
    public static Reception record(long cycleId, LocalDate distributionDate, Collection<ProductPool> pools, List<ProductReceipt> receipts) {
        Objects.requireNonNull(distributionDate, "distributionDate");
        Objects.requireNonNull(pools, "pools");
        Objects.requireNonNull(receipts, "receipts");
        List<ProductPool> sorted = new ArrayList<>(pools);
        sorted.sort(Comparator.comparing(ProductPool::productCode));
        Map<String, ProductPool> poolOf = new HashMap<>(sorted.size() * 2);
        for (ProductPool pool : sorted) {
            if (poolOf.put(pool.productCode(), pool) != null) {
                throw new IllegalArgumentException("Product " + pool.productCode() + " is pooled twice");
            }
        }
        Map<String, ProductReceipt> byProduct = new HashMap<>();
        for (ProductReceipt r : receipts) {
            if (byProduct.put(r.productCode(), r) != null) {
                throw new IllegalArgumentException("Product " + r.productCode() + " is received twice");
            }
            if (!poolOf.containsKey(r.productCode())) {
                throw new IllegalArgumentException("Product " + r.productCode() + " was not ordered in cycle " + cycleId);
            }
        }
        int lineCount = 0;
        for (ProductPool pool : sorted) {
            lineCount = Math.addExact(lineCount, pool.allocations().size());
        }
        Builder builder = new Builder(distributionDate, lineCount);
        for (ProductPool pool : sorted) {
            builder.receive(pool, byProduct.get(pool.productCode()));
        }
        return new Reception(cycleId, distributionDate, receipts, builder.lines.build(), builder.withheld, builder.stock, builder.notices);
    }

    /** As {@link #record(long, LocalDate, PoolingResult, List)}, distributing on the clock's date. */
    public static Reception record(long cycleId, Clock clock, PoolingResult pooling, List<ProductReceipt> receipts) {
        Objects.requireNonNull(clock, "clock");
        return record(cycleId, LocalDate.ofInstant(clock.instant(), clock.getZone()), pooling, receipts);
    }

    /** A reception with all its state, as loaded from storage; nothing is recomputed. */
    public static Reception restore(long cycleId, LocalDate distributionDate, List<ProductReceipt> receipts, List<ReceivedLine> lines,
                                    List<WithheldLot> withheldLots, List<StockPortion> platformStock, List<ReceptionNotice> notices) {
        return new Reception(cycleId, distributionDate, receipts, lines, withheldLots, platformStock, notices);
    }

    // ---- queries ----

    public long cycleId() {
        return cycleId;
    }

    public LocalDate distributionDate() {
        return distributionDate;
    }

    /** What the coordinator recorded, as given. */
    public List<ProductReceipt> receipts() {
        return receipts;
    }

    /**
     * Every member line, by product code, then in pooling rank order. For a recorded reception this is an
     * unmodifiable view over columns, whose {@link ReceivedLine}s are made when read (equal values, not
     * the same objects each time); {@link #memberCodeAt} and the other {@code *At} methods read a line's
     * fields without making it.
     */
    public List<ReceivedLine> lines() {
        return lines;
    }

    // Reading line i of lines() without making its ReceivedLine (settling a million lines reads these).

    /** {@code lines().get(index).memberCode()}, without making the line. */
    public String memberCodeAt(int index) {
        return lines instanceof ReceivedLines c ? c.memberCode(index) : lines.get(index).memberCode();
    }

    /** {@code lines().get(index).productCode()}, without making the line. */
    public String productCodeAt(int index) {
        return lines instanceof ReceivedLines c ? c.productCode(index) : lines.get(index).productCode();
    }

    /** {@code lines().get(index).unit()}, without making the line. */
    public Unit unitAt(int index) {
        return lines instanceof ReceivedLines c ? c.unit(index) : lines.get(index).unit();
    }

    /** {@code lines().get(index).weighed()}, without making the line. */
    public boolean weighedAt(int index) {
        return lines instanceof ReceivedLines c ? c.weighed(index) : lines.get(index).weighed();
    }

    /** {@code lines().get(index).deliveredGrains()}, without making the line. */
    public long deliveredGrainsAt(int index) {
        return lines instanceof ReceivedLines c ? c.deliveredGrains(index) : lines.get(index).deliveredGrains();
    }

    /** {@code lines().get(index).delivered()}, without making the line (small quantities are shared values). */
    public Quantity deliveredAt(int index) {
        return lines instanceof ReceivedLines c ? Grains.quantity(c.deliveredGrains(index), c.unit(index)) : lines.get(index).delivered();
    }

    /** One member's lines, by product code. */
    public List<ReceivedLine> linesOf(String memberCode) {
        Objects.requireNonNull(memberCode, "memberCode");
        List<ReceivedLine> mine = new ArrayList<>();
        for (ReceivedLine line : lines) {
            if (line.memberCode().equals(memberCode)) {
                mine.add(line);
            }
        }
        mine.sort(Comparator.comparing(ReceivedLine::productCode));
        return mine;
    }

    public Optional<ReceivedLine> line(String memberCode, String productCode) {
        for (ReceivedLine line : lines) {
            if (line.memberCode().equals(memberCode) && line.productCode().equals(productCode)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** Lots received but not distributed, with the reason. */
    public List<WithheldLot> withheldLots() {
        return withheldLots;
    }

    /** What the platform keeps, per product and lot. */
    public List<StockPortion> platformStock() {
        return platformStock;
    }

    public List<ReceptionNotice> notices() {
        return notices;
    }

    /**
     * Recall: every member line that received lot {@code lotNumber}, of any product. Lot numbers are the
     * producers', so two products may share one: use {@link #recipientsOf(String, String)} to narrow.
     */
    public List<LotRecipient> recipientsOf(String lotNumber) {
        return recipients(null, Objects.requireNonNull(lotNumber, "lotNumber"));
    }

    /** Recall: every member line of {@code productCode} that received lot {@code lotNumber}. */
    public List<LotRecipient> recipientsOf(String productCode, String lotNumber) {
        return recipients(Objects.requireNonNull(productCode, "productCode"), Objects.requireNonNull(lotNumber, "lotNumber"));
    }

    private List<LotRecipient> recipients(String productCode, String lotNumber) {
        List<LotRecipient> found = new ArrayList<>();
        for (ReceivedLine line : lines) {
            if (productCode != null && !line.productCode().equals(productCode)) {
                continue;
            }
            line.quantityFrom(lotNumber).ifPresent(q ->
                    found.add(new LotRecipient(line.memberCode(), line.productCode(), lotNumber, q, cycleId, distributionDate)));
        }
        found.sort(Comparator.comparing(LotRecipient::memberCode).thenComparing(LotRecipient::productCode));
        return found;
    }

    @Override
    public String toString() {
        return "Reception of cycle " + cycleId + " for " + distributionDate + " (" + lines.size() + " lines, "
                + withheldLots.size() + " lots withheld)";
    }

    // ---- computing ----

    private static final class Builder {
        private final LocalDate day;
        private final ReceivedLines.Builder lines;
        private final List<WithheldLot> withheld = new ArrayList<>();
        private final List<StockPortion> stock = new ArrayList<>();
        private final List<ReceptionNotice> notices = new ArrayList<>();

        Builder(LocalDate day, int lineCount) {
            this.day = day;
            this.lines = new ReceivedLines.Builder(lineCount);
        }

        void receive(ProductPool pool, ProductReceipt receipt) {
            String code = pool.productCode();
            Unit unit = pool.product().unit();
            int n = pool.allocations().size();
            // Pooling counts in the same grains as reception (its scale is the unit's): read its columns,
            // no MemberAllocation or BigDecimal per line.
            long[] ordered = pool.orderedGrains();
            long[] allocated = pool.allocatedGrains();
            long allocatedTotal = 0;
            for (int i = 0; i < n; i++) {
                allocatedTotal += allocated[i];
            }
            if (receipt == null) {
                if (pool.cases() > 0) {
                    notices.add(new ReceptionNotice(code, "", ReceptionNotice.Kind.NOT_RECEIVED,
                            "Product " + code + ": " + pool.cases() + " case(s) ordered, no delivery recorded; nothing is distributed"));
                }
                lines.product(code, unit, false, ordered, allocated, null);
                for (int i = 0; i < n; i++) {
                    lines.add(pool.memberCodeAt(i), null, null);
                }
                return;
            }
            List<ReceivedLot> distributable = new ArrayList<>(receipt.lots().size());
            for (ReceivedLot lot : receipt.lots()) {
                if (lot.quantity().unit() != unit) {
                    throw new IllegalArgumentException("Product " + code + " is sold in " + unit.code() + ": lot " + lot.lotNumber()
                            + " is in " + lot.quantity().unit().code());
                }
                Optional<ExpiryDate> expiry = lot.expiry();
                if (expiry.isPresent() && expiry.get().forbidsDistributionOn(day)) {
                    String reason = "Use-by date " + expiry.get().date() + " is before the distribution date " + day;
                    withheld.add(new WithheldLot(code, lot.lotNumber(), lot.quantity(), reason));
                    notices.add(new ReceptionNotice(code, lot.lotNumber(), ReceptionNotice.Kind.USE_BY_PASSED,
                            "Product " + code + ", lot " + lot.lotNumber() + " (" + lot.quantity() + ") withheld: " + reason));
                    continue;
                }
                if (expiry.isPresent() && expiry.get().passedOn(day)) {
                    notices.add(new ReceptionNotice(code, lot.lotNumber(), ReceptionNotice.Kind.BEST_BEFORE_PASSED,
                            "Product " + code + ", lot " + lot.lotNumber() + ": best-before date " + expiry.get().date()
                                    + " passed on the distribution date " + day + "; it may still be distributed"));
                }
                distributable.add(lot);
            }
            distributable.sort(EARLIEST_DATE_FIRST);
            if (receipt.weighed()) {
                receiveWeighed(pool, receipt, distributable, ordered, allocated);
            } else {
                receiveByQuantity(pool, distributable, ordered, allocated, allocatedTotal);
            }
        }

        private void receiveByQuantity(ProductPool pool, List<ReceivedLot> lots, long[] ordered, long[] allocated, long allocatedTotal) {
            String code = pool.productCode();
            Unit unit = pool.product().unit();
            int n = pool.allocations().size();
            int lotCount = lots.size();
            long[] lotLeft = new long[lotCount];
            long distributable = 0;
            for (int l = 0; l < lotCount; l++) {
                lotLeft[l] = Grains.of(lots.get(l).quantity().amount(), unit);
                distributable += lotLeft[l];
            }
            long toMembers = Math.min(distributable, allocatedTotal);
            long[] delivered = share(toMembers, allocated, allocatedTotal, pool.strategy());
            if (toMembers < allocatedTotal) {
                notices.add(new ReceptionNotice(code, "", ReceptionNotice.Kind.SHORT_DELIVERY, "Product " + code + ": "
                        + Grains.quantity(allocatedTotal, unit) + " allocated, " + Grains.quantity(distributable, unit)
                        + " distributable; the shortfall of " + Grains.quantity(allocatedTotal - toMembers, unit) + " is shared "
                        + (pool.strategy() == AllocationStrategy.PROPORTIONAL ? "in proportion to the allocations" : "first come, first served")));
            }
            String[][] wholeFrom = new String[lotCount][];
            for (int k = 0; k < lotCount; k++) {
                wholeFrom[k] = new String[] {lots.get(k).lotNumber()};
            }
            lines.product(code, unit, false, ordered, allocated, delivered);
            int l = 0;
            for (int i = 0; i < n; i++) {
                long need = delivered[i];
                String[] numbers = null;
                long[] portions = null;
                int count = 0;
                while (need > 0) {
                    while (lotLeft[l] == 0) {
                        l++;
                    }
                    long take = Math.min(need, lotLeft[l]);
                    if (take == need && numbers == null) {
                        // Served from one lot: share that lot's one-element array (never written after).
                        numbers = wholeFrom[l];
                        lotLeft[l] -= take;
                        need = 0;
                        break;
                    }
                    if (numbers == null) {
                        numbers = new String[1];
                        portions = new long[1];
                    } else if (count == numbers.length) {
                        numbers = java.util.Arrays.copyOf(numbers, count + 1);
                        portions = java.util.Arrays.copyOf(portions, count + 1);
                    }
                    numbers[count] = lots.get(l).lotNumber();
                    portions[count] = take;
                    count++;
                    lotLeft[l] -= take;
                    need -= take;
                }
                lines.add(pool.memberCodeAt(i), numbers, portions);
            }
            for (int k = 0; k < lotCount; k++) {
                if (lotLeft[k] > 0) {
                    stock.add(new StockPortion(code, lots.get(k).lotNumber(), Grains.quantity(lotLeft[k], unit)));
                }
            }
        }

        /** Shares what reaches members over the allocations: in full, by largest remainder, or first come. */
        static long[] share(long toMembers, long[] allocated, long allocatedTotal, AllocationStrategy strategy) {
            if (toMembers == allocatedTotal) {
                return allocated; // read only: shared with the allocated column
            }
            if (strategy == AllocationStrategy.PROPORTIONAL) {
                return LargestRemainder.splitByIndex(toMembers, allocated);
            }
            long[] parts = new long[allocated.length];
            long left = toMembers;
            for (int i = 0; i < parts.length && left > 0; i++) {
                parts[i] = Math.min(allocated[i], left);
                left -= parts[i];
            }
            return parts;
        }

        private void receiveWeighed(ProductPool pool, ProductReceipt receipt, List<ReceivedLot> lots, long[] ordered, long[] allocated) {
            String code = pool.productCode();
            Unit unit = pool.product().unit();
            int n = pool.allocations().size();
            Map<String, Integer> lineOf = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                lineOf.put(pool.memberCodeAt(i), i);
            }
            Map<String, Integer> lotIndex = new HashMap<>();
            for (int l = 0; l < lots.size(); l++) {
                lotIndex.put(lots.get(l).lotNumber(), l);
            }
            long[] weighedFromLot = new long[lots.size()];
            // Most lines are weighed once, from one lot: keep that in arrays, and a map only for the rest.
            int[] firstLot = new int[n];
            java.util.Arrays.fill(firstLot, -1);
            long[] firstGrains = new long[n];
            Map<Integer, Map<Integer, Long>> moreLots = new HashMap<>();
            for (Weighing w : receipt.weighings()) {
                Integer i = lineOf.get(w.memberCode());
                if (i == null) {
                    throw new IllegalArgumentException("Product " + code + ": member " + w.memberCode()
                            + " was weighed but has no line for this product");
                }
                Integer l = lotIndex.get(w.lotNumber());
                if (l == null) {
                    notices.add(new ReceptionNotice(code, w.lotNumber(), ReceptionNotice.Kind.WEIGHING_FROM_WITHHELD_LOT,
                            "Product " + code + ": " + w.quantity().toPlainString() + " " + unit.code() + " weighed for member " + w.memberCode()
                                    + " from withheld lot " + w.lotNumber() + " does not count as delivered"));
                    continue;
                }
                long g = Grains.of(w.quantity(), unit);
                weighedFromLot[l] += g;
                if (firstLot[i] == -1 || firstLot[i] == l) {
                    firstLot[i] = l;
                    firstGrains[i] += g;
                } else {
                    moreLots.computeIfAbsent(i, k -> new TreeMap<>()).merge(l, g, Long::sum);
                }
            }
            // A line weighed from one lot shares that lot's one-element array (never written after).
            String[][] wholeFrom = new String[lots.size()][];
            for (int k = 0; k < wholeFrom.length; k++) {
                wholeFrom[k] = new String[] {lots.get(k).lotNumber()};
            }
            long[] deliveredGrains = new long[n];
            lines.product(code, unit, true, ordered, allocated, deliveredGrains);
            for (int i = 0; i < n; i++) {
                String[] numbers = null;
                long[] grains = null;
                long delivered = 0;
                if (firstLot[i] != -1 && (moreLots.isEmpty() || !moreLots.containsKey(i))) {
                    numbers = wholeFrom[firstLot[i]];
                    delivered = firstGrains[i];
                } else if (firstLot[i] != -1) {
                    Map<Integer, Long> mine = new TreeMap<>(moreLots.getOrDefault(i, Map.of()));
                    mine.put(firstLot[i], firstGrains[i]);
                    numbers = new String[mine.size()];
                    grains = new long[mine.size()];
                    int k = 0;
                    for (Map.Entry<Integer, Long> e : mine.entrySet()) {
                        numbers[k] = lots.get(e.getKey()).lotNumber();
                        grains[k] = e.getValue();
                        delivered += grains[k];
                        k++;
                    }
                }
                deliveredGrains[i] = delivered;
                lines.add(pool.memberCodeAt(i), numbers, grains);
            }
            for (int l = 0; l < lots.size(); l++) {
                ReceivedLot lot = lots.get(l);
                long rest = Grains.of(lot.quantity().amount(), unit) - weighedFromLot[l];
                if (rest > 0) {
                    stock.add(new StockPortion(code, lot.lotNumber(), Grains.quantity(rest, unit)));
                } else if (rest < 0) {
                    notices.add(new ReceptionNotice(code, lot.lotNumber(), ReceptionNotice.Kind.LOT_OVERWEIGHED,
                            "Product " + code + ", lot " + lot.lotNumber() + ": the weighings add up to " + Grains.quantity(weighedFromLot[l], unit)
                                    + ", more than the " + lot.quantity() + " on the delivery note"));
                }
            }
        }
    }
}
