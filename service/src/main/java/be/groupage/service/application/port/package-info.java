/**
 * The ports of the use cases: what {@code application} asks of storage and of other technical
 * capabilities, each shaped for the use cases that call it (a cycle locked for invoicing, the next numbers
 * of a series, documents rendered or stored, a member registered…), and the read models (records) they
 * take and return. Plain Java: no {@code jakarta.persistence}, no entity.
 *
 * <p>One subpackage per capability, named like the use cases' ({@code application.port.cycles} serves
 * {@code application.cycles}), plus {@code common} for what several share (a postal address, a taken unique key,
 * the idempotency records). No port sits in this package itself.
 *
 * <p>May depend on: {@code core}, {@code application.document} and the application's value types
 * ({@link be.groupage.service.application.access.Role}, the exceptions of {@code application.common}).
 * Implemented by the adapters ({@code Jpa*}/{@code Jdbc*} classes of the persistence packages, the renderers of
 * the documents package, password hashing of the security package); used by the use cases and by entry points
 * such as the resources and the demo-data loader. An absent row is an empty {@link java.util.Optional}, never
 * {@code null}.
 */
package be.groupage.service.application.port;
