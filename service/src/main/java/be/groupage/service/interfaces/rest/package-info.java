/**
 * The REST API under {@code /api}: resources with their transfer objects ({@code *Dto} in, {@code *View} out),
 * errors as {@code application/problem+json} (RFC 9457).
 *
 * <p>One subpackage per capability, as in {@code application} ({@code interfaces.rest.cycles} calls
 * {@code application.cycles}), and {@code common} for what every resource shares: the application, the strict
 * JSON reading, the problem mappers, the authorization, idempotency and body-size filters, decimals and the postal
 * address. No class sits in this package itself, and the capabilities are free of cycles ({@code ArchitectureTest}).
 *
 * <p>May depend on: {@code application} (use cases and {@code application.port}), {@code core} value types;
 * never on {@code infrastructure}.
 */
package be.groupage.service.interfaces.rest;
