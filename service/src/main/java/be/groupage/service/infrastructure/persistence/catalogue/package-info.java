/**
 * Storage of the catalogue capability: catalogue versions and their products ({@code JpaCatalogueStore},
 * {@code JpaCatalogueRepository}, {@code ProductEntity}), and the versions kept in memory once read
 * ({@code CatalogueVersions}), which cycles, reception, invoicing and purchase orders price with, inside the
 * caller's transaction.
 *
 * <p>May depend on: {@code core}, {@code application.port.catalogue}, the shared
 * {@code infrastructure.persistence.schema} and {@code infrastructure.persistence.jdbc}; never on the use cases
 * nor on {@code interfaces}.
 */
package be.groupage.service.infrastructure.persistence.catalogue;
