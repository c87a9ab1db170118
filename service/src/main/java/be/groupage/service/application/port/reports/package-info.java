/**
 * The ports of the reports capability: what was delivered to the members ({@code DeliveryHistory},
 * {@code DeliveredQuantity}), and the read models they take and return. Plain Java.
 *
 * <p>May depend on: {@code core}. Implemented in {@code infrastructure.persistence.reports}.
 */
package be.groupage.service.application.port.reports;
