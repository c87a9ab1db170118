/**
 * Storage of the reports capability: the deliveries with their cycle and catalogue version
 * ({@code JpaDeliveryHistory}, {@code DeliveryEntity}), inside the caller's transaction.
 *
 * <p>May depend on: {@code core}, {@code application.port.reports}, the shared
 * {@code infrastructure.persistence.schema} and {@code infrastructure.persistence.jdbc}; never on the use cases
 * nor on {@code interfaces}.
 */
package be.groupage.service.infrastructure.persistence.reports;
