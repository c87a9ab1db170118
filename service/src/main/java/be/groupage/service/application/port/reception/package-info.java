/**
 * The ports of the reception capability: goods in and goods out of a cycle ({@code ReceptionBook}), and the read
 * models they take and return. Plain Java.
 *
 * <p>May depend on: {@code core}. Implemented in {@code infrastructure.persistence.reception}.
 */
package be.groupage.service.application.port.reception;
