/**
 * The edges: JAX-RS resources under {@code /api} with their transfer objects ({@code *Dto} for input,
 * {@code *View} for output), errors as {@code application/problem+json} (RFC 9457), and the web pages.
 *
 * <p>May depend on: {@code application}, {@code core} value types. Nothing depends on it.
 */
package be.groupage.service.interfaces;
