/**
 * The ports of the purchase-order capability: what a cycle's consolidated order is made of
 * ({@code PurchaseOrderBook}), and the read models they take and return. Plain Java.
 *
 * <p>May depend on: {@code core} and {@code application.document}. Implemented in
 * {@code infrastructure.persistence.purchaseorders}.
 */
package be.groupage.service.application.port.purchaseorders;
