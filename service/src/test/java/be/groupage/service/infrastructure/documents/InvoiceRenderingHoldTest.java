package be.groupage.service.infrastructure.documents;

import be.groupage.service.application.document.CreditNoteDocument;
import be.groupage.service.application.document.InvoiceDocument;
import be.groupage.service.application.document.PurchaseOrderDocument;
import be.groupage.service.application.port.document.DocumentRenderer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The test-only fault injection: off, invoices are rendered by the decorated renderer; on, an invoice's
 * rendering waits (for the process to be killed) and never reaches the renderer.
 */
class InvoiceRenderingHoldTest {

    private final AtomicInteger rendered = new AtomicInteger();

    @Test
    void offItRendersThroughTheDecoratedRenderer() {
        InvoiceRenderingHold decorator = decorator(false);
        assertThat(decorator.invoicePdf(DocumentSamples.domainInvoice())).containsExactly(1);
        assertThat(decorator.invoiceUbl(DocumentSamples.domainInvoice())).containsExactly(2);
        assertThat(rendered).hasValue(2);
    }

    @Test
    void onAnInvoiceIsHeldBeforeRenderingUntilTheThreadEnds() throws InterruptedException {
        InvoiceRenderingHold decorator = decorator(true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread rendering = new Thread(() -> {
            try {
                decorator.invoicePdf(DocumentSamples.domainInvoice());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        rendering.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> rendering.getState() == Thread.State.WAITING || !rendering.isAlive());
        assertThat(rendering.isAlive()).as("the rendering ended instead of being held: " + failure.get()).isTrue();
        assertThat(rendered).hasValue(0);
        rendering.interrupt();
        rendering.join();
        assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("is not rendered on this instance");
        assertThat(rendered).hasValue(0);
    }

    private InvoiceRenderingHold decorator(boolean hold) {
        InvoiceRenderingHold decorator = new InvoiceRenderingHold() {
            @Override
            public byte[] creditNotePdf(CreditNoteDocument note) {
                throw new UnsupportedOperationException();
            }

            @Override
            public byte[] creditNoteUbl(CreditNoteDocument note) {
                throw new UnsupportedOperationException();
            }

            @Override
            public byte[] purchaseOrderPdf(PurchaseOrderDocument order) {
                throw new UnsupportedOperationException();
            }

            @Override
            public byte[] purchaseOrderCsv(PurchaseOrderDocument order) {
                throw new UnsupportedOperationException();
            }
        };
        decorator.renderer = new DocumentRenderer() {
            @Override
            public byte[] invoicePdf(InvoiceDocument invoice) {
                rendered.incrementAndGet();
                return new byte[]{1};
            }

            @Override
            public byte[] invoiceUbl(InvoiceDocument invoice) {
                rendered.incrementAndGet();
                return new byte[]{2};
            }

            @Override
            public byte[] creditNotePdf(CreditNoteDocument note) {
                throw new UnsupportedOperationException();
            }

            @Override
            public byte[] creditNoteUbl(CreditNoteDocument note) {
                throw new UnsupportedOperationException();
            }

            @Override
            public byte[] purchaseOrderPdf(PurchaseOrderDocument order) {
                throw new UnsupportedOperationException();
            }

            @Override
            public byte[] purchaseOrderCsv(PurchaseOrderDocument order) {
                throw new UnsupportedOperationException();
            }
        };
        decorator.hold = hold;
        return decorator;
    }
}
