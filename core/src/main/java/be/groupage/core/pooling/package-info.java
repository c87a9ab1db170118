/**
 * Pooling: consolidates the member lines of a cycle per product, rounds each product to whole cases
 * under a stated {@link be.groupage.core.pooling.CaseRounding} policy, and allocates what will be
 * ordered among the lines by a stated {@link be.groupage.core.pooling.AllocationStrategy}. The result
 * ({@link be.groupage.core.pooling.PoolingResult}, one {@link be.groupage.core.pooling.ProductPool} per
 * product) gives per member line what it ordered, what it is allocated and why they differ
 * ({@link be.groupage.core.pooling.AllocationReason} and a sentence).
 *
 * <p><b>Inputs.</b> {@link be.groupage.core.pooling.Pooling#pool} takes plain inputs
 * ({@link be.groupage.core.pooling.PoolProduct}: code, unit, case size, minimum cases;
 * {@link be.groupage.core.pooling.MemberLine}: product, member, order time, quantity, optional maximum),
 * so a benchmark or the service can feed it directly; {@link be.groupage.core.pooling.CyclePooling}
 * builds them from a closed {@link be.groupage.core.cycle.Cycle}. For volume, the same lines can be
 * given as columns ({@link be.groupage.core.pooling.MemberLines}: product index, member code, time,
 * quantity and maximum in grains, filled row by row from storage) to
 * {@code Pooling.pool(MemberLines)}: the same result, without an object per line.
 *
 * <p><b>Fractional units.</b> Quantities are counted in whole grains: one selling unit for counted
 * units (H87, C62), one thousandth for measured units (KGM, GRM, LTR). Cases apply the same way: a 5 kg
 * crate is 5000 grains, the number of cases is the pooled quantity divided by the case size and
 * rounded by the policy, and allocations are in grams (thousandths) by largest remainder. So every
 * product, measured or counted, is ordered in whole cases: allocated total + platform stock =
 * cases × case size. For variable-weight goods this is the ordered (estimated) weight; the weighed
 * quantity is handled at delivery and invoicing.
 *
 * <p><b>Minimum cases.</b> A product ships at least {@code max(1, minimumCases)} cases or none. ROUND_DOWN
 * orders none when the full cases are fewer ({@code BELOW_MINIMUM_CASES} for every line); ROUND_UP
 * always reaches the minimum (extra as platform stock); TOLERANCE reaches it only within the maxima.
 *
 * <p><b>Tolerance.</b> With Q ordered, M the sum of maxima (quantity when none) and case size c:
 * n = ceil(Q/c) when ceil(Q/c)·c ≤ M, else floor(Q/c); raised to the minimum k when k·c ≤ M, else 0.
 * The extra n·c − Q (≤ M − Q) goes to lines in proportion to their headroom (max − ordered) by largest
 * remainder (PROPORTIONAL), or filling headroom in rank order (FIRST_COME); never beyond a maximum. When
 * rounded down, the shortfall is shared as under ROUND_DOWN.
 *
 * <p><b>Ranking and tie-break.</b> Within a product, lines are ranked by order time, member code,
 * quantity, maximum. Largest-remainder ties go to the better rank; FIRST_COME serves in rank order.
 *
 * <p>Depends on: {@code be.groupage.core.money}, {@code be.groupage.core.catalogue} and
 * {@code be.groupage.core.cycle} (only in {@code CyclePooling}), and the JDK. No framework.
 */
package be.groupage.core.pooling;
