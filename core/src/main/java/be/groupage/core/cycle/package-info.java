/**
 * Cycles: group orders of the platform's members on one supplier's catalogue version.
 *
 * <p>A {@link be.groupage.core.cycle.Cycle} goes DRAFT → OPEN → CLOSED → ORDERED → RECEIVED → INVOICED,
 * or to CANCELLED before delivery; every transition is guarded and a refused one throws
 * {@link be.groupage.core.cycle.IllegalCycleTransitionException}. Times come from an injected
 * {@link java.time.Clock}. {@link be.groupage.core.cycle.Member}s (a CPAS or an association, identified by
 * a {@link be.groupage.core.cycle.KboNumber} checked with its mod-97 rule) place and edit their
 * {@link be.groupage.core.cycle.MemberOrder} (lines with quantity, optional maximum, and their own
 * purchase-order number) while the cycle is open and before its closing time.
 *
 * <p>A cycle may order under a {@link be.groupage.core.cycle.FrameworkAgreement} lot with a ceiling in
 * value: an order that would pass it is refused ({@link be.groupage.core.cycle.CeilingExceededException}
 * with the remaining amount), and crossing 90% shows as a warning. A lot's {@code consumed} amount is
 * supplied by the caller (all orders on that lot, across cycles, as stored); the cycle checks the change
 * its own edit makes. A cycle under the supplier's minimum order value can be closed but not sent
 * ({@link be.groupage.core.cycle.BelowSupplierMinimumException}).
 *
 * <p>Repository ports ({@link be.groupage.core.cycle.CycleRepository},
 * {@link be.groupage.core.cycle.MemberRepository}, {@link be.groupage.core.cycle.FrameworkAgreementRepository})
 * are implemented outside {@code core}; {@code restore(...)} factories rebuild objects from storage.
 *
 * <p>Depends on: {@code be.groupage.core.money}, {@code be.groupage.core.catalogue} and the JDK. Never on
 * {@code pooling} (which depends on this package) or any framework.
 */
package be.groupage.core.cycle;
