/**
 * The REST API of the cycles capability: cycles, their life, the members' orders, consolidation and the reception
 * of a cycle's goods ({@code CyclesResource}), recurring cycles ({@code CycleTemplatesResource}), with their transfer objects ({@code *Dto} in, {@code *View} out).
 *
 * <p>May depend on: {@code application.cycles} with its ports, {@code application.access},
 * {@code application.common}, {@code interfaces.rest.common}, {@code application.reception} (the reception under a
 * cycle's path), {@code interfaces.rest.agreements} (the body check it shares) and {@code core} value types; never
 * on {@code infrastructure}.
 */
package be.groupage.service.interfaces.rest.cycles;
