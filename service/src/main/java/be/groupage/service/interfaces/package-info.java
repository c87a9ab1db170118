/**
 * The edges: JAX-RS resources under {@code /api} with their transfer objects ({@code *Dto} for input,
 * {@code *View} for output), errors as {@code application/problem+json} (RFC 9457), the web pages with how a
 * caller signs in (HTTP Basic or the page's session, {@code interfaces.web}), the deadline timer and the
 * recovery at start-up ({@code interfaces.scheduling}), and the demo-data loader ({@code interfaces.seed}).
 * Views map from the application's read models, never from entities. The REST resources are grouped by capability
 * as the use cases are ({@code interfaces.rest.cycles}, {@code interfaces.rest.invoicing}…, shared classes in
 * {@code interfaces.rest.common}).
 *
 * <p>May depend on: {@code application} (use cases and {@code application.port}), {@code core} value types;
 * never on {@code infrastructure} (checked by {@code ArchitectureTest}). Nothing depends on it.
 */
package be.groupage.service.interfaces;
