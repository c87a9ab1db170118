/**
 * Who is calling: HTTP Basic and the web session ({@code GroupageAuthenticationMechanism}), the check of a
 * login and password against the stored accounts ({@code AccountIdentityStore}, which reads the account
 * rows directly), and PBKDF2 password hashes ({@code PasswordHashing}, the {@code PasswordHasher} port).
 *
 * <p>May depend on: {@code core}, {@code application.port}, the persistence package; never on the use
 * cases nor on {@code interfaces}.
 */
package be.groupage.service.infrastructure.security;
