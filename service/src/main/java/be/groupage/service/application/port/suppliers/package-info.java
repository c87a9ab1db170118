/**
 * The ports of the suppliers capability: the registered cooperatives by code ({@code SupplierDirectory},
 * {@code SupplierDetails}), and the read models they take and return. Plain Java.
 *
 * <p>May depend on: {@code core} and {@code application.port.common}. Implemented in
 * {@code infrastructure.persistence.suppliers}.
 */
package be.groupage.service.application.port.suppliers;
