/**
 * The ports of access: the accounts by login ({@code UserDirectory}, {@code UserDetails}), password hashing
 * ({@code PasswordHasher}) and the audit log ({@code AuditLog}), and the read models they take and return. Plain
 * Java.
 *
 * <p>May depend on: {@code core}, {@code application.port.common} and the {@code Role} of
 * {@code application.access}. Implemented in {@code infrastructure.persistence.access}, password hashing in
 * {@code infrastructure.security}.
 */
package be.groupage.service.application.port.access;
