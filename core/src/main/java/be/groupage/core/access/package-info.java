/**
 * Who may try to sign in, and when: the throttling rule for repeated wrong passwords
 * ({@link be.groupage.core.access.SignInThrottle}); and what a new password must be
 * ({@link be.groupage.core.access.PasswordPolicy}). Security policies with no framework in them, decided
 * on logins, passwords, client addresses and instants only, so they live here beside the other rules and are tested
 * with a fixed clock; the service feeds it every attempt before checking any password.
 *
 * <p>Depends on: the JDK only. Nothing else in {@code core} depends on it.
 */
package be.groupage.core.access;
