/**
 * Storage of the suppliers capability: the registered cooperatives ({@code JpaSupplierDirectory}), inside the
 * caller's transaction.
 *
 * <p>May depend on: {@code core}, {@code application.port.suppliers}, the shared
 * {@code infrastructure.persistence.schema} and {@code infrastructure.persistence.jdbc}; never on the use cases
 * nor on {@code interfaces}.
 */
package be.groupage.service.infrastructure.persistence.suppliers;
