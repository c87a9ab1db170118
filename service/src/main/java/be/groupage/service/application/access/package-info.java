/**
 * Access: who is calling and what their role lets them do. The signed-in {@code Account} with its {@code Role},
 * the {@code CurrentAccount} of a request (read once, when the password was checked: {@code SignedInCaller}), the
 * credentials a sign-in sends and its throttled refusal, {@code ForbiddenException} (403), and the
 * {@code AuditTrail} that names the caller on every change.
 *
 * <p>May depend on: {@code core}, {@code application.common} and the ports of {@code application.port.access}.
 * Every other capability uses it; it uses none of them.
 */
package be.groupage.service.application.access;
