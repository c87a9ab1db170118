/**
 * The Groupage service: adapts the {@code core} domain to Jakarta EE on Payara Micro.
 *
 * <ul>
 *   <li>{@code interfaces} — JAX-RS resources and transfer objects ({@code *Dto}, {@code *View}); may use
 *       {@code application} and {@code core}.</li>
 *   <li>{@code application} — use cases, one transaction each; may use {@code core} and the repository
 *       ports; never {@code interfaces}.</li>
 *   <li>{@code infrastructure} — JPA entities and repositories, schema migrations, seeds, security,
 *       health; implements the ports.</li>
 * </ul>
 */
package be.groupage.service;
