package be.groupage.service.infrastructure.documents;

import be.groupage.core.cycle.KboNumber;
import be.groupage.core.invoicing.Invoice;
import be.groupage.core.invoicing.InvoiceDraft;
import be.groupage.core.invoicing.InvoiceLine;
import be.groupage.core.invoicing.InvoiceSeries;
import be.groupage.core.invoicing.PaymentTerms;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.service.application.document.InvoiceDocument;
import be.groupage.service.application.document.Party;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Not a test: issues the documents of a large cycle (1,000 invoices of 12 lines, PDF and UBL) and,
 * beside it, a bare PDFBox page carrying the same text with the same font handling (DejaVu parsed once
 * per thread, embedded as a subset), so the cost of the layout itself can be read. Prints the figures;
 * see BENCHMARKS.md (section Documents) for the command and the results.
 */
public final class DocumentsBenchmark {

    private static final int INVOICES = 1_000;

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<InvoiceDocument> cycle = largeCycle();
        InvoicePdfRenderer pdf = new InvoicePdfRenderer();
        UblWriter ubl = new UblWriter();
        List<String> text = textOf(pdf.render(cycle.get(0)));
        System.out.printf("JVM %s, %d cores, %d thread(s); %d invoices of %d lines; bare page: %d text lines%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), threads, INVOICES,
                cycle.get(0).invoice().lines().size(), text.size());

        // warm-up: compile the hot paths, parse fonts in every worker, load JAXB
        run(threads, 300, i -> pdf.render(cycle.get(i)).length + ubl.invoice(cycle.get(i)).length);
        run(threads, 300, i -> bare(text).length);

        for (int round = 1; round <= rounds; round++) {
            Result both = run(threads, INVOICES, i -> pdf.render(cycle.get(i)).length + ubl.invoice(cycle.get(i)).length);
            Result pdfOnly = run(threads, INVOICES, i -> pdf.render(cycle.get(i)).length);
            Result ublOnly = run(threads, INVOICES, i -> ubl.invoice(cycle.get(i)).length);
            Result bare = run(threads, INVOICES, i -> bare(text).length);
            System.out.printf("round %d: PDF+UBL %s | PDF %s | UBL %s | bare page %s | PDF/bare rate %.2f%n", round, both, pdfOnly, ublOnly,
                    bare, pdfOnly.rate() / bare.rate());
        }
    }

    private record Result(long nanos, long bytes) {
        double seconds() {
            return nanos / 1e9;
        }

        double rate() {
            return INVOICES / seconds();
        }

        @Override
        public String toString() {
            return String.format("%.2f s, %.0f/s, %d KiB avg", seconds(), rate(), bytes / INVOICES / 1024);
        }
    }

    private static Result run(int threads, int count, IntFunction<Integer> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts.add(pool.submit(() -> {
                    long bytes = 0;
                    for (int i = first; i < count; i += threads) {
                        bytes += work.apply(i % INVOICES);
                    }
                    return bytes;
                }));
            }
            long bytes = 0;
            for (Future<Long> f : parts) {
                bytes += f.get();
            }
            return new Result(System.nanoTime() - start, bytes);
        } finally {
            pool.shutdown();
        }
    }

    /** 1,000 members: ten goods lines (three weighed), a transport share and a subsidy each. */
    static List<InvoiceDocument> largeCycle() {
        String[][] products = {
                {"LEG-001", "Carottes bio (Ferme du Try)", "KGM", "1.80", "6"}, {"LEG-002", "Pommes de terre Bintje", "KGM", "0.85", "6"},
                {"LEG-003", "Poireaux", "KGM", "2.40", "6"}, {"CON-001", "Confiture de fraises 370 g", "H87", "3.10", "6"},
                {"LAI-003", "Yaourt nature 500 g", "H87", "1.60", "6"}, {"EPI-005", "Huile de colza 1 l", "H87", "4.20", "6"},
                {"HYG-001", "Savon de Marseille 100 g", "H87", "2.15", "21"}, {"HYG-003", "Lessive liquide 3 l", "H87", "11.90", "21"},
                {"MEN-001", "Serviettes hygiéniques (paquet de 14)", "H87", "2.40", "6"}, {"FRU-001", "Pommes Jonagold", "KGM", "1.45", "6"}};
        List<InvoiceDocument> docs = new ArrayList<>(INVOICES);
        for (int m = 0; m < INVOICES; m++) {
            List<InvoiceLine> lines = new ArrayList<>();
            for (String[] p : products) {
                Unit unit = Unit.valueOf(p[2]);
                Quantity q = unit == Unit.KGM ? Quantity.of(new BigDecimal((5 + m % 17) + "." + (100 + m % 900)), unit) : Quantity.of(2 + m % 11, unit);
                lines.add(InvoiceLine.goods(p[0], p[1], q, Money.euros(p[3]), be.groupage.core.money.VatRate.ofPercent(p[4]), unit == Unit.KGM));
            }
            lines.add(InvoiceLine.costShare("Transport", Money.ofCents(1200 + m % 300), DocumentSamples.TWENTY_ONE));
            lines.add(InvoiceLine.subsidy("Province de Namur", Money.ofCents(-(800 + m % 500))));
            Invoice invoice = InvoiceDraft.of(String.format("M-%04d", m), "BC-" + m, lines)
                    .issue(InvoiceSeries.invoices(2026).number(m + 1), DocumentSamples.ISSUED, PaymentTerms.days(30));
            Party buyer = Party.of("CPAS n° " + m + " — Service social", "Rue de l'Église " + m, "5000", "Namur", "BE",
                    KboNumber.of("0212654385"), null, null);
            docs.add(new InvoiceDocument(invoice, DocumentSamples.SELLER, buyer, DocumentSamples.ACCOUNT, DocumentSamples.DELIVERED,
                    DocumentSamples.LOT, "Cycle 2026-47", Optional.of("Namur")));
        }
        return docs;
    }

    private static List<String> textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static final byte[] TTF = read("/fonts/DejaVuSans.ttf");
    private static final ThreadLocal<TrueTypeFont> BARE_FONT = ThreadLocal.withInitial(() -> {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(TTF));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });

    /** One page with the same lines of text, one after the other: no layout, no table, no QR code. */
    static byte[] bare(List<String> lines) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, BARE_FONT.get(), true);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 800;
                cs.setFont(font, 8);
                for (String line : lines) {
                    cs.beginText();
                    cs.newLineAtOffset(40, y);
                    cs.showText(line);
                    cs.endText();
                    y -= 9;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = DocumentsBenchmark.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DocumentsBenchmark() {
    }
}
