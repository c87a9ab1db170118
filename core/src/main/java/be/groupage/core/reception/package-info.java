/**
 * Reception: what the cooperative delivered for a cycle, lot by lot, and what each member line got.
 *
 * <p>The coordinator records a {@link be.groupage.core.reception.ProductReceipt} per product: its
 * {@link be.groupage.core.reception.ReceivedLot}s (lot number, quantity, use-by or best-before date), and
 * for variable-weight goods a {@link be.groupage.core.reception.Weighing} per member line.
 * {@link be.groupage.core.reception.Reception#record} applies them to the cycle's pooling result: lots
 * past their use-by date are withheld with a reason, a shortfall is shared out with the pool's own
 * allocation strategy, and every member line ({@link be.groupage.core.reception.ReceivedLine}) keeps
 * ordered, allocated and delivered quantities apart with the lots it came from. Recall queries
 * ({@link be.groupage.core.reception.Reception#recipientsOf}, {@link be.groupage.core.reception.LotRecall})
 * answer "which members received lot X". {@link be.groupage.core.reception.NetWeight} is the one rule
 * for turning a delivered quantity into kilograms.
 *
 * <p>Depends on: {@code be.groupage.core.money}, {@code be.groupage.core.pooling} (its result and
 * allocation strategy) and the JDK. No framework; {@code restore(...)} factories rebuild from storage.
 */
package be.groupage.core.reception;
