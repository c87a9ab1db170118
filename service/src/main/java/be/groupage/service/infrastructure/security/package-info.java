/**
 * Whether a caller is who it says: the check of a login and password against the stored accounts
 * ({@code AccountIdentityStore}, over the {@code UserDirectory} port), and PBKDF2 password hashes
 * ({@code PasswordHashing}, the {@code PasswordHasher} port), throttled by core's {@code SignInThrottle}
 * ({@code SignInThrottling}, with its audit line {@code SignInLockAudit}). How the credentials arrive (HTTP Basic, the
 * web session) is the entry points' business: {@code interfaces.web.GroupageAuthenticationMechanism}.
 *
 * <p>May depend on: {@code core}, {@code application.port}, the persistence package; never on the use
 * cases nor on {@code interfaces}.
 */
package be.groupage.service.infrastructure.security;
