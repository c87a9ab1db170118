/**
 * The REST API of the catalogue capability: catalogue versions and their products ({@code CataloguesResource}),
 * and the view of one version ({@code CatalogueView}), with their transfer objects ({@code *Dto} in, {@code *View}
 * out).
 *
 * <p>May depend on: {@code application.catalogue} with its ports, {@code application.access},
 * {@code application.common}, {@code interfaces.rest.common} and {@code core} value types; never on
 * {@code infrastructure}.
 */
package be.groupage.service.interfaces.rest.catalogue;
