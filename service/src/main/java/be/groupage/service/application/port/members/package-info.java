/**
 * The ports of the members capability: the registered members by code ({@code MemberDirectory},
 * {@code MemberDetails}), and the read models they take and return. Plain Java.
 *
 * <p>May depend on: {@code core} and {@code application.port.common}. Implemented in
 * {@code infrastructure.persistence.members}.
 */
package be.groupage.service.application.port.members;
