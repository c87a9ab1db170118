/**
 * Storage of the purchase-order capability: a cycle's order, its parties, pools and parcels
 * ({@code JpaPurchaseOrderBook}), inside the caller's transaction.
 *
 * <p>May depend on: {@code core}, {@code application.port.purchaseorders}, the shared
 * {@code infrastructure.persistence.schema} and {@code infrastructure.persistence.jdbc},
 * {@code infrastructure.persistence.catalogue}; never on the use cases nor on {@code interfaces}.
 */
package be.groupage.service.infrastructure.persistence.purchaseorders;
