/**
 * Reception and traceability: what the cooperative delivered for a cycle, by lot, and which members received a
 * lot, one step up and one step down ({@code ReceptionService}).
 *
 * <p>May depend on: {@code core}, {@code application.common}, {@code application.access},
 * {@code application.cycles} with its pooling port, and the ports of {@code application.port.reception}.
 */
package be.groupage.service.application.reception;
