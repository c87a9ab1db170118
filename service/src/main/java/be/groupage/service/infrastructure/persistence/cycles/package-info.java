/**
 * Storage of the cycles capability: cycles with their orders, pools and allocations ({@code JpaCycleBook},
 * {@code JpaCycleRepository}), orders replaced in multi-row inserts ({@code JdbcOrderBook}), closing written in
 * batches ({@code JdbcPoolingBook}), and the entities only they use, inside the caller's transaction.
 *
 * <p>May depend on: {@code core}, {@code application.port.cycles}, the shared
 * {@code infrastructure.persistence.schema} and {@code infrastructure.persistence.jdbc},
 * {@code infrastructure.persistence.catalogue} and {@code infrastructure.persistence.members} (the domain member);
 * never on the use cases nor on {@code interfaces}.
 */
package be.groupage.service.infrastructure.persistence.cycles;
