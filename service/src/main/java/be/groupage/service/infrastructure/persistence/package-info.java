/**
 * Storage in MariaDB through JPA: the entities (never seen outside this package's layer), the
 * {@code Jpa*} implementations of the {@code application.port} and {@code core} repository ports, each
 * {@code @ApplicationScoped} and working inside the caller's transaction, and the schema migrations.
 * Enum-like columns are mapped as enums; shapes repeated across tables ({@link
 * be.groupage.service.infrastructure.persistence.schema.Address}, {@link
 * be.groupage.service.infrastructure.persistence.schema.InvoicingIdentity}) are written once as embeddables.
 *
 * <p>One subpackage per capability, as in {@code application} ({@code cycles} implements
 * {@code application.port.cycles}), holding its {@code Jpa*}/{@code Jdbc*} classes and the entities only it uses;
 * {@code common} stores what the use cases share. Two shared packages serve them all, chosen so that the fewest
 * members had to become public: {@code schema} (the entities several capabilities read, the embeddables, the
 * migrations) and {@code jdbc} (the data source, connections, multi-row inserts). No class sits in this package
 * itself, and the capabilities are free of cycles ({@code ArchitectureTest}).
 *
 * <p>May depend on: {@code core}, {@code application.port} and the application's value types it names
 * ({@code Role}); never on the use cases nor on {@code interfaces}.
 */
package be.groupage.service.infrastructure.persistence;
