/**
 * The edges: JAX-RS resources under {@code /api} with their transfer objects ({@code *Dto} for input,
 * {@code *View} for output), errors as {@code application/problem+json} (RFC 9457), the web pages, and the
 * demo-data loader ({@code interfaces.seed}). Views map from the application's read models, never from
 * entities.
 *
 * <p>May depend on: {@code application} (use cases and {@code application.port}), {@code core} value types;
 * never on {@code infrastructure.persistence}. Nothing depends on it.
 */
package be.groupage.service.interfaces;
