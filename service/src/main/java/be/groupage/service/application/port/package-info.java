/**
 * The ports of the use cases: what {@code application} asks of storage and of other technical
 * capabilities, each shaped for the use cases that call it, and the read models (records) they take and
 * return. Plain Java: no {@code jakarta.persistence}, no entity.
 *
 * <p>May depend on: {@code core} and the application's value types ({@link be.groupage.service.application.Role}).
 * Implemented by the adapters ({@code Jpa*} classes of the persistence package, password hashing of the
 * security package); used by the use cases and by entry points such as the resources and the demo-data loader.
 * An absent row is an empty {@link java.util.Optional}, never {@code null}.
 */
package be.groupage.service.application.port;
