package be.groupage.service.infrastructure.documents;

import be.groupage.service.application.document.InvoiceDocument;
import be.groupage.service.application.port.document.DocumentRenderer;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * Test-only fault injection, off unless {@value #PROPERTY}{@code =true} is set on an instance (system
 * property, or {@code GROUPAGE_FAULT_INJECTION_HOLD_INVOICE_RENDERING} in the environment): the PDF and
 * UBL of an invoice are then never rendered on that instance, the rendering thread waits until the
 * process is killed. Issuing a cycle there numbers and commits its invoices and stops in the second
 * step, before any document is stored: the state a crash between the two steps leaves, made
 * deterministic for {@code IssuingCrashIT}, which kills such an instance and checks that another one
 * completes the documents at start-up. Credit notes and purchase orders are not held. Never set it in
 * production: issuing on that instance would not answer (another instance's {@code DocumentRecovery}
 * would still store the documents after two minutes).
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class InvoiceRenderingHold implements DocumentRenderer {

    static final String PROPERTY = "groupage.fault-injection.hold-invoice-rendering";

    private static final Logger LOG = Logger.getLogger(InvoiceRenderingHold.class.getName());

    /** Never counted down: a held rendering ends with the process (or an interrupt). */
    private static final CountDownLatch PROCESS_END = new CountDownLatch(1);

    @Inject
    @Delegate
    DocumentRenderer renderer;

    @Inject
    @ConfigProperty(name = PROPERTY, defaultValue = "false")
    boolean hold;

    @Override
    public byte[] invoicePdf(InvoiceDocument invoice) {
        holdIfAsked(invoice);
        return renderer.invoicePdf(invoice);
    }

    @Override
    public byte[] invoiceUbl(InvoiceDocument invoice) {
        holdIfAsked(invoice);
        return renderer.invoiceUbl(invoice);
    }

    private void holdIfAsked(InvoiceDocument invoice) {
        if (!hold) {
            return;
        }
        LOG.warning(() -> "Fault injection (" + PROPERTY + "): holding the rendering of invoice " + invoice.invoice().number().text()
                + " until this process is killed");
        try {
            PROCESS_END.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("Fault injection (" + PROPERTY + "): invoice " + invoice.invoice().number().text()
                + " was held and is not rendered on this instance");
    }
}
