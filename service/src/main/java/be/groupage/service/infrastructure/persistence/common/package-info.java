/**
 * Storage of what the use cases share: the claimed idempotency keys ({@code JpaIdempotencyRecords},
 * {@code IdempotencyRecordEntity}), inside the caller's transaction.
 *
 * <p>May depend on: {@code core} and {@code application.port.common}; never on a capability.
 */
package be.groupage.service.infrastructure.persistence.common;
