package be.groupage.service.infrastructure.documents;

import be.groupage.core.invoicing.InvoiceTotals;
import be.groupage.core.invoicing.VatBreakdown;

import java.util.List;

import static be.groupage.service.infrastructure.documents.FrenchFormat.amount;
import static be.groupage.service.infrastructure.documents.PdfSheet.ACCENT;
import static be.groupage.service.infrastructure.documents.PdfSheet.ACCENT_LIGHT;
import static be.groupage.service.infrastructure.documents.PdfSheet.BODY;
import static be.groupage.service.infrastructure.documents.PdfSheet.ROW;
import static be.groupage.service.infrastructure.documents.PdfSheet.RULE;
import static be.groupage.service.infrastructure.documents.PdfSheet.SMALL;

/** The VAT breakdown table of invoices, credit notes and purchase orders: per rate base, VAT and gross, then the totals. */
final class VatTable {

    private VatTable() {
    }

    /**
     * Draws the table with its top-left corner at ({@code x}, {@code top}) and width {@code w}.
     *
     * @return the y of the rule above the totals row (the totals row takes one {@link PdfSheet#ROW} below it)
     */
    static float draw(PdfSheet sheet, float x, float top, float w, List<VatBreakdown> vat, InvoiceTotals t) {
        sheet.fill(x, top - 15, w, 15, ACCENT_LIGHT);
        float base = top - 10.5f;
        sheet.text(x + 4, base, "Taux TVA", true, SMALL, ACCENT);
        sheet.textRight(x + 120, base, "Base HTVA", true, SMALL, ACCENT);
        sheet.textRight(x + 190, base, "TVA", true, SMALL, ACCENT);
        sheet.textRight(x + w - 4, base, "Total TVAC", true, SMALL, ACCENT);
        float ry = top - 15;
        for (VatBreakdown b : vat) {
            float bl = ry - 9.5f;
            sheet.text(x + 4, bl, FrenchFormat.rate(b.rate()), false, BODY);
            sheet.textRight(x + 120, bl, amount(b.base()), false, BODY);
            sheet.textRight(x + 190, bl, amount(b.vat()), false, BODY);
            sheet.textRight(x + w - 4, bl, amount(b.gross()), false, BODY);
            ry -= ROW;
        }
        sheet.rule(x, ry - 1, x + w, RULE, 0.5f);
        float bl = ry - 10.5f;
        sheet.text(x + 4, bl, "Total", true, BODY);
        sheet.textRight(x + 120, bl, amount(t.net()), true, BODY);
        sheet.textRight(x + 190, bl, amount(t.vat()), true, BODY);
        sheet.textRight(x + w - 4, bl, amount(t.gross()), true, BODY);
        return ry;
    }
}
