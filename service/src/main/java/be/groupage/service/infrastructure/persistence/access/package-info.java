/**
 * Storage of the access capability: the accounts ({@code JpaUserDirectory}, {@code UserEntity}) and the audit
 * lines ({@code JpaAuditLog}, {@code AuditEventEntity}), inside the caller's transaction.
 *
 * <p>May depend on: {@code core}, {@code application.port.access}, the shared
 * {@code infrastructure.persistence.schema} and {@code infrastructure.persistence.jdbc}, and the {@code Role} of
 * {@code application.access}; never on the use cases nor on {@code interfaces}.
 */
package be.groupage.service.infrastructure.persistence.access;
