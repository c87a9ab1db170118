/**
 * Storage of the agreements capability: framework agreements and their lots, for the use case
 * ({@code JpaFrameworkAgreementRegister}) and for {@code core}'s repository
 * ({@code JpaFrameworkAgreementRepository}), inside the caller's transaction.
 *
 * <p>May depend on: {@code core}, {@code application.port.agreements}, the shared
 * {@code infrastructure.persistence.schema} and {@code infrastructure.persistence.jdbc}; never on the use cases
 * nor on {@code interfaces}.
 */
package be.groupage.service.infrastructure.persistence.agreements;
