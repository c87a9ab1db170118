/**
 * What every capability of the use cases shares: the failures the API answers alike ({@code NotFoundException}
 * 404, {@code ConflictException} 409, {@code InvalidInputException} 400, {@code NotReadyException} 503), the
 * field-by-field {@code InputChecks} and what a coordinator sends to register a party ({@code Registrations}), the
 * one {@code Clock} ({@code Clocks}), and the {@code IdempotencyStore} of retried POSTs.
 *
 * <p>May depend on: {@code core} and the ports of {@code application.port.common}; never on a capability (checked
 * by {@code ArchitectureTest}), so that none is pulled into all the others.
 */
package be.groupage.service.application.common;
