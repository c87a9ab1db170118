/**
 * The shared JDBC of persistence: the data source and its connections ({@code DataSourceConfiguration},
 * {@code LocalMariaDbDataSource}, {@code DeferredAutoCommit}, {@code BinaryStatements}), multi-row inserts
 * ({@code MultiRowInsert}) written in member-major order ({@code MemberMajor}, {@code CycleMemberIds}), and the
 * audit line of the JDBC books ({@code AuditRows}). Public only where a capability's {@code Jdbc*} book calls it.
 *
 * <p>May depend on: the JDK, Jakarta EE, MicroProfile Config and the MariaDB driver; never on a capability nor on
 * the entities.
 */
package be.groupage.service.infrastructure.persistence.jdbc;
