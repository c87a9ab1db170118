/**
 * Use cases, one transaction each: load through the ports, call the {@code core} domain, store through
 * the ports. Holds no business rule of its own. Knows who is calling ({@link be.groupage.service.application.access.Account})
 * and enforces tenancy: a buyer only ever reaches its own member's data.
 *
 * <p>Layers with capabilities inside: one subpackage per capability ({@code access}, {@code users}, {@code members},
 * {@code suppliers}, {@code catalogue}, {@code agreements}, {@code cycles}, {@code purchaseorders}, {@code reception},
 * {@code invoicing}, {@code reports}, {@code document}), what they all share in {@code common}, and their ports in
 * {@code application.port.<capability>}. No class sits in this package itself. A capability may use
 * {@code common}, {@code access} and the capabilities below it, never one that depends on it: the capabilities,
 * each with its ports, are free of cycles, and {@code common} depends on no capability (both checked by
 * {@code ArchitectureTest}).
 *
 * <p>May depend on: {@code core} (its repositories included) and {@code application.port}; never on
 * {@code infrastructure} (entities, {@code EntityManager}, JPQL or SQL) nor on {@code interfaces}. What a use
 * case needs from storage or another technical capability (password hashing) is a port interface in
 * {@code application.port}, implemented in {@code infrastructure}.
 */
package be.groupage.service.application;
