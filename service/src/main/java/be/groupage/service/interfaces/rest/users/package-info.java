/**
 * The REST API of the users capability: the accounts of the people who sign in ({@code UsersResource}), with their
 * transfer objects ({@code *Dto} in, {@code *View} out).
 *
 * <p>May depend on: {@code application.users} with its ports, {@code application.access},
 * {@code application.common}, {@code interfaces.rest.common} and {@code core} value types; never on
 * {@code infrastructure}.
 */
package be.groupage.service.interfaces.rest.users;
