package be.groupage.service.application.invoicing;

import be.groupage.core.cycle.KboNumber;
import be.groupage.core.invoicing.CreditNote;
import be.groupage.core.invoicing.InvoiceDraft;
import be.groupage.core.invoicing.InvoiceLine;
import be.groupage.core.invoicing.InvoiceSeries;
import be.groupage.core.invoicing.PaymentTerms;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import be.groupage.service.application.document.CreditNoteDocument;
import be.groupage.service.application.document.InvoiceDocument;
import be.groupage.service.application.document.Party;
import be.groupage.service.application.document.PaymentAccount;
import be.groupage.service.application.document.PurchaseOrderDocument;
import be.groupage.service.application.port.document.DocumentRenderer;
import be.groupage.service.application.port.invoicing.CycleToInvoice;
import be.groupage.service.application.port.invoicing.InvoiceBook;
import be.groupage.service.application.port.invoicing.InvoiceToCredit;
import be.groupage.service.application.port.invoicing.InvoicingParty;
import be.groupage.service.application.port.invoicing.IssuedInvoice;
import be.groupage.service.application.port.invoicing.RenderedDocument;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The second step of issuing, on a real thread pool: every invoice's PDF and UBL stored once, in the
 * invoices' order, in transactions of at most one chunk, with rendering never more than a few chunks
 * ahead of storing; a rendering failure stops the filing and leaves no rendering running.
 */
class DocumentFilingTest {

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final Party SELLER = Party.of("Distri-denrées", "Rue des Bœufs 12", "5000", "Namur", "BE",
            KboNumber.of("0203201340"), "BE0203201340", "factures@distri-denrees.be");
    private static final Party BUYER = Party.of("CPAS de Namur", "Rue de Dave 165", "5100", "Jambes", "BE",
            KboNumber.of("0212654385"), null, null);

    private final ExecutorService pool = Executors.newFixedThreadPool(CORES + 1);
    private final Renderer renderer = new Renderer();
    private final Book book = new Book();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void everyInvoiceIsStoredOnceInOrderInChunksWhileRenderingStaysFewChunksAhead() {
        List<InvoiceDocument> invoices = invoices(5 * DocumentFiling.CHUNK - 17);
        renderer.onRender = () -> {
            int ahead = renderer.rendered.get() - book.storedInvoices();
            assertThat(ahead).as("invoices rendered and not yet stored").isLessThanOrEqualTo((CORES + 1) * DocumentFiling.CHUNK);
        };

        int stored = filing().file(invoices);

        assertThat(stored).isEqualTo(2 * invoices.size());
        assertThat(book.saved).hasSize(5);
        assertThat(book.saved).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(2 * DocumentFiling.CHUNK));
        List<RenderedDocument> all = book.saved.stream().flatMap(List::stream).toList();
        List<String> expected = new ArrayList<>();
        for (InvoiceDocument i : invoices) {
            expected.add(i.invoice().number().text() + " PDF");
            expected.add(i.invoice().number().text() + " UBL");
        }
        assertThat(all).extracting(d -> d.number() + " " + d.format()).containsExactlyElementsOf(expected);
        assertThat(all).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(RenderedDocument.INVOICE);
            assertThat(d.sha256()).isEqualTo(DocumentFiling.sha256(d.content()));
            assertThat(new String(d.content(), StandardCharsets.UTF_8)).isEqualTo(d.format() + " of " + d.number());
        });
        assertThat(renderer.rendered.get()).isEqualTo(invoices.size());
    }

    @Test
    void aRenderingFailureStopsTheFilingAndNothingAfterTheFailedChunkIsStored() {
        List<InvoiceDocument> invoices = invoices(8 * DocumentFiling.CHUNK);
        String failing = invoices.get(3 * DocumentFiling.CHUNK + 5).invoice().number().text();
        renderer.failOn = failing;

        assertThatThrownBy(() -> filing().file(invoices)).isInstanceOf(IllegalStateException.class).hasMessageContaining(failing);

        List<String> stored = book.saved.stream().flatMap(List::stream).map(RenderedDocument::number).distinct().toList();
        assertThat(stored).hasSize(3 * DocumentFiling.CHUNK)
                .containsExactlyElementsOf(invoices.subList(0, 3 * DocumentFiling.CHUNK).stream().map(i -> i.invoice().number().text()).toList());
    }

    @Test
    void startedEarly_renderingGoesOnBeforeStoring_upToTheBytesAllowed_thenStoresEverythingInOrder() {
        List<InvoiceDocument> invoices = invoices(10 * DocumentFiling.CHUNK);
        long chunkBytes = (long) DocumentFiling.BYTES_PER_LINE * DocumentFiling.CHUNK; // the invoices have one line each
        DocumentFiling filing = filing();

        try (DocumentFiling.Filing started = filing.start(invoices, 6 * chunkBytes)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> renderer.rendered.get() == 6 * DocumentFiling.CHUNK);
            // nothing is stored yet, so rendering must stay at the six chunks allowed
            await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2))
                    .until(() -> renderer.rendered.get() == 6 * DocumentFiling.CHUNK && book.saved.isEmpty());

            assertThat(started.store()).isEqualTo(2 * invoices.size());
        }
        List<String> stored = book.saved.stream().flatMap(List::stream).map(d -> d.number() + " " + d.format()).toList();
        assertThat(stored).hasSize(2 * invoices.size()).startsWith(invoices.get(0).invoice().number().text() + " PDF")
                .endsWith(invoices.get(invoices.size() - 1).invoice().number().text() + " UBL");
    }

    @Test
    void startedEarly_thenClosedWithoutStoring_storesNothingAndStopsRendering() {
        List<InvoiceDocument> invoices = invoices(10 * DocumentFiling.CHUNK);
        long chunkBytes = (long) DocumentFiling.BYTES_PER_LINE * DocumentFiling.CHUNK;

        try (DocumentFiling.Filing started = filing().start(invoices, 4 * chunkBytes)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> renderer.rendered.get() >= DocumentFiling.CHUNK);
        }
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2))
                .until(() -> book.saved.isEmpty() && renderer.rendered.get() <= 4 * DocumentFiling.CHUNK);
    }

    @Test
    void nothingToFileStoresNothing() {
        assertThat(filing().file(List.of())).isZero();
        assertThat(book.saved).isEmpty();
    }

    private DocumentFiling filing() {
        DocumentFiling filing = new DocumentFiling();
        filing.renderer = renderer;
        filing.book = book;
        filing.self = filing;
        filing.clock = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
        filing.executor = managed(pool);
        return filing;
    }

    private static List<InvoiceDocument> invoices(int count) {
        List<InvoiceDocument> invoices = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            var invoice = InvoiceDraft.of("M-" + i, List.of(InvoiceLine.goods("P-1", "Carottes", Quantity.of(i, Unit.H87), Money.euros("1.80"),
                    VatRate.ofPercent("6"), false))).issue(InvoiceSeries.invoices(2026).number(i), LocalDate.of(2026, 12, 3), PaymentTerms.days(30));
            invoices.add(new InvoiceDocument(invoice, SELLER, BUYER, PaymentAccount.of("BE68 5390 0754 7034", "GKCCBEBB"),
                    LocalDate.of(2026, 12, 1), Optional.empty(), "Cycle 49", Optional.empty()));
        }
        return invoices;
    }

    /** The container's executor as the JDK's: a {@link ManagedExecutorService} is an {@link ExecutorService} to DocumentFiling. */
    private static ManagedExecutorService managed(ExecutorService pool) {
        return (ManagedExecutorService) Proxy.newProxyInstance(DocumentFilingTest.class.getClassLoader(),
                new Class<?>[]{ManagedExecutorService.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(pool, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Renders "PDF of n" and "UBL of n", counting the invoices rendered; fails on one invoice when asked. */
    private static final class Renderer implements DocumentRenderer {
        final AtomicInteger rendered = new AtomicInteger();
        volatile String failOn;
        volatile Runnable onRender = () -> { };

        @Override
        public byte[] invoicePdf(InvoiceDocument invoice) {
            String number = invoice.invoice().number().text();
            if (number.equals(failOn)) {
                throw new IllegalArgumentException("cannot draw " + number);
            }
            onRender.run();
            return ("PDF of " + number).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] invoiceUbl(InvoiceDocument invoice) {
            rendered.incrementAndGet();
            return ("UBL of " + invoice.invoice().number().text()).getBytes(StandardCharsets.UTF_8);
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
    }

    /** Keeps each batch of documents stored, as one transaction would. */
    private static final class Book implements InvoiceBook {
        final List<List<RenderedDocument>> saved = Collections.synchronizedList(new ArrayList<>());

        int storedInvoices() {
            synchronized (saved) {
                return saved.stream().mapToInt(List::size).sum() / 2;
            }
        }

        @Override
        public void saveDocuments(List<RenderedDocument> documents, Instant at) {
            saved.add(List.copyOf(documents));
        }

        @Override
        public Optional<CycleToInvoice> lockForInvoicing(long cycleId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<InvoicingParty> invoicingParty() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void saveIssued(long cycleId, List<IssuedInvoice> invoices, Instant at, String by) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<InvoiceDocument> invoicesWithoutDocuments(int max, Instant issuedBefore) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<InvoiceToCredit> lockForCredit(String invoiceNumber) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void saveCreditNote(String invoiceNumber, String seriesKey, CreditNote note, String reason, Instant at, String by) {
            throw new UnsupportedOperationException();
        }
    }
}
