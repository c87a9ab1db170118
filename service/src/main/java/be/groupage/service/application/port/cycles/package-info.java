/**
 * The ports of the cycles capability: cycles and their states ({@code CycleBook}, {@code CycleDetails}), the
 * members' orders ({@code OrderBook}) and what closing reads and pools ({@code PoolingBook}), and the read models
 * they take and return. Plain Java.
 *
 * <p>May depend on: {@code core}. Implemented in {@code infrastructure.persistence.cycles}.
 */
package be.groupage.service.application.port.cycles;
