/**
 * Cycles (group orders) and the members' orders in them: creating a cycle on a catalogue version, its life through
 * the domain's guarded transitions ({@code CycleService}), a member's order replaced as a whole under the lot's
 * ceiling ({@code OrderService}), what an order comes to at each stage ({@code Estimate}), and closing with what
 * pooling decides ({@code CycleClosing}). Orders live here because a cycle shows each buyer its own order and an
 * order is only reached through its cycle's visibility.
 *
 * <p>May depend on: {@code core}, {@code application.common}, {@code application.access}, the ports of
 * {@code application.port.cycles} and the catalogue and supplier ports. Reception, invoicing and the purchase
 * order build on it.
 */
package be.groupage.service.application.cycles;
