/**
 * The ports of the catalogue capability: imported versions and their products ({@code CatalogueStore},
 * {@code CatalogueDetails}, {@code ProductDetails}, {@code ProductQuery}), and the read models they take and
 * return. Plain Java.
 *
 * <p>May depend on: {@code core}. Implemented in {@code infrastructure.persistence.catalogue}.
 */
package be.groupage.service.application.port.catalogue;
