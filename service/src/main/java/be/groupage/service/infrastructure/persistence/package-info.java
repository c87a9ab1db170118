/**
 * Storage in MariaDB through JPA: the entities (never seen outside this package's layer), the
 * {@code Jpa*} implementations of the {@code application.port} and {@code core} repository ports, each
 * {@code @ApplicationScoped} and working inside the caller's transaction, and the schema migrations.
 * Enum-like columns are mapped as enums; shapes repeated across tables ({@link
 * be.groupage.service.infrastructure.persistence.schema.Address}, {@link
 * be.groupage.service.infrastructure.persistence.schema.InvoicingIdentity}) are written once as embeddables.
 *
 * <p>May depend on: {@code core}, {@code application.port} and the application's value types it names
 * ({@code Role}); never on the use cases nor on {@code interfaces}.
 */
package be.groupage.service.infrastructure.persistence;
