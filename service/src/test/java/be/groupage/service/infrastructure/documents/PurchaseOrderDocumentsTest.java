package be.groupage.service.infrastructure.documents;

import be.groupage.core.cycle.KboNumber;
import be.groupage.core.money.Money;
import be.groupage.core.money.Unit;
import be.groupage.service.application.document.Party;
import be.groupage.service.application.document.PurchaseOrderDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static be.groupage.service.infrastructure.documents.DocumentSamples.SIX;
import static be.groupage.service.infrastructure.documents.DocumentSamples.TWENTY_ONE;
import static org.assertj.core.api.Assertions.assertThat;

class PurchaseOrderDocumentsTest {

    static final Party COOPERATIVE = Party.of("Coopérative Paysans-Artisans", "Rue Saint-Nicolas 18", "5000", "Namur", "BE",
            KboNumber.of("0812345603"), "BE0812345603", "commandes@paysans-artisans.be");

    static PurchaseOrderDocument order() {
        List<PurchaseOrderDocument.Line> lines = List.of(
                new PurchaseOrderDocument.Line("HYG-001", "Savon de Marseille 100 g", Unit.H87, new BigDecimal("12"), 3,
                        new BigDecimal("36"), Money.euros("2.15"), TWENTY_ONE, false, false),
                new PurchaseOrderDocument.Line("LAI-003", "Yaourt nature 500 g", Unit.H87, new BigDecimal("6"), 4,
                        new BigDecimal("24"), Money.euros("1.60"), SIX, true, false),
                new PurchaseOrderDocument.Line("LEG-001", "Carottes; bio \"extra\"", Unit.KGM, new BigDecimal("10"), 13,
                        new BigDecimal("130"), Money.euros("1.80"), SIX, false, true),
                new PurchaseOrderDocument.Line("POM-002", "Pommes Jonagold", Unit.KGM, new BigDecimal("2.5"), 2,
                        new BigDecimal("5.0"), Money.euros("1.4450"), SIX, false, true));
        List<PurchaseOrderDocument.PackingList> packing = List.of(
                new PurchaseOrderDocument.PackingList("Entrepôt de Jambes", "Rue de Dave 165, 5100 Jambes", List.of(
                        new PurchaseOrderDocument.Parcel("CPAS-NAMUR", "CPAS de Namur", "LEG-001", "Carottes bio", new BigDecimal("80"), Unit.KGM, false),
                        new PurchaseOrderDocument.Parcel("CPAS-NAMUR", "CPAS de Namur", "LAI-003", "Yaourt nature 500 g", new BigDecimal("12"), Unit.H87, true),
                        new PurchaseOrderDocument.Parcel("RESTOS-JAMBES", "Restos du Cœur de Jambes", "HYG-001", "Savon de Marseille", new BigDecimal("24"), Unit.H87, false))),
                new PurchaseOrderDocument.PackingList("Andenne", "Place des Tilleuls 1, 5300 Andenne", List.of(
                        new PurchaseOrderDocument.Parcel("CPAS-ANDENNE", "CPAS d'Andenne", "LEG-001", "Carottes bio", new BigDecimal("50"), Unit.KGM, false))));
        return new PurchaseOrderDocument(DocumentSamples.SELLER, COOPERATIVE, "CYCLE-47", "Cycle 2026-47 (novembre)",
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 24), DocumentSamples.LOT, lines, packing);
    }

    @Test
    void pdfHasTheOrderThenOnePackingListPagePerDeliveryPoint() throws Exception {
        PurchaseOrderDocument order = order();
        byte[] pdf = new PurchaseOrderPdfRenderer().render(order);
        DocumentSamples.keep("bon-de-commande.pdf", pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(first).contains("BON DE COMMANDE", "N° CYCLE-47", "Distri-denrées", "Coopérative Paysans-Artisans",
                    "BCE 0812.345.603", "Cycle 2026-47 (novembre)", "24/11/2026", "AC-2026-004", "Lot 2");
            // code, name, unit, case size, cases, quantity, unit price, total, VAT rate
            assertThat(first).contains("LEG-001 Carottes; bio \"extra\" kg 10 13 130,000 1,80 € 6 % 234,00 €");
            assertThat(first).contains("POM-002 Pommes Jonagold kg 2,5 2 5,000 1,445 € 6 % 7,23 €");
            assertThat(first).contains("Yaourt nature 500 g (réfrigéré)", "HYG-001", "36", "77,40 €");
            var t = order.computation().totals();
            assertThat(first).contains("Total " + FrenchFormat.amount(t.net()) + " " + FrenchFormat.amount(t.vat()) + " " + FrenchFormat.amount(t.gross()));
            assertThat(first).contains("22 colis au total");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(second).contains("LISTE DE COLISAGE", "Entrepôt de Jambes", "CPAS de Namur (CPAS-NAMUR) LEG-001 Carottes bio 80,000 kg",
                    "Restos du Cœur de Jambes (RESTOS-JAMBES)", "Yaourt nature 500 g (réfrigéré)").doesNotContain("CPAS-ANDENNE");
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            assertThat(stripper.getText(document)).contains("Andenne", "CPAS d'Andenne", "Page 3 / 3");
        }
    }

    @Test
    void csvIsUtf8WithBomSemicolonsAndDecimalCommas() {
        byte[] csv = new PurchaseOrderCsvWriter().write(order());
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(csv[1]).isEqualTo((byte) 0xBB);
        assertThat(csv[2]).isEqualTo((byte) 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).containsExactly(
                "code;produit;unite;colisage;colis;quantite;prix_unitaire_htva;total_htva;taux_tva;refrigere",
                "HYG-001;Savon de Marseille 100 g;H87;12;3;36;2,15;77,40;21;non",
                "LAI-003;Yaourt nature 500 g;H87;6;4;24;1,60;38,40;6;oui",
                "LEG-001;\"Carottes; bio \"\"extra\"\"\";KGM;10;13;130;1,80;234,00;6;non",
                "POM-002;Pommes Jonagold;KGM;2,5;2;5;1,445;7,23;6;non");
    }

    @Test
    void aCsvCellASpreadsheetWouldRunAsAFormulaIsWrittenBehindAQuote() {
        PurchaseOrderDocument sample = order();
        List<PurchaseOrderDocument.Line> lines = List.of(
                new PurchaseOrderDocument.Line("-A1", "=HYPERLINK(\"http://x\";\"Pommes\")", Unit.KGM, new BigDecimal("2.5"), 2,
                        new BigDecimal("5.0"), Money.euros("1.4450"), SIX, false, true),
                new PurchaseOrderDocument.Line("POM-003", "@SUM(1+1)", Unit.KGM, new BigDecimal("1"), 1,
                        new BigDecimal("1"), Money.euros("1.00"), SIX, false, false));
        PurchaseOrderDocument hostile = new PurchaseOrderDocument(sample.platform(), sample.supplier(), "CYCLE-47", "Cycle 2026-47 (novembre)",
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 24), DocumentSamples.LOT, lines, sample.packingLists());

        byte[] csv = new PurchaseOrderCsvWriter().write(hostile);

        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n")).containsExactly(
                "code;produit;unite;colisage;colis;quantite;prix_unitaire_htva;total_htva;taux_tva;refrigere",
                "'-A1;\"'=HYPERLINK(\"\"http://x\"\";\"\"Pommes\"\")\";KGM;2,5;2;5;1,445;7,23;6;non",
                "POM-003;'@SUM(1+1);KGM;1;1;1;1,00;1,00;6;non");
    }
}
