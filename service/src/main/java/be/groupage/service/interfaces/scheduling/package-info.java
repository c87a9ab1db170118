/**
 * Entry points driven by time rather than by a request: the opening of a cycle at its opening time, the close at its deadline, the next cycles of recurring cycles created ahead, the recovery of
 * invoice documents left unrendered, the Peppol delivery of issued documents. They call the use cases of {@code application}, as the REST
 * resources do; nothing below calls them.
 *
 * <p>May depend on: {@code application}. Never on {@code infrastructure}.
 */
package be.groupage.service.interfaces.scheduling;
