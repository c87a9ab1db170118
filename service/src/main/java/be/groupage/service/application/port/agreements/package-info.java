/**
 * The ports of the agreements capability: recording framework agreements ({@code FrameworkAgreementRegister}), and
 * the read models they take and return. Plain Java.
 *
 * <p>May depend on: {@code core}. Implemented in {@code infrastructure.persistence.agreements}.
 */
package be.groupage.service.application.port.agreements;
