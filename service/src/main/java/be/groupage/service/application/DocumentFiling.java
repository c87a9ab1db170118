package be.groupage.service.application;

import be.groupage.service.application.document.InvoiceDocument;
import be.groupage.service.application.port.DocumentRenderer;
import be.groupage.service.application.port.InvoiceBook;
import be.groupage.service.application.port.RenderedDocument;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Logger;

/**
 * The second step of issuing: the PDF and UBL of numbered invoices, rendered in parallel outside any
 * lock, stored with their SHA-256 in short transactions of their own. Rendering is deterministic and
 * storing keeps the first bytes stored, so doing it twice for an invoice (a retry, the recovery at
 * start-up) is harmless; an invoice whose documents are not stored yet is answered "not ready" until
 * they are.
 */
@ApplicationScoped
public class DocumentFiling {

    private static final Logger LOG = Logger.getLogger(DocumentFiling.class.getName());

    /** Invoices rendered and stored per transaction: bounded memory (≈ 50 kB each) and short transactions. */
    static final int CHUNK = 200;

    @Inject
    DocumentRenderer renderer;

    @Inject
    InvoiceBook book;

    @Inject
    DocumentFiling self;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    /** Renders and stores the documents of these invoices; returns how many documents were stored. */
    public int file(List<InvoiceDocument> invoices) {
        int stored = 0;
        for (int from = 0; from < invoices.size(); from += CHUNK) {
            List<RenderedDocument> rendered = render(invoices.subList(from, Math.min(invoices.size(), from + CHUNK)));
            self.store(rendered);
            stored += rendered.size();
        }
        return stored;
    }

    /**
     * Files what an earlier issue left unrendered (the service stopped between numbering and storing):
     * the invoices issued before {@code issuedBefore} without their documents.
     *
     * @return how many invoices were completed
     */
    public int recover(Instant issuedBefore) {
        int done = 0;
        String previousFirst = null;
        while (true) {
            List<InvoiceDocument> pending = self.pending(issuedBefore);
            if (pending.isEmpty()) {
                return done;
            }
            String first = pending.get(0).invoice().number().text();
            if (first.equals(previousFirst)) {
                throw new IllegalStateException("The documents of invoice " + first + " were stored but it is still found without them");
            }
            previousFirst = first;
            file(pending);
            done += pending.size();
            LOG.info(() -> "Recovered the documents of " + pending.size() + " invoice(s) from " + first);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<InvoiceDocument> pending(Instant issuedBefore) {
        return book.invoicesWithoutDocuments(CHUNK, issuedBefore);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(List<RenderedDocument> documents) {
        book.saveDocuments(documents, clock.instant());
    }

    private List<RenderedDocument> render(List<InvoiceDocument> invoices) {
        int tasks = Math.max(1, Math.min(invoices.size(), Runtime.getRuntime().availableProcessors()));
        List<Future<List<RenderedDocument>>> parts = new ArrayList<>(tasks);
        for (int t = 0; t < tasks; t++) {
            int first = t;
            parts.add(executor.submit(() -> {
                List<RenderedDocument> mine = new ArrayList<>();
                for (int i = first; i < invoices.size(); i += tasks) {
                    InvoiceDocument doc = invoices.get(i);
                    String number = doc.invoice().number().text();
                    mine.add(document(RenderedDocument.INVOICE, number, RenderedDocument.PDF, "application/pdf", renderer.invoicePdf(doc)));
                    mine.add(document(RenderedDocument.INVOICE, number, RenderedDocument.UBL, "application/xml", renderer.invoiceUbl(doc)));
                }
                return mine;
            }));
        }
        List<RenderedDocument> all = new ArrayList<>(invoices.size() * 2);
        for (Future<List<RenderedDocument>> part : parts) {
            try {
                all.addAll(part.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while rendering invoices", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Rendering an invoice failed: " + e.getCause(), e.getCause());
            }
        }
        return all;
    }

    static RenderedDocument document(String kind, String number, String format, String mediaType, byte[] content) {
        return new RenderedDocument(kind, number, format, mediaType, content, sha256(content));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
