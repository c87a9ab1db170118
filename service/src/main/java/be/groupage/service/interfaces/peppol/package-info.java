/**
 * The Peppol access point's receiving end: {@code POST /as4}, where other access points deliver AS4 messages. The AS4
 * processing itself is behind {@code application.port.supplierinvoices.PeppolInbox}; this entry point hands each
 * business document received to the supplier-invoice use case and turns its answer into the receipt or the AS4 error.
 *
 * <p>May depend on: {@code application} (the use case and its port) and the Servlet API. Never on {@code infrastructure}.
 */
package be.groupage.service.interfaces.peppol;
