/**
 * The REST API of the reports capability: purchases per member ({@code ReportsResource}), with their transfer
 * objects ({@code *Dto} in, {@code *View} out).
 *
 * <p>May depend on: {@code application.reports} with its ports, {@code application.access},
 * {@code application.common}, {@code interfaces.rest.common} and {@code core} value types; never on
 * {@code infrastructure}.
 */
package be.groupage.service.interfaces.rest.reports;
