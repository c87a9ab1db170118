/**
 * The Groupage service: adapts the {@code core} domain to Jakarta EE on Payara Micro.
 *
 * <ul>
 *   <li>{@code interfaces} — JAX-RS resources and transfer objects ({@code *Dto}, {@code *View}), web pages,
 *       the demo-data loader; may use {@code application} (with {@code application.port}) and {@code core},
 *       never {@code infrastructure.persistence}.</li>
 *   <li>{@code application} — use cases, one transaction each; may use {@code core} and the ports of
 *       {@code application.port}; never {@code infrastructure} nor {@code interfaces}.</li>
 *   <li>{@code application.port} — the interfaces the use cases need (storage, password hashing) and the
 *       read models they return; plain Java.</li>
 *   <li>{@code infrastructure} — JPA entities and the {@code Jpa*} implementations of the ports, schema
 *       migrations, security, documents, health; may use {@code application.port} and {@code core}.</li>
 * </ul>
 */
package be.groupage.service;
