/**
 * Splitting a cycle's shared costs (transport, delivery fee, platform fee, each with its VAT rate) and
 * subsidies among the members who received goods, exact to the cent.
 *
 * <p>{@link be.groupage.core.costsplit.CostSplitter} takes plain inputs ({@link be.groupage.core.costsplit.Participant},
 * {@link be.groupage.core.costsplit.SharedCost}, {@link be.groupage.core.costsplit.Subsidy}) and returns a
 * {@link be.groupage.core.costsplit.CostSplit}: per member a list of {@link be.groupage.core.costsplit.CostShare}.
 * The parts of every cost add up exactly to it (largest remainder, ties to the smallest member code),
 * whatever the order of the inputs.
 *
 * <p>Depends on: {@code be.groupage.core.money} and the JDK only. It knows nothing of catalogues, cycles or
 * invoices: the caller turns cycle data into participants and cost shares into invoice lines.
 */
package be.groupage.core.costsplit;
