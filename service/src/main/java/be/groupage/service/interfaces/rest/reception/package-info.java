/**
 * The REST API of traceability: which members received a lot ({@code LotsResource}); the reception itself is
 * posted under its cycle in {@code interfaces.rest.cycles}, with their transfer objects ({@code *Dto} in,
 * {@code *View} out).
 *
 * <p>May depend on: {@code application.reception} with its ports, {@code application.access},
 * {@code application.common}, {@code interfaces.rest.common} and {@code core} value types; never on
 * {@code infrastructure}.
 */
package be.groupage.service.interfaces.rest.reception;
