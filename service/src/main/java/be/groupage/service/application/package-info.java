/**
 * Use cases, one transaction each: load through the ports, call the {@code core} domain, store through
 * the ports. Holds no business rule of its own. Knows who is calling ({@link be.groupage.service.application.access.Account})
 * and enforces tenancy: a buyer only ever reaches its own member's data.
 *
 * <p>May depend on: {@code core} (its repositories included) and {@code application.port}; never on
 * {@code infrastructure} (entities, {@code EntityManager}, JPQL or SQL) nor on {@code interfaces}. What a use
 * case needs from storage or another technical capability (password hashing) is a port interface in
 * {@code application.port}, implemented in {@code infrastructure}.
 */
package be.groupage.service.application;
