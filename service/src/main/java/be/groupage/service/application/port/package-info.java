/**
 * Ports: what the use cases need from the world outside them, named for that need (a cycle locked for
 * invoicing, the next numbers of a series, documents rendered or stored), and the read models they
 * return. Implemented in {@code infrastructure} (persistence, documents); plain Java over {@code core} types.
 *
 * <p>May depend on: {@code core}, {@code application.document}. Never on JPA, {@code infrastructure} or
 * {@code interfaces}.
 */
package be.groupage.service.application.port;
