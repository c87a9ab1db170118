package be.groupage.service.infrastructure.documents;

import be.groupage.service.application.document.CreditNoteDocument;
import be.groupage.service.application.document.InvoiceDocument;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.ResultMetadataType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class InvoicePdfRendererTest {

    private final InvoicePdfRenderer renderer = new InvoicePdfRenderer();

    @Test
    void theSameInvoiceRenderedTwiceGivesTheSameBytes() throws Exception {
        byte[] first = renderer.render(DocumentSamples.fullInvoice());
        long renderedAt = System.currentTimeMillis();
        // PDFBox would take the file identifier from the clock: the second rendering starts once it has moved on.
        await().atMost(Duration.ofSeconds(2)).until(() -> System.currentTimeMillis() > renderedAt);
        assertThat(renderer.render(DocumentSamples.fullInvoice())).isEqualTo(first);
        assertThat(renderer.render(DocumentSamples.domainInvoice())).isNotEqualTo(first);
    }

    @Test
    void domainExampleShowsEveryMandatoryMentionAndTheAmountsOfCore() throws Exception {
        InvoiceDocument doc = DocumentSamples.domainInvoice();
        byte[] pdf = renderer.render(doc);
        DocumentSamples.keep("facture-domain.pdf", pdf);
        String text = text(pdf);

        assertThat(text).contains("FACTURE", "N° 2026-000123", "Date de facture", "26/11/2026");
        // seller: name, address, VAT and enterprise numbers
        assertThat(text).contains("Distri-denrées", "Rue des Bœufs 12", "5000 Namur", "TVA BE 0203.201.340", "BCE 0203.201.340");
        // customer: a CPAS without VAT number, its enterprise number
        assertThat(text).contains("CPAS de Namur — Service d'aide alimentaire", "Rue de Dave 165", "5100 Jambes", "BCE 0212.654.385");
        assertThat(text).contains("Date de livraison", "24/11/2026", "Échéance", "26/12/2026");
        assertThat(text).contains("Bon de commande", "BC-2026/0815", "Accord-cadre", "AC-2026-004", "Lot", "Cycle 2026-47 (novembre)");
        // lines: description, quantity, unit, unit price excl. VAT, rate, net; the weighed one marked
        assertThat(text).contains("Carottes bio (Ferme du Try)", "10,350", "kg pesé", "1,80 €", "18,63 €");
        assertThat(text).contains("Savon de Marseille 100 g", "12", "pièce", "2,15 €", "25,80 €");
        // VAT per rate on the summed base: 1.12 + 5.42 = 6.54, total 50.97 (DOMAIN.md)
        assertThat(text).contains("6 % 18,63 € 1,12 € 19,75 €", "21 % 25,80 € 5,42 € 31,22 €");
        assertThat(text).contains("Total HTVA 44,43 €", "Total TVA 6,54 €", "Total TVAC 50,97 €", "MONTANT À PAYER 50,97 €");
        // payment
        assertThat(text).contains("BE68 5390 0754 7034", "GKCCBEBB", "+++202/6000/12320+++", "au plus tard le 26/12/2026");
        assertThat(text).contains("Page 1 / 1");
    }

    @Test
    void theQrCodeOnPageOneDecodesToTheEpcPayloadOfCore() throws Exception {
        InvoiceDocument doc = DocumentSamples.domainInvoice();
        byte[] pdf = renderer.render(doc);
        String decoded = decodeQr(pdf);
        assertThat(decoded).isEqualTo(doc.epcPayload().orElseThrow().text());
        assertThat(decoded).isEqualTo(String.join("\n", "BCD", "002", "1", "SCT", "GKCCBEBB", "Distri-denrées",
                "BE68539007547034", "EUR50.97", "", "", "+++202/6000/12320+++"));
    }

    @Test
    void costSharesAndSubsidiesHaveTheirOwnLinesAndTheSubsidyLowersOnlyTheAmountToPay() throws Exception {
        InvoiceDocument doc = DocumentSamples.fullInvoice();
        byte[] pdf = renderer.render(doc);
        DocumentSamples.keep("facture-complete.pdf", pdf);
        String text = text(pdf);
        var totals = doc.invoice().totals();
        assertThat(text).contains("Frais partagés", "Quote-part : Transport réfrigéré", "14,37 €", "Quote-part : Frais de plateforme");
        assertThat(text).contains("Subsides", "Subside : Province de Namur (20 %)", "-23,18 €");
        assertThat(text).contains("Confiture de fraises 370 g — œufs frais & crème brûlée");
        assertThat(text).contains("TVA BE 0456.321.850", "Les Restos du Cœur de Wépion ASBL");
        assertThat(text).contains("Total TVAC " + FrenchFormat.amount(totals.gross()));
        assertThat(text).contains("Subsides payés par des tiers " + FrenchFormat.amount(totals.paidByThirdParties().negate()));
        assertThat(text).contains("MONTANT À PAYER " + FrenchFormat.amount(totals.payable()));
        assertThat(totals.payable()).isEqualTo(totals.gross().minus(totals.paidByThirdParties()));
        assertThat(decodeQr(pdf)).contains("EUR" + totals.payable().amount().toPlainString());
    }

    @Test
    void aLongInvoiceContinuesOnNumberedPagesWithEveryLine() throws Exception {
        InvoiceDocument doc = DocumentSamples.longInvoice(120);
        byte[] pdf = renderer.render(doc);
        DocumentSamples.keep("facture-longue.pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Page 1 / " + pages, "Page " + pages + " / " + pages, "Facture 2026-000125 (suite)");
            for (int i = 1; i <= 120; i++) {
                assertThat(text).contains(String.format("P-%03d", i));
            }
            assertThat(text).contains("MONTANT À PAYER " + FrenchFormat.amount(doc.invoice().totals().payable()));
        }
    }

    @Test
    void creditNoteReferencesTheInvoiceAndItsReasonAndCreditsTheChosenQuantities() throws Exception {
        CreditNoteDocument doc = DocumentSamples.partialCreditNote();
        byte[] pdf = renderer.render(doc);
        DocumentSamples.keep("note-de-credit.pdf", pdf);
        String text = text(pdf);
        assertThat(text).contains("NOTE DE CRÉDIT", "N° NC-2026-000007", "du 28/11/2026");
        // lines keep their number on the invoice: carrots line 1, jam line 3
        assertThat(text).contains("1 LEG-001 Carottes", "3 CON-001 Confiture");
        assertThat(text).contains("Facture d'origine", "2026-000124 du 26/11/2026", "Motif", "Carottes abîmées à la livraison, un pot cassé");
        // 2.35 kg x 1.80 = 4.23 and 1 x 3.10 at 6%: base 7.33, VAT 0.44
        assertThat(text).contains("2,350", "4,23 €", "3,10 €", "6 % 7,33 € 0,44 € 7,77 €", "MONTANT CRÉDITÉ 7,77 €");
        assertThat(text).doesNotContain("+++");
    }

    @Test
    void aLongIssuerNameWrapsAndTheQrCodeStillCarriesItWhole() throws Exception {
        InvoiceDocument doc = DocumentSamples.longNamedSellerInvoice();
        byte[] pdf = renderer.render(doc);
        DocumentSamples.keep("facture-nom-long.pdf", pdf);
        assertThat(text(pdf)).contains("Distri-denrées — Plateforme d'achats groupés (Province de Namur)", "MONTANT À PAYER 50,97 €");
        assertThat(decodeQr(pdf)).contains("\nDistri-denrées — Plateforme d'achats groupés (Province de Namur)\n", "\nEUR50.97\n");
    }

    @Test
    void everyAccentEuroSignAndOeLigaturePrints() throws Exception {
        String text = text(renderer.render(DocumentSamples.fullInvoice()));
        assertThat(text).contains("é", "è", "à", "û", "œ", "€", "Bœufs", "Cœur", "crème brûlée");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Wrapped cells break a phrase over lines: compare on one line.
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    static String decodeQr(byte[] pdf) throws IOException, NotFoundException, ChecksumException, FormatException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.CHARACTER_SET, "UTF-8"));
            assertThat(result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("M");
            return result.getText();
        }
    }
}
