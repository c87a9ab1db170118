/**
 * Purchase orders: a cycle's consolidated order to the cooperative once sent, the whole cases pooling decided at
 * the cycle's prices with one packing list per delivery point ({@code PurchaseOrderService}).
 *
 * <p>May depend on: {@code core}, {@code application.common}, {@code application.access},
 * {@code application.cycles} (who may see the cycle), {@code application.document} and the ports of
 * {@code application.port.purchaseorders} and {@code application.port.document}.
 */
package be.groupage.service.application.purchaseorders;
