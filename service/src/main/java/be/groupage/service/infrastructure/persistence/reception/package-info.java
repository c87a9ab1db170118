/**
 * Storage of the reception capability: goods in and goods out in multi-row inserts ({@code JdbcReceptionBook},
 * {@code ReceptionLineEntity}), inside the caller's transaction.
 *
 * <p>May depend on: {@code core}, {@code application.port.reception}, the shared
 * {@code infrastructure.persistence.schema} and {@code infrastructure.persistence.jdbc},
 * {@code infrastructure.persistence.catalogue}; never on the use cases nor on {@code interfaces}.
 */
package be.groupage.service.infrastructure.persistence.reception;
