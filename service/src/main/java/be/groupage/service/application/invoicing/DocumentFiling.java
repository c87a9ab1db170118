package be.groupage.service.application.invoicing;

import be.groupage.service.application.document.InvoiceDocument;
import be.groupage.service.application.port.document.DocumentRenderer;
import be.groupage.service.application.port.invoicing.InvoiceBook;
import be.groupage.service.application.port.invoicing.RenderedDocument;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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

    /**
     * Invoices rendered by one task and stored in one transaction: about 4 MB of PDF and UBL, so a
     * transaction stays short and a chunk is stored while the next ones are being rendered.
     */
    static final int CHUNK = 50;

    /** Invoices the recovery at start-up takes at a time (read, then filed in chunks). */
    static final int RECOVERY_BATCH = 200;

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

    /**
     * Renders and stores the documents of these invoices; returns how many documents were stored.
     * Rendering (CPU) and storing (the database) overlap: one rendering task per core works ahead on the
     * next chunks while the calling thread stores the oldest one, in the invoices' order. At most one chunk
     * more than there are cores is being rendered or waits to be stored, whatever the cycle's size.
     */
    public int file(List<InvoiceDocument> invoices) {
        try (Filing filing = start(invoices, 0)) {
            return filing.store();
        }
    }

    /**
     * Starts rendering these invoices' documents now, before they can be stored: at most {@code earlyBytes} of
     * documents (estimated from their lines) are rendered ahead, so that rendering runs while the invoices
     * themselves are still being written. {@link Filing#store()} then stores them as {@link #file} does;
     * {@link Filing#close()} without it drops what was rendered (the invoices were not issued after all).
     */
    public Filing start(List<InvoiceDocument> invoices, long earlyBytes) {
        Filing filing = new Filing(invoices, earlyChunks(invoices, earlyBytes));
        filing.submit();
        return filing;
    }

    /** About how many bytes of PDF and UBL an invoice line makes: 0.7 KB of UBL and 0.2 KB of PDF, seen on 333-line invoices. */
    static final int BYTES_PER_LINE = 900;

    /** How many chunks fit in {@code earlyBytes}, at {@link #BYTES_PER_LINE} a line of the largest invoice ({@link Filing} keeps at least its look-ahead). */
    private static int earlyChunks(List<InvoiceDocument> invoices, long earlyBytes) {
        int mostLines = invoices.stream().mapToInt(d -> d.invoice().lines().size()).max().orElse(1);
        long chunkBytes = (long) Math.max(1, mostLines) * BYTES_PER_LINE * CHUNK;
        return (int) Math.min(Integer.MAX_VALUE, earlyBytes / chunkBytes);
    }

    /**
     * The documents of some invoices being rendered, chunk by chunk, and stored in their order by the thread that
     * calls {@link #store()}. Keeps {@code ahead} chunks rendering (one more than there are cores; one core fewer
     * before {@code store()} is called, while the caller still writes the invoices) and at most
     * {@code early} chunks rendered or rendering before they are stored.
     */
    public final class Filing implements AutoCloseable {

        private final List<InvoiceDocument> invoices;
        private final int ahead = Runtime.getRuntime().availableProcessors() + 1;
        private final int early;
        /** The chunks submitted and not yet taken by {@link #store()}, in the invoices' order; guarded by {@code this}. */
        private final Deque<Future<List<RenderedDocument>>> rendering = new ArrayDeque<>();
        /** How many submitted chunks are still being rendered. */
        private final AtomicInteger busy = new AtomicInteger();
        private int next;
        private boolean closed;
        /**
         * Whether {@link #store()} has begun: before, the caller is still writing the invoices (its transaction and the
         * database need a core), so one core fewer renders.
         */
        private volatile boolean storing;

        private Filing(List<InvoiceDocument> invoices, int early) {
            this.invoices = invoices;
            this.early = Math.max(ahead, early);
        }

        /**
         * Submits chunks while fewer than {@code ahead} are being rendered and fewer than {@code early} are rendered or
         * rendering and not stored yet. Called by the storing thread and by each chunk as it ends, so rendering goes on
         * while the storing thread is busy elsewhere (writing the invoices, before {@link #store()}).
         */
        private synchronized void submit() {
            int tasks = storing ? ahead : Math.max(1, ahead - 2);
            while (!closed && next < invoices.size() && rendering.size() < early && busy.get() < tasks) {
                List<InvoiceDocument> chunk = invoices.subList(next, Math.min(invoices.size(), next + CHUNK));
                busy.incrementAndGet();
                rendering.add(executor.submit(() -> {
                    try {
                        return render(chunk);
                    } finally {
                        busy.decrementAndGet();
                        submit();
                    }
                }));
                next += chunk.size();
            }
        }

        /** The oldest chunk not stored yet; it stays counted until {@link #storedOldest()}. */
        private synchronized Future<List<RenderedDocument>> oldest() {
            return rendering.peekFirst();
        }

        /** The oldest chunk is stored: it no longer counts, and one more may be rendered. */
        private void storedOldest() {
            synchronized (this) {
                rendering.pollFirst();
            }
            submit();
        }

        /** Stores every document, rendering the rest meanwhile; returns how many were stored. */
        public int store() {
            int stored = 0;
            long waited = 0;
            long storing = 0;
            this.storing = true;
            submit();
            for (Future<List<RenderedDocument>> chunk = oldest(); chunk != null; chunk = oldest()) {
                long start = System.nanoTime();
                List<RenderedDocument> rendered = await(chunk);
                long renderedAt = System.nanoTime();
                self.store(rendered);
                storedOldest();
                waited += renderedAt - start;
                storing += System.nanoTime() - renderedAt;
                stored += rendered.size();
            }
            long waitedMs = waited / 1_000_000;
            long storingMs = storing / 1_000_000;
            int documents = stored;
            LOG.info(() -> documents + " document(s) filed: " + waitedMs + " ms waiting for rendering, " + storingMs + " ms storing");
            return stored;
        }

        /** Stops what is still rendering; what was rendered and not stored is dropped. */
        @Override
        public synchronized void close() {
            closed = true;
            rendering.forEach(f -> f.cancel(true));
            rendering.clear();
        }
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
        return book.invoicesWithoutDocuments(RECOVERY_BATCH, issuedBefore);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(List<RenderedDocument> documents) {
        book.saveDocuments(documents, clock.instant());
    }

    private List<RenderedDocument> render(List<InvoiceDocument> invoices) {
        List<RenderedDocument> rendered = new ArrayList<>(invoices.size() * 2);
        for (InvoiceDocument doc : invoices) {
            String number = doc.invoice().number().text();
            rendered.add(document(RenderedDocument.INVOICE, number, RenderedDocument.PDF, "application/pdf", renderer.invoicePdf(doc)));
            rendered.add(document(RenderedDocument.INVOICE, number, RenderedDocument.UBL, "application/xml", renderer.invoiceUbl(doc)));
        }
        return rendered;
    }

    private static List<RenderedDocument> await(Future<List<RenderedDocument>> chunk) {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rendering invoices", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Rendering an invoice failed: " + e.getCause(), e.getCause());
        }
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
