/**
 * The REST API of the agreements capability: framework agreements with their lots and consumption
 * ({@code FrameworkAgreementsResource}), with their transfer objects ({@code *Dto} in, {@code *View} out).
 *
 * <p>May depend on: {@code application.agreements} with its ports, {@code application.access},
 * {@code application.common}, {@code interfaces.rest.common} and {@code core} value types; never on
 * {@code infrastructure}.
 */
package be.groupage.service.interfaces.rest.agreements;
