/**
 * Who may try to sign in, and when: the throttling rule for repeated wrong passwords
 * ({@link be.groupage.core.access.SignInThrottle}). A security policy with no framework in it, decided
 * on logins, client addresses and instants only, so it lives here beside the other rules and is tested
 * with a fixed clock; the service feeds it every attempt before checking any password.
 *
 * <p>Depends on: the JDK only. Nothing else in {@code core} depends on it.
 */
package be.groupage.core.access;
