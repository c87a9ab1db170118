/**
 * The REST API of the suppliers capability: the cooperatives and their catalogue versions
 * ({@code SuppliersResource}), with their transfer objects ({@code *Dto} in, {@code *View} out).
 *
 * <p>May depend on: {@code application.suppliers} with its ports, {@code application.access},
 * {@code application.common}, {@code interfaces.rest.common}, {@code application.catalogue} and
 * {@code interfaces.rest.catalogue} and {@code core} value types; never on {@code infrastructure}.
 */
package be.groupage.service.interfaces.rest.suppliers;
