/**
 * Catalogues: what a supplier (the cooperative) sells, at what price, in which cases.
 *
 * <p>A {@link be.groupage.core.catalogue.Product} carries its supplier code, name, producer, origin and
 * distance, {@link be.groupage.core.catalogue.Label label}, category, selling unit, case size, price
 * excl. VAT per selling unit, VAT rate (data, never a constant), variable-weight and chilled flags,
 * {@link be.groupage.core.catalogue.Gtin}, minimum number of cases and, for products sold by the piece,
 * the weight of one piece in kg when the supplier gives it. Catalogues are versioned: a
 * {@link be.groupage.core.catalogue.Catalogue} publishes immutable
 * {@link be.groupage.core.catalogue.CatalogueVersion}s, and a cycle keeps the version it opened with
 * even when a later version changes prices.
 *
 * <p>{@link be.groupage.core.catalogue.CatalogueCsvImporter} reads the cooperative's price list
 * (format in {@code docs/catalogue-csv.md}); a file with any error imports nothing and reports every
 * error with its line, column and a French and English message.
 * {@link be.groupage.core.catalogue.CatalogueCsvWriter} writes the same format back.
 *
 * <p>Depends on: {@code be.groupage.core.money}, {@code be.groupage.core.text} (the rule for text values),
 * the JDK and Apache Commons CSV. Never on
 * {@code cycle}, {@code pooling} or any framework; {@code cycle} depends on this package.
 */
package be.groupage.core.catalogue;
