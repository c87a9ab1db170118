/**
 * Agreements: the framework agreements of the central purchasing body, recorded with their lots and ceilings, and
 * how much of each lot the members' orders already consume ({@code FrameworkAgreementService}).
 *
 * <p>May depend on: {@code core}, {@code application.common}, {@code application.access}, the ports of
 * {@code application.port.agreements} and the supplier directory of {@code application.port.suppliers}.
 */
package be.groupage.service.application.agreements;
