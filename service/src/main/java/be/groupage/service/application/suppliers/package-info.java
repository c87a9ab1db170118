/**
 * Suppliers: registering the cooperatives, and their catalogue versions, uploaded and listed
 * ({@code SupplierService}).
 *
 * <p>May depend on: {@code core}, {@code application.common}, {@code application.access},
 * {@code application.catalogue} (the import) and the ports of {@code application.port.suppliers} and
 * {@code application.port.catalogue}.
 */
package be.groupage.service.application.suppliers;
