/**
 * What the ports of every capability share: a postal address ({@code PostalAddress}), a unique key another
 * transaction took first ({@code TakenKeyException}), and the claimed idempotency keys
 * ({@code IdempotencyRecords}, {@code IdempotencyRecord}). Plain Java.
 *
 * <p>May depend on: {@code core}; never on a capability. Implemented in {@code infrastructure.persistence.common}.
 */
package be.groupage.service.application.port.common;
