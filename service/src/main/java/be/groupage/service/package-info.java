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
 *
 * <p>Layers with capabilities inside: each layer that holds more than one capability ({@code application},
 * {@code application.port}, {@code infrastructure.persistence}, {@code interfaces.rest}) has one subpackage per
 * business capability, so a change goes to the layer it touches, then to its capability's package:
 * {@code access} (who is calling, roles, the audit trail), {@code users} (accounts), {@code members},
 * {@code suppliers}, {@code catalogue}, {@code agreements} (framework agreements), {@code cycles} (cycles and the
 * members' orders in them), {@code purchaseorders}, {@code reception}, {@code invoicing}, {@code reports} and
 * {@code document} (what is printed). What every capability of a layer shares is in its {@code common} package
 * (persistence: {@code schema} for the shared entities and migrations, {@code jdbc} for connections and batches).
 * The small packages that are one capability already ({@code infrastructure.documents}, {@code .security},
 * {@code .health}, {@code interfaces.web}, {@code .scheduling}, {@code .seed}) stay whole. {@code ArchitectureTest}
 * keeps the layers and this layout.
 */
package be.groupage.service;
