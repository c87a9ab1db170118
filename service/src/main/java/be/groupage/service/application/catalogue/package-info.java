/**
 * Catalogue: a supplier's catalogue imported from CSV as a new version, all or nothing
 * ({@code CatalogueImportService}), and reading the products of a version with the buyers' filters
 * ({@code CatalogueService}).
 *
 * <p>May depend on: {@code core}, {@code application.common} and the ports of {@code application.port.catalogue}.
 */
package be.groupage.service.application.catalogue;
