/**
 * What is printed on a document (invoice, credit note, purchase order) and for whom: plain records over
 * {@code core}'s issued invoices and the parties. Rendered to bytes by {@code application.port.document.DocumentRenderer}.
 *
 * <p>May depend on: {@code core}. Never on JPA, {@code infrastructure} or {@code interfaces}.
 */
package be.groupage.service.application.document;
