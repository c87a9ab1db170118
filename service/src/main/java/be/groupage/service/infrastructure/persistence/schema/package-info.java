/**
 * The shared part of the schema: the entities and embeddables that several capabilities read ({@code CycleEntity},
 * {@code MemberEntity}, {@code SupplierEntity}, {@code CatalogueEntity}, {@code IssuerEntity}, the framework
 * agreements, {@code Address}, {@code InvoicingIdentity}…), the parties of a document as stored
 * ({@code DocumentParties}), the {@code Instant} converter, a unique key written now ({@code UniqueKeys}) and the
 * Flyway migrations at start-up ({@code SchemaMigration}). An entity used by one capability only lives in that
 * capability's package. Entities never leave persistence.
 *
 * <p>May depend on: {@code core}, {@code application.port.common}, {@code application.document} and
 * {@code infrastructure.persistence.jdbc}; never on a capability of persistence.
 */
package be.groupage.service.infrastructure.persistence.schema;
