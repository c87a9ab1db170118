/**
 * Storage of the delivery capability: the Peppol deliveries over {@code peppol_delivery}, found from the stored UBL
 * documents ({@code stored_document}, the outbox) and their invoice or credit note's member, as plain JDBC over the
 * caller's transaction connection ({@code JdbcDeliveryBook}).
 *
 * <p>May depend on: {@code core}, {@code application.port.delivery} and the shared
 * {@code infrastructure.persistence.jdbc}; never on the use cases, another capability's storage nor on
 * {@code interfaces}.
 */
package be.groupage.service.infrastructure.persistence.delivery;
