/**
 * Use cases, one transaction each: load through the repositories, call the {@code core} domain, store.
 * Holds no business rule of its own. Knows who is calling ({@link be.groupage.service.application.Account})
 * and enforces tenancy: a buyer only ever reaches its own member's data.
 *
 * <p>May depend on: {@code core}, {@code infrastructure} persistence; never on {@code interfaces}.
 */
package be.groupage.service.application;
