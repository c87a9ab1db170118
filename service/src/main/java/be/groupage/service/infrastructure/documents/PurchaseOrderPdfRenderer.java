package be.groupage.service.infrastructure.documents;

import be.groupage.core.invoicing.InvoiceComputation;
import be.groupage.core.invoicing.VatBreakdown;
import be.groupage.service.application.document.Party;
import be.groupage.service.application.document.PurchaseOrderDocument;

import java.util.ArrayList;
import java.util.List;

import static be.groupage.service.infrastructure.documents.FrenchFormat.amount;
import static be.groupage.service.infrastructure.documents.FrenchFormat.date;
import static be.groupage.service.infrastructure.documents.PdfSheet.ACCENT;
import static be.groupage.service.infrastructure.documents.PdfSheet.ACCENT_LIGHT;
import static be.groupage.service.infrastructure.documents.PdfSheet.BODY;
import static be.groupage.service.infrastructure.documents.PdfSheet.ROW;
import static be.groupage.service.infrastructure.documents.PdfSheet.SMALL;
import static be.groupage.service.infrastructure.documents.PdfSheet.LEFT;
import static be.groupage.service.infrastructure.documents.PdfSheet.MUTED;
import static be.groupage.service.infrastructure.documents.PdfSheet.RIGHT;
import static be.groupage.service.infrastructure.documents.PdfSheet.RULE;
import static be.groupage.service.infrastructure.documents.PdfSheet.TOP;
import static be.groupage.service.infrastructure.documents.PdfSheet.WHITE;
import static be.groupage.service.infrastructure.documents.PdfSheet.ZEBRA;

/**
 * The purchase order to the cooperative as an A4 PDF in French: both parties, the cycle, delivery date
 * and framework-agreement lot; per product its code, name, unit, case size, cases, quantity, unit
 * price, line total and VAT rate; totals per VAT rate; then one packing list per delivery point, each
 * starting on a page of its own, member by member. Stateless and thread-safe.
 */
public final class PurchaseOrderPdfRenderer {


    public byte[] render(PurchaseOrderDocument order) {
        PdfSheet sheet = new PdfSheet("Bon de commande " + order.reference(), order.platform().name(), order.orderDate());
        sheet.newPage();
        header(sheet, order, "BON DE COMMANDE");
        productTable(sheet, order);
        totals(sheet, order.computation(), order.totalCases());
        for (PurchaseOrderDocument.PackingList list : order.packingLists()) {
            sheet.newPage();
            packingList(sheet, order, list);
        }
        String docName = "Bon de commande " + order.reference() + " — " + order.cycleName();
        return sheet.finish((page, count) -> {
            sheet.rule(LEFT, 44, RIGHT, RULE, 0.5f);
            sheet.text(LEFT, 34, order.platform().name() + " → " + order.supplier().name(), false, 6.5f, MUTED);
            sheet.text(LEFT, 25, docName, false, 6.5f, MUTED);
            sheet.textRight(RIGHT, 25, "Page " + page + " / " + count, false, 6.5f, MUTED);
        });
    }

    private void header(PdfSheet sheet, PurchaseOrderDocument order, String title) {
        Party p = order.platform();
        float y = TOP - 12;
        for (String line : sheet.wrap(p.name(), true, 14, 280)) {
            sheet.text(LEFT, y, line, true, 14, ACCENT);
            y -= 16;
        }
        sheet.text(LEFT, y, p.street(), false, BODY);
        y -= 11;
        sheet.text(LEFT, y, p.postalCodeAndCity(), false, BODY);
        y -= 11;
        if (p.vatNumberFormatted().isPresent()) {
            sheet.text(LEFT, y, "TVA " + p.vatNumberFormatted().get(), false, BODY);
            y -= 11;
        }
        sheet.text(LEFT, y, "BCE " + p.kbo().formatted(), false, BODY);
        y -= 11;
        sheet.textRight(RIGHT, TOP - 14, title, true, 19, ACCENT);
        sheet.textRight(RIGHT, TOP - 32, "N° " + order.reference(), true, 11.5f);
        sheet.textRight(RIGHT, TOP - 46, "du " + date(order.orderDate()), false, 9, MUTED);
        float top = Math.min(y, TOP - 70) - 8;
        sheet.rule(LEFT, top, RIGHT, ACCENT, 1.2f);
        top -= 14;

        List<String[]> details = new ArrayList<>();
        details.add(new String[] {"Cycle", order.cycleName()});
        details.add(new String[] {"Date de commande", date(order.orderDate())});
        details.add(new String[] {"Livraison souhaitée", date(order.deliveryDate())});
        order.lot().ifPresentOrElse(l -> {
            details.add(new String[] {"Accord-cadre", l.agreementNumber()});
            details.add(new String[] {"Lot", l.lotNumber()});
        }, () -> details.add(new String[] {"Accord-cadre", "—"}));
        float dy = top;
        for (String[] d : details) {
            sheet.text(LEFT, dy, d[0], false, SMALL, MUTED);
            sheet.text(LEFT + 92, dy, d[1], true, BODY);
            dy -= 11.5f;
        }

        Party s = order.supplier();
        float boxX = LEFT + 280;
        List<String> lines = new ArrayList<>();
        lines.add(s.street());
        lines.add(s.postalCodeAndCity());
        lines.add("BCE " + s.kbo().formatted());
        s.vatNumberFormatted().ifPresent(v -> lines.add("TVA " + v));
        s.email().ifPresent(lines::add);
        float boxH = 22 + 13 + lines.size() * 11 + 4;
        sheet.fill(boxX, top + 10 - boxH, RIGHT - boxX, boxH, ACCENT_LIGHT);
        float cy = top;
        sheet.text(boxX + 10, cy, "FOURNISSEUR", true, 6.5f, ACCENT);
        cy -= 14;
        sheet.text(boxX + 10, cy, s.name(), true, 10);
        cy -= 13;
        for (String l : lines) {
            sheet.text(boxX + 10, cy, l, false, BODY);
            cy -= 11;
        }
        sheet.y = Math.min(dy, top + 10 - boxH) - 14;
    }

    // Product table columns.
    private static final float P_CODE = LEFT + 2;
    private static final float P_NAME = LEFT + 52;
    private static final float P_UNIT = LEFT + 228;
    private static final float P_CASE_R = LEFT + 300;
    private static final float P_CASES_R = LEFT + 335;
    private static final float P_QTY_R = LEFT + 385;
    private static final float P_PRICE_R = LEFT + 425;
    private static final float P_VAT_R = LEFT + 455;
    private static final float P_TOTAL_R = RIGHT - 4;

    private void productHeader(PdfSheet sheet) {
        float top = sheet.y;
        sheet.fill(LEFT, top - 16, RIGHT - LEFT, 16, ACCENT);
        float base = top - 11;
        sheet.text(P_CODE, base, "Code", true, SMALL, WHITE);
        sheet.text(P_NAME, base, "Produit", true, SMALL, WHITE);
        sheet.text(P_UNIT, base, "Unité", true, SMALL, WHITE);
        sheet.textRight(P_CASE_R, base, "Colisage", true, SMALL, WHITE);
        sheet.textRight(P_CASES_R, base, "Colis", true, SMALL, WHITE);
        sheet.textRight(P_QTY_R, base, "Quantité", true, SMALL, WHITE);
        sheet.textRight(P_PRICE_R, base, "PU HTVA", true, SMALL, WHITE);
        sheet.textRight(P_VAT_R, base, "TVA", true, SMALL, WHITE);
        sheet.textRight(P_TOTAL_R, base, "Total HTVA", true, SMALL, WHITE);
        sheet.y = top - 16;
    }

    private void productTable(PdfSheet sheet, PurchaseOrderDocument order) {
        productHeader(sheet);
        int row = 0;
        for (PurchaseOrderDocument.Line line : order.lines()) {
            String name = line.name() + (line.chilled() ? " (réfrigéré)" : "");
            List<String> wrapped = sheet.wrap(name, false, BODY, P_UNIT - P_NAME - 6);
            float h = wrapped.size() * ROW;
            if (!sheet.fits(h)) {
                sheet.newPage();
                sheet.text(LEFT, TOP - 10, order.platform().name(), true, 10, ACCENT);
                sheet.textRight(RIGHT, TOP - 10, "Bon de commande " + order.reference() + " (suite)", true, 9.5f);
                sheet.rule(LEFT, TOP - 18, RIGHT, ACCENT, 1f);
                sheet.y = TOP - 30;
                productHeader(sheet);
            }
            if (row++ % 2 == 1) {
                sheet.fill(LEFT, sheet.y - h, RIGHT - LEFT, h, ZEBRA);
            }
            float base = sheet.y - 9;
            sheet.text(P_CODE, base, line.code(), false, SMALL);
            for (int k = 0; k < wrapped.size(); k++) {
                sheet.text(P_NAME, base - k * ROW, wrapped.get(k), false, BODY);
            }
            sheet.text(P_UNIT, base, line.unit().symbol(), false, BODY);
            sheet.textRight(P_CASE_R, base, FrenchFormat.plain(line.caseSize()), false, BODY);
            sheet.textRight(P_CASES_R, base, Long.toString(line.cases()), true, BODY);
            sheet.textRight(P_QTY_R, base, FrenchFormat.quantity(line.quantity(), line.unit().fractional()), false, BODY);
            sheet.textRight(P_PRICE_R, base, FrenchFormat.unitPrice(line.unitPrice()), false, BODY);
            sheet.textRight(P_VAT_R, base, FrenchFormat.rate(line.vatRate()), false, BODY);
            sheet.textRight(P_TOTAL_R, base, amount(line.total()), false, BODY);
            sheet.y -= h;
        }
        sheet.rule(LEFT, sheet.y - 1, RIGHT, RULE, 0.6f);
        sheet.y -= 14;
    }

    private void totals(PdfSheet sheet, InvoiceComputation computation, long cases) {
        List<VatBreakdown> vat = computation.vatBreakdown();
        float needed = 16 + (vat.size() + 2) * ROW + 20;
        if (!sheet.fits(needed)) {
            sheet.newPage();
        }
        float x = LEFT + 245;
        float w = RIGHT - x;
        float top = sheet.y;
        float ry = VatTable.draw(sheet, x, top, w, vat, computation.totals());
        sheet.text(LEFT, top - 10.5f, cases + " colis au total", true, BODY);
        sheet.text(LEFT, top - 23, "Prix HTVA du catalogue du cycle ; quantités en colis entiers.", false, SMALL, MUTED);
        sheet.y = ry - ROW - 10;
    }

    private void packingList(PdfSheet sheet, PurchaseOrderDocument order, PurchaseOrderDocument.PackingList list) {
        sheet.text(LEFT, TOP - 12, order.platform().name(), true, 10, ACCENT);
        sheet.textRight(RIGHT, TOP - 14, "LISTE DE COLISAGE", true, 16, ACCENT);
        sheet.textRight(RIGHT, TOP - 30, "Bon de commande " + order.reference() + " · livraison du " + date(order.deliveryDate()), false, 8.5f, MUTED);
        sheet.rule(LEFT, TOP - 40, RIGHT, ACCENT, 1.2f);
        float y = TOP - 58;
        sheet.text(LEFT, y, "Point de livraison", false, SMALL, MUTED);
        sheet.text(LEFT + 92, y, list.deliveryPoint(), true, 11);
        y -= 14;
        if (!list.address().isBlank()) {
            sheet.text(LEFT + 92, y, list.address(), false, BODY);
            y -= 12;
        }
        sheet.y = y - 8;
        float top = sheet.y;
        sheet.fill(LEFT, top - 16, RIGHT - LEFT, 16, ACCENT);
        sheet.text(LEFT + 4, top - 11, "Membre", true, SMALL, WHITE);
        sheet.text(LEFT + 214, top - 11, "Code", true, SMALL, WHITE);
        sheet.text(LEFT + 266, top - 11, "Produit", true, SMALL, WHITE);
        sheet.textRight(RIGHT - 50, top - 11, "Quantité", true, SMALL, WHITE);
        sheet.text(RIGHT - 44, top - 11, "Unité", true, SMALL, WHITE);
        sheet.y = top - 16;
        String member = null;
        int row = 0;
        for (PurchaseOrderDocument.Parcel parcel : list.parcels()) {
            if (!sheet.fits(ROW)) {
                sheet.newPage();
                sheet.text(LEFT, TOP - 10, "Liste de colisage — " + list.deliveryPoint() + " (suite)", true, 10, ACCENT);
                sheet.y = TOP - 26;
                member = null;
            }
            if (!parcel.memberCode().equals(member)) {
                member = parcel.memberCode();
                sheet.rule(LEFT, sheet.y, RIGHT, RULE, 0.4f);
            }
            if (row++ % 2 == 1) {
                sheet.fill(LEFT, sheet.y - ROW, RIGHT - LEFT, ROW, ZEBRA);
            }
            float base = sheet.y - 9;
            sheet.text(LEFT + 4, base, sheet.clip(parcel.memberName() + " (" + parcel.memberCode() + ")", false, BODY, 206), false, BODY);
            sheet.text(LEFT + 214, base, parcel.productCode(), false, SMALL);
            sheet.text(LEFT + 266, base, sheet.clip(parcel.productName() + (parcel.chilled() ? " (réfrigéré)" : ""), false, BODY, RIGHT - 100 - LEFT - 240), false, BODY);
            sheet.textRight(RIGHT - 50, base, FrenchFormat.quantity(parcel.quantity(), parcel.unit().fractional()), true, BODY);
            sheet.text(RIGHT - 44, base, parcel.unit().symbol(), false, BODY);
            sheet.y -= ROW;
        }
        sheet.rule(LEFT, sheet.y - 1, RIGHT, RULE, 0.6f);
        sheet.y -= 30;
        if (sheet.fits(40)) {
            sheet.text(LEFT, sheet.y, "Reçu par (nom, date, signature) :", false, BODY, MUTED);
            sheet.rule(LEFT + 150, sheet.y - 2, RIGHT, RULE, 0.5f);
        }
    }
}
