/**
 * Users: the accounts of the people who sign in, created by the coordinator with a role and, for a buyer, its
 * member, for a supplier, its cooperative; the password kept only as a hash ({@code UserService}).
 *
 * <p>May depend on: {@code core}, {@code application.common}, {@code application.access} with its ports, and the
 * member and supplier directories of {@code application.port.members} and {@code application.port.suppliers}.
 */
package be.groupage.service.application.users;
