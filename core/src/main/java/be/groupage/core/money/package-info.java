/**
 * Money and quantities: the value objects every other component counts with.
 *
 * <p>{@link be.groupage.core.money.Money} is an amount in euro on {@link java.math.BigDecimal}, equal by
 * value ({@code 10.0 == 10.00}) and checked for currency on every operation; never a {@code double}.
 * {@link be.groupage.core.money.Quantity} is an amount in a UN/ECE Recommendation 20 unit.
 * {@link be.groupage.core.money.LargestRemainder} splits a whole number (of cents or of selling units) by
 * weights into parts that add up exactly, with a deterministic tie-break.
 *
 * <p>Depends on: the JDK only. Every other package may depend on this one.
 */
package be.groupage.core.money;
