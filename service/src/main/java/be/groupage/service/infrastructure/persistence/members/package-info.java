/**
 * Storage of the members capability: for the use case ({@code JpaMemberDirectory}) and for {@code core}'s
 * repository ({@code JpaMemberRepository}), inside the caller's transaction.
 *
 * <p>May depend on: {@code core}, {@code application.port.members}, the shared
 * {@code infrastructure.persistence.schema} and {@code infrastructure.persistence.jdbc}; never on the use cases
 * nor on {@code interfaces}.
 */
package be.groupage.service.infrastructure.persistence.members;
