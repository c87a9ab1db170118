/**
 * The REST API of the purchase-order capability: a cycle's order to the cooperative as JSON, PDF or CSV
 * ({@code PurchaseOrderResource}, {@code PurchaseOrderViews}).
 *
 * <p>May depend on: {@code application.purchaseorders}, {@code application.document}, {@code application.access},
 * {@code interfaces.rest.common} and {@code core} value types; never on {@code infrastructure}.
 */
package be.groupage.service.interfaces.rest.purchaseorders;
