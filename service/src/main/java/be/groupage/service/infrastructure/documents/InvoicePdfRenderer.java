package be.groupage.service.infrastructure.documents;

import be.groupage.core.cycle.LotReference;
import be.groupage.core.invoicing.DocumentNumber;
import be.groupage.core.invoicing.InvoiceComputation;
import be.groupage.core.invoicing.InvoiceLine;
import be.groupage.core.invoicing.InvoiceTotals;
import be.groupage.core.invoicing.LineKind;
import be.groupage.core.invoicing.VatBreakdown;
import be.groupage.core.payment.EpcQrPayload;
import be.groupage.service.application.document.CreditNoteDocument;
import be.groupage.service.application.document.InvoiceDocument;
import be.groupage.service.application.document.Party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static be.groupage.service.infrastructure.documents.FrenchFormat.amount;
import static be.groupage.service.infrastructure.documents.FrenchFormat.date;
import static be.groupage.service.infrastructure.documents.PdfSheet.ACCENT;
import static be.groupage.service.infrastructure.documents.PdfSheet.ACCENT_LIGHT;
import static be.groupage.service.infrastructure.documents.PdfSheet.BODY;
import static be.groupage.service.infrastructure.documents.PdfSheet.ROW;
import static be.groupage.service.infrastructure.documents.PdfSheet.SMALL;
import static be.groupage.service.infrastructure.documents.PdfSheet.BOTTOM;
import static be.groupage.service.infrastructure.documents.PdfSheet.LEFT;
import static be.groupage.service.infrastructure.documents.PdfSheet.MUTED;
import static be.groupage.service.infrastructure.documents.PdfSheet.RIGHT;
import static be.groupage.service.infrastructure.documents.PdfSheet.RULE;
import static be.groupage.service.infrastructure.documents.PdfSheet.TOP;
import static be.groupage.service.infrastructure.documents.PdfSheet.WHITE;
import static be.groupage.service.infrastructure.documents.PdfSheet.ZEBRA;

/**
 * Invoices and credit notes as A4 PDFs in French, for a finance officer: every mention the Belgian VAT
 * code requires (issue date, unique number, the issuer's name, address, VAT and enterprise numbers,
 * the member's name, address, enterprise number and VAT number when it has one, delivery date, each
 * line's description, quantity and unit price excl. VAT, per rate the base, rate and VAT, total VAT),
 * the member's purchase order, the framework agreement and lot, cost shares and subsidies on lines of
 * their own, the due date, IBAN and BIC, the structured communication and the EPC QR code.
 *
 * <p>Every amount is read from the document's {@link InvoiceComputation}; nothing is recomputed here.
 * Long invoices continue on further pages with the table header repeated; each page is numbered.
 * Stateless and thread-safe.
 */
public final class InvoicePdfRenderer {


    // Columns of the lines table: number, code, description, quantity, unit, unit price, VAT rate, net.
    private static final float C_NO = LEFT;
    private static final float C_CODE = LEFT + 22;
    private static final float C_DESC = LEFT + 76;
    private static final float C_QTY_R = LEFT + 305;
    private static final float C_UNIT = LEFT + 311;
    private static final float C_PRICE_R = LEFT + 408;
    private static final float C_VAT_R = LEFT + 440;
    private static final float C_NET_R = RIGHT - 4;
    private static final float DESC_WIDTH = C_QTY_R - 52 - C_DESC;

    /** The PDF of an issued invoice. */
    public byte[] render(InvoiceDocument doc) {
        var invoice = doc.invoice();
        List<String[]> details = new ArrayList<>();
        details.add(new String[] {"Date de facture", date(invoice.issueDate())});
        details.add(new String[] {"Date de livraison", date(doc.deliveryDate())});
        details.add(new String[] {"Échéance", date(invoice.dueDate())});
        details.add(new String[] {"Bon de commande", invoice.orderReference().filter(s -> !s.isBlank()).orElse("—")});
        addLot(details, doc.lot());
        details.add(new String[] {"Cycle", doc.cycleName()});
        doc.deliveryPoint().ifPresent(p -> details.add(new String[] {"Point de livraison", p}));
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < invoice.lines().size(); i++) {
            numbers.add(i + 1);
        }
        Layout layout = new Layout("FACTURE", invoice.number(), invoice.issueDate(), doc.seller(), doc.buyer(), details,
                invoice.lines(), numbers, invoice.computation(), false);
        return draw(layout, sheet -> paymentBlock(sheet, doc));
    }

    /** The PDF of a credit note. */
    public byte[] render(CreditNoteDocument doc) {
        var note = doc.note();
        List<String[]> details = new ArrayList<>();
        details.add(new String[] {"Date de la note", date(note.issueDate())});
        details.add(new String[] {"Facture d'origine", doc.invoice().number().text() + " du " + date(doc.invoice().issueDate())});
        details.add(new String[] {"Motif", doc.reason()});
        details.add(new String[] {"Date de livraison", date(doc.deliveryDate())});
        details.add(new String[] {"Bon de commande", doc.invoice().orderReference().filter(s -> !s.isBlank()).orElse("—")});
        addLot(details, doc.lot());
        details.add(new String[] {"Cycle", doc.cycleName()});
        // Lines are numbered as on the invoice they credit, so both documents can be read side by side.
        List<Integer> numbers = new ArrayList<>();
        boolean oneToOne = note.lines().size() == note.creditedLines().size();
        for (int i = 0; i < note.lines().size(); i++) {
            numbers.add(oneToOne ? note.creditedLines().get(i).lineIndex() + 1 : i + 1);
        }
        Layout layout = new Layout("NOTE DE CRÉDIT", note.number(), note.issueDate(), doc.seller(), doc.buyer(), details,
                note.lines(), numbers, note.computation(), true);
        return draw(layout, sheet -> creditBlock(sheet, doc));
    }

    private static void addLot(List<String[]> details, Optional<LotReference> lot) {
        lot.ifPresentOrElse(l -> {
            details.add(new String[] {"Accord-cadre", l.agreementNumber()});
            details.add(new String[] {"Lot", l.lotNumber()});
        }, () -> details.add(new String[] {"Accord-cadre", "—"}));
    }

    private record Layout(String title, DocumentNumber number, LocalDate issueDate, Party seller, Party buyer,
                          List<String[]> details, List<InvoiceLine> lines, List<Integer> lineNumbers, InvoiceComputation computation,
                          boolean creditNote) {
    }

    private interface Block {
        void draw(PdfSheet sheet);
    }

    private byte[] draw(Layout layout, Block closing) {
        PdfSheet sheet = new PdfSheet((layout.creditNote ? "Note de crédit " : "Facture ") + layout.number.text(),
                layout.seller.name(), layout.issueDate);
        sheet.newPage();
        firstPageHeader(sheet, layout);
        linesTable(sheet, layout);
        totals(sheet, layout);
        closing.draw(sheet);
        Party s = layout.seller;
        String legal = s.name() + " · " + s.street() + ", " + s.postalCodeAndCity() + " · BCE " + s.kbo().formatted()
                + s.vatNumberFormatted().map(v -> " · TVA " + v).orElse("");
        String docName = (layout.creditNote ? "Note de crédit " : "Facture ") + layout.number.text();
        return sheet.finish((page, count) -> {
            sheet.rule(LEFT, 44, RIGHT, RULE, 0.5f);
            sheet.text(LEFT, 34, legal, false, 6.5f, MUTED);
            sheet.text(LEFT, 25, docName, false, 6.5f, MUTED);
            sheet.textRight(RIGHT, 25, "Page " + page + " / " + count, false, 6.5f, MUTED);
        });
    }

    private void firstPageHeader(PdfSheet sheet, Layout layout) {
        Party s = layout.seller;
        float y = TOP - 12;
        // A long legal name takes two lines rather than running under the title.
        for (String line : sheet.wrap(s.name(), true, 14, 300)) {
            sheet.text(LEFT, y, line, true, 14, ACCENT);
            y -= 16;
        }
        sheet.text(LEFT, y, s.street(), false, BODY);
        y -= 11;
        sheet.text(LEFT, y, s.postalCodeAndCity() + countrySuffix(s), false, BODY);
        y -= 11;
        if (s.vatNumberFormatted().isPresent()) {
            sheet.text(LEFT, y, "TVA " + s.vatNumberFormatted().get(), false, BODY);
            y -= 11;
        }
        sheet.text(LEFT, y, "BCE " + s.kbo().formatted(), false, BODY);
        y -= 11;
        if (s.email().isPresent()) {
            sheet.text(LEFT, y, s.email().get(), false, BODY, MUTED);
            y -= 11;
        }

        sheet.textRight(RIGHT, TOP - 14, layout.title, true, 19, ACCENT);
        sheet.textRight(RIGHT, TOP - 32, "N° " + layout.number.text(), true, 11.5f);
        sheet.textRight(RIGHT, TOP - 46, "du " + date(layout.issueDate), false, 9, MUTED);

        float top = Math.min(y, TOP - 70) - 8;
        sheet.rule(LEFT, top, RIGHT, ACCENT, 1.2f);
        top -= 14;

        // Details, left.
        float dy = top;
        for (String[] d : layout.details) {
            sheet.text(LEFT, dy, d[0], false, SMALL, MUTED);
            List<String> value = sheet.wrap(d[1], true, BODY, 165);
            for (String v : value) {
                sheet.text(LEFT + 88, dy, v, true, BODY);
                dy -= 11.5f;
            }
        }

        // Customer, right, on a tinted box.
        Party b = layout.buyer;
        List<String> customer = new ArrayList<>();
        customer.add(b.street());
        customer.add(b.postalCodeAndCity() + countrySuffix(b));
        customer.add("BCE " + b.kbo().formatted());
        b.vatNumberFormatted().ifPresent(v -> customer.add("TVA " + v));
        List<String> name = sheet.wrap(b.name(), true, 10, 215);
        float boxX = LEFT + 280;
        float boxH = 22 + name.size() * 13 + customer.size() * 11 + 4;
        sheet.fill(boxX, top + 10 - boxH, RIGHT - boxX, boxH, ACCENT_LIGHT);
        float cy = top;
        sheet.text(boxX + 10, cy, layout.creditNote ? "CLIENT" : "FACTURÉ À", true, 6.5f, ACCENT);
        cy -= 14;
        for (String n : name) {
            sheet.text(boxX + 10, cy, n, true, 10);
            cy -= 13;
        }
        for (String c : customer) {
            sheet.text(boxX + 10, cy, c, false, BODY);
            cy -= 11;
        }
        sheet.y = Math.min(dy, top + 10 - boxH) - 14;
    }

    private static String countrySuffix(Party p) {
        return "BE".equals(p.countryCode()) ? "" : " (" + p.countryCode() + ")";
    }

    private void tableHeader(PdfSheet sheet) {
        float top = sheet.y;
        sheet.fill(LEFT, top - 16, RIGHT - LEFT, 16, PdfSheet.ACCENT);
        float base = top - 11;
        sheet.text(C_NO + 2, base, "N°", true, SMALL, WHITE);
        sheet.text(C_CODE, base, "Code", true, SMALL, WHITE);
        sheet.text(C_DESC, base, "Description", true, SMALL, WHITE);
        sheet.textRight(C_QTY_R, base, "Quantité", true, SMALL, WHITE);
        sheet.text(C_UNIT, base, "Unité", true, SMALL, WHITE);
        sheet.textRight(C_PRICE_R, base, "Prix unit. HTVA", true, SMALL, WHITE);
        sheet.textRight(C_VAT_R, base, "TVA", true, SMALL, WHITE);
        sheet.textRight(C_NET_R, base, "Montant HTVA", true, SMALL, WHITE);
        sheet.y = top - 16;
    }

    private void continuationHeader(PdfSheet sheet, Layout layout) {
        sheet.text(LEFT, TOP - 10, layout.seller.name(), true, 10, ACCENT);
        sheet.textRight(RIGHT, TOP - 10, (layout.creditNote ? "Note de crédit " : "Facture ") + layout.number.text() + " (suite)", true, 9.5f);
        sheet.rule(LEFT, TOP - 18, RIGHT, ACCENT, 1f);
        sheet.y = TOP - 30;
    }

    private void linesTable(PdfSheet sheet, Layout layout) {
        tableHeader(sheet);
        LineKind section = null;
        int rowIndex = 0;
        for (int i = 0; i < layout.lines.size(); i++) {
            InvoiceLine line = layout.lines.get(i);
            List<String> desc = sheet.wrap(describe(line), false, BODY, DESC_WIDTH);
            boolean newSection = line.kind() != section;
            float needed = desc.size() * ROW + (newSection ? ROW + 2 : 0);
            if (!sheet.fits(needed)) {
                sheet.newPage();
                continuationHeader(sheet, layout);
                tableHeader(sheet);
                newSection = true;
            }
            if (newSection) {
                section = line.kind();
                sheet.text(C_DESC, sheet.y - 10, sectionTitle(section), true, SMALL, ACCENT);
                sheet.y -= ROW + 2;
                rowIndex = 0;
            }
            float h = desc.size() * ROW;
            if (rowIndex++ % 2 == 1) {
                sheet.fill(LEFT, sheet.y - h, RIGHT - LEFT, h, ZEBRA);
            }
            float base = sheet.y - 9;
            sheet.text(C_NO + 2, base, Integer.toString(layout.lineNumbers.get(i)), false, SMALL, MUTED);
            if (line.kind() == LineKind.GOODS) {
                sheet.text(C_CODE, base, sheet.clip(line.code(), false, SMALL, C_DESC - C_CODE - 4), false, SMALL);
            }
            for (int k = 0; k < desc.size(); k++) {
                sheet.text(C_DESC, base - k * ROW, desc.get(k), false, BODY);
            }
            sheet.textRight(C_QTY_R, base, FrenchFormat.quantity(line.quantity()), false, BODY);
            sheet.text(C_UNIT, base, line.quantity().unit().symbol() + (line.weighed() ? " pesé" : ""), false, BODY);
            sheet.textRight(C_PRICE_R, base, FrenchFormat.unitPrice(line.unitPrice()), false, BODY);
            sheet.textRight(C_VAT_R, base, line.vatRate().map(FrenchFormat::rate).orElse("—"), false, BODY);
            sheet.textRight(C_NET_R, base, amount(line.net()), false, BODY);
            sheet.y -= h;
        }
        sheet.rule(LEFT, sheet.y - 1, RIGHT, RULE, 0.6f);
        sheet.y -= 14;
    }

    private static String describe(InvoiceLine line) {
        return switch (line.kind()) {
            case GOODS -> line.description();
            case COST_SHARE -> "Quote-part : " + line.description();
            case SUBSIDY -> "Subside : " + line.description();
        };
    }

    private static String sectionTitle(LineKind kind) {
        return switch (kind) {
            case GOODS -> "Marchandises livrées";
            case COST_SHARE -> "Frais partagés (quote-part du membre)";
            case SUBSIDY -> "Subsides (hors base TVA, déduits du montant à payer)";
        };
    }

    private void totals(PdfSheet sheet, Layout layout) {
        List<VatBreakdown> vat = layout.computation.vatBreakdown();
        InvoiceTotals t = layout.computation.totals();
        boolean subsidies = t.paidByThirdParties().isPositive();
        float vatHeight = 16 + (vat.size() + 1) * ROW + 6;
        float totalsHeight = (4 + (subsidies ? 1 : 0)) * 13 + 26;
        float needed = Math.max(vatHeight, totalsHeight) + 128;
        if (!sheet.fits(needed)) {
            sheet.newPage();
            continuationHeader(sheet, layout);
        }
        float top = sheet.y;

        // VAT breakdown, left.
        float x = LEFT;
        float w = 270;
        float ry = VatTable.draw(sheet, x, top, w, vat, t);
        float vatBottom = ry - ROW - 4;

        // Totals, right.
        float tx = LEFT + 300;
        float tr = RIGHT;
        float ty = top - 10;
        ty = totalRow(sheet, tx, tr, ty, "Total HTVA", amount(t.net()), false);
        ty = totalRow(sheet, tx, tr, ty, "Total TVA", amount(t.vat()), false);
        ty = totalRow(sheet, tx, tr, ty, "Total TVAC", amount(t.gross()), true);
        if (subsidies) {
            ty = totalRow(sheet, tx, tr, ty, "Subsides payés par des tiers", amount(t.paidByThirdParties().negate()), false);
        }
        float barTop = ty + 2;
        sheet.fill(tx, barTop - 24, tr - tx, 24, ACCENT);
        sheet.text(tx + 8, barTop - 16, layout.creditNote ? "MONTANT CRÉDITÉ" : "MONTANT À PAYER", true, 9, WHITE);
        sheet.textRight(tr - 8, barTop - 16.5f, amount(t.payable()), true, 12.5f, WHITE);
        float totalsBottom = barTop - 24;
        sheet.y = Math.min(vatBottom, totalsBottom) - 16;
    }

    private static float totalRow(PdfSheet sheet, float x, float right, float y, String label, String value, boolean bold) {
        sheet.text(x + 8, y, label, bold, BODY, bold ? PdfSheet.INK : MUTED);
        sheet.textRight(right - 8, y, value, bold, BODY + (bold ? 0.5f : 0));
        return y - 13;
    }

    private void paymentBlock(PdfSheet sheet, InvoiceDocument doc) {
        InvoiceTotals t = doc.invoice().totals();
        Optional<EpcQrPayload> epc = doc.epcPayload();
        float qr = 84;
        float qx = RIGHT - qr - 8;
        List<String> beneficiary = sheet.wrap(doc.seller().name(), true, 9, qx - 12 - (LEFT + 120));
        float h = 112 + (beneficiary.size() - 1) * 11;
        if (!sheet.fits(h)) {
            sheet.newPage();
        }
        float top = sheet.y;
        float bottom = top - h;
        sheet.stroke(LEFT, bottom, RIGHT - LEFT, h, RULE, 0.6f);
        sheet.fill(LEFT, top - 18, RIGHT - LEFT, 18, ACCENT_LIGHT);
        sheet.text(LEFT + 10, top - 12.5f, "PAIEMENT", true, 8, ACCENT);
        float y = top - 34;
        if (epc.isEmpty()) {
            sheet.text(LEFT + 10, y, "Rien à payer : le montant est entièrement couvert par les subsides.", true, 9.5f);
            sheet.y = bottom - 10;
            return;
        }
        String bic = doc.account().bic().map(b -> b.code()).orElse("—");
        sheet.text(LEFT + 10, y, "Veuillez verser " + amount(t.payable()) + " au plus tard le " + date(doc.invoice().dueDate()) + " :", false, 9);
        y -= 15;
        sheet.text(LEFT + 10, y, "Bénéficiaire", false, SMALL, PdfSheet.MUTED);
        for (String line : beneficiary) {
            sheet.text(LEFT + 120, y, line, true, 9);
            y -= 11;
        }
        y -= 2;
        y = paymentRow(sheet, y, "IBAN", doc.account().iban().formatted());
        y = paymentRow(sheet, y, "BIC", bic);
        sheet.text(LEFT + 10, y - 4, "Communication structurée", false, SMALL, PdfSheet.MUTED);
        sheet.text(LEFT + 120, y - 5, doc.ogm().formatted(), true, 13);

        EpcQrCode.draw(sheet.content(), epc.get(), qx, bottom + 6, qr);
        sheet.forgetColour();
        sheet.textRight(RIGHT - 10, top - 12, "Code QR : scannez-le avec votre application bancaire (virement SEPA)", false, 6.8f, MUTED);
        sheet.y = bottom - 10;
    }

    private static float paymentRow(PdfSheet sheet, float y, String label, String value) {
        sheet.text(LEFT + 10, y, label, false, SMALL, PdfSheet.MUTED);
        sheet.text(LEFT + 120, y, value, true, 9);
        return y - 13;
    }

    private void creditBlock(PdfSheet sheet, CreditNoteDocument doc) {
        float h = 62;
        if (!sheet.fits(h)) {
            sheet.newPage();
        }
        float top = sheet.y;
        float bottom = top - h;
        sheet.stroke(LEFT, bottom, RIGHT - LEFT, h, RULE, 0.6f);
        sheet.fill(LEFT, top - 18, RIGHT - LEFT, 18, ACCENT_LIGHT);
        sheet.text(LEFT + 10, top - 12.5f, "RÈGLEMENT", true, 8, ACCENT);
        String text = "Cette note de crédit corrige la facture " + doc.invoice().number().text() + " du " + date(doc.invoice().issueDate())
                + ". Le montant de " + amount(doc.note().totals().payable()) + " est déduit de ce que vous devez ; s'il a déjà été payé, il vous sera remboursé sur le compte de votre choix.";
        float y = top - 32;
        for (String line : sheet.wrap(text, false, 8.5f, RIGHT - LEFT - 20)) {
            sheet.text(LEFT + 10, y, line, false, 8.5f);
            y -= 11;
        }
        sheet.y = bottom - 10;
        if (BOTTOM > sheet.y) {
            sheet.y = BOTTOM;
        }
    }
}
