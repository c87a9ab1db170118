package be.groupage.service.infrastructure.documents;

import be.groupage.core.text.SpreadsheetCell;
import be.groupage.service.application.document.PurchaseOrderDocument;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The purchase order as a spreadsheet-ready CSV, as Belgian spreadsheets expect it: UTF-8 with a
 * byte-order mark, {@code ;} between fields, decimal comma, CRLF line ends, one product per line:
 * {@code code;produit;unite;colisage;colis;quantite;prix_unitaire_htva;total_htva;taux_tva;refrigere}.
 * Units are UN/ECE Rec 20 codes (KGM, H87…); numbers carry no thousands separator. Every cell is written
 * by {@link SpreadsheetCell}: a product named {@code =…} or {@code -…} by the supplier's catalogue is put behind
 * a single quote, so that opening the order runs no formula.
 */
public final class PurchaseOrderCsvWriter {

    static final String HEADER = "code;produit;unite;colisage;colis;quantite;prix_unitaire_htva;total_htva;taux_tva;refrigere";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public byte[] write(PurchaseOrderDocument order) {
        StringBuilder sb = new StringBuilder(128 + order.lines().size() * 96);
        sb.append(HEADER).append("\r\n");
        for (PurchaseOrderDocument.Line line : order.lines()) {
            List<String> cells = List.of(line.code(), line.name(), line.unit().code(), number(line.caseSize(), 0),
                    Long.toString(line.cases()), number(line.quantity(), 0), number(line.unitPrice().amount(), 2),
                    number(line.total().amount(), 2), number(line.vatRate().percent(), 0), line.chilled() ? "oui" : "non");
            for (int c = 0; c < cells.size(); c++) {
                sb.append(c == 0 ? "" : ";").append(SpreadsheetCell.of(cells.get(c), ';'));
            }
            sb.append("\r\n");
        }
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }

    /** Without trailing zeros beyond {@code minScale} decimals, with a decimal comma: {@code 2,5}, {@code 1,80}. */
    static String number(BigDecimal value, int minScale) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < minScale) {
            v = v.setScale(minScale, RoundingMode.UNNECESSARY);
        }
        return v.toPlainString().replace('.', ',');
    }
}
