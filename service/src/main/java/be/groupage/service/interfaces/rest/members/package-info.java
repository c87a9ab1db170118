/**
 * The REST API of the members capability ({@code MembersResource}), with their transfer objects ({@code *Dto} in,
 * {@code *View} out).
 *
 * <p>May depend on: {@code application.members} with its ports, {@code application.access},
 * {@code application.common}, {@code interfaces.rest.common} and {@code core} value types; never on
 * {@code infrastructure}.
 */
package be.groupage.service.interfaces.rest.members;
