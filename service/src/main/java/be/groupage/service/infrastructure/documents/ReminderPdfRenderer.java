package be.groupage.service.infrastructure.documents;

import be.groupage.core.receivables.ReminderLevel;
import be.groupage.service.application.document.Party;
import be.groupage.service.application.document.ReminderDocument;

import java.util.ArrayList;
import java.util.List;

import static be.groupage.service.infrastructure.documents.FrenchFormat.amount;
import static be.groupage.service.infrastructure.documents.FrenchFormat.date;
import static be.groupage.service.infrastructure.documents.PdfSheet.ACCENT;
import static be.groupage.service.infrastructure.documents.PdfSheet.ACCENT_LIGHT;
import static be.groupage.service.infrastructure.documents.PdfSheet.BODY;
import static be.groupage.service.infrastructure.documents.PdfSheet.LEFT;
import static be.groupage.service.infrastructure.documents.PdfSheet.MUTED;
import static be.groupage.service.infrastructure.documents.PdfSheet.RIGHT;
import static be.groupage.service.infrastructure.documents.PdfSheet.RULE;
import static be.groupage.service.infrastructure.documents.PdfSheet.SMALL;
import static be.groupage.service.infrastructure.documents.PdfSheet.TOP;
import static be.groupage.service.infrastructure.documents.PdfSheet.WHITE;

/**
 * A payment reminder (rappel de paiement) as a one-page A4 PDF in French: the platform's letterhead, the member it
 * is for, the invoice it recalls with what was invoiced, settled and still open, how many days past the due date,
 * and how to pay: the amount open, IBAN and BIC, the invoice's own structured communication (so the payment is
 * matched to it) and the EPC QR code of exactly that. The second reminder names the first. Stateless.
 */
final class ReminderPdfRenderer {

    byte[] render(ReminderDocument doc) {
        boolean second = doc.level() == ReminderLevel.SECOND;
        String title = second ? "SECOND RAPPEL" : "RAPPEL DE PAIEMENT";
        PdfSheet sheet = new PdfSheet((second ? "Second rappel " : "Rappel ") + doc.invoiceNumber(), doc.seller().name(), doc.sentOn());
        sheet.newPage();
        header(sheet, doc, title);
        letter(sheet, doc, second);
        invoiceTable(sheet, doc);
        payment(sheet, doc);
        closing(sheet, second);
        Party s = doc.seller();
        String legal = s.name() + " · " + s.street() + ", " + s.postalCodeAndCity() + " · BCE " + s.kbo().formatted()
                + s.vatNumberFormatted().map(v -> " · TVA " + v).orElse("");
        return sheet.finish((page, count) -> {
            sheet.rule(LEFT, 44, RIGHT, RULE, 0.5f);
            sheet.text(LEFT, 34, legal, false, 6.5f, MUTED);
            sheet.text(LEFT, 25, (second ? "Second rappel" : "Rappel") + " · facture " + doc.invoiceNumber(), false, 6.5f, MUTED);
            sheet.textRight(RIGHT, 25, "Page " + page + " / " + count, false, 6.5f, MUTED);
        });
    }

    private static void header(PdfSheet sheet, ReminderDocument doc, String title) {
        Party s = doc.seller();
        float y = TOP - 12;
        for (String line : sheet.wrap(s.name(), true, 14, 250)) {  // narrower than the invoice: the title is longer
            sheet.text(LEFT, y, line, true, 14, ACCENT);
            y -= 16;
        }
        sheet.text(LEFT, y, s.street(), false, BODY);
        y -= 11;
        sheet.text(LEFT, y, s.postalCodeAndCity(), false, BODY);
        y -= 11;
        sheet.text(LEFT, y, "BCE " + s.kbo().formatted(), false, BODY);
        y -= 11;
        if (s.email().isPresent()) {
            sheet.text(LEFT, y, s.email().get(), false, BODY, MUTED);
            y -= 11;
        }
        sheet.textRight(RIGHT, TOP - 14, title, true, 19, ACCENT);
        sheet.textRight(RIGHT, TOP - 32, "Facture " + doc.invoiceNumber(), true, 11.5f);
        sheet.textRight(RIGHT, TOP - 46, (s.city().isBlank() ? "Le " : s.city() + ", le ") + date(doc.sentOn()), false, 9, MUTED);

        float top = Math.min(y, TOP - 70) - 8;
        sheet.rule(LEFT, top, RIGHT, ACCENT, 1.2f);
        top -= 14;
        Party b = doc.buyer();
        List<String> address = new ArrayList<>();
        address.add(b.street());
        address.add(b.postalCodeAndCity());
        address.add("BCE " + b.kbo().formatted());
        List<String> name = sheet.wrap(b.name(), true, 10, 215);
        float boxX = LEFT + 280;
        float boxH = 22 + name.size() * 13 + address.size() * 11 + 4;
        sheet.fill(boxX, top + 10 - boxH, RIGHT - boxX, boxH, ACCENT_LIGHT);
        float cy = top;
        sheet.text(boxX + 10, cy, "DESTINATAIRE", true, 6.5f, ACCENT);
        cy -= 14;
        for (String n : name) {
            sheet.text(boxX + 10, cy, n, true, 10);
            cy -= 13;
        }
        for (String a : address) {
            sheet.text(boxX + 10, cy, a, false, BODY);
            cy -= 11;
        }
        sheet.y = top + 10 - boxH - 22;
    }

    private static void letter(PdfSheet sheet, ReminderDocument doc, boolean second) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Madame, Monsieur,");
        String late = doc.daysPastDue() == 1 ? "1 jour" : doc.daysPastDue() + " jours";
        if (second) {
            paragraphs.add("Malgré notre rappel du " + doc.firstSentOn().map(FrenchFormat::date).orElse("—") + ", la facture " + doc.invoiceNumber()
                    + " du " + date(doc.invoiceDate()) + ", échue le " + date(doc.dueDate()) + ", n'est toujours pas entièrement réglée : il reste "
                    + amount(doc.open()) + " à payer, avec " + late + " de retard.");
            paragraphs.add("Nous vous prions de régler ce montant sans délai, au plus tard le " + date(doc.sentOn().plusDays(doc.payWithinDays()))
                    + ". Sans paiement à cette date, nous devrons suspendre vos prochaines commandes groupées jusqu'au règlement.");
        } else {
            paragraphs.add("Sauf erreur de notre part, la facture " + doc.invoiceNumber() + " du " + date(doc.invoiceDate()) + ", échue le "
                    + date(doc.dueDate()) + ", n'est pas entièrement réglée : il reste " + amount(doc.open()) + " à payer, avec " + late
                    + " de retard.");
            paragraphs.add("Nous vous remercions de bien vouloir régler ce montant au plus tard le "
                    + date(doc.sentOn().plusDays(doc.payWithinDays())) + ", avec la communication structurée de la facture, "
                    + "pour que votre paiement lui soit attribué automatiquement.");
        }
        float y = sheet.y;
        for (String p : paragraphs) {
            for (String line : sheet.wrap(p, false, 9.5f, RIGHT - LEFT)) {
                sheet.text(LEFT, y, line, false, 9.5f);
                y -= 13;
            }
            y -= 6;
        }
        sheet.y = y - 4;
    }

    private static void invoiceTable(PdfSheet sheet, ReminderDocument doc) {
        float[] right = {LEFT + 90, LEFT + 170, LEFT + 250, LEFT + 345, LEFT + 430, RIGHT - 6};
        String[] head = {"Facture", "Date", "Échéance", "Montant facturé", "Déjà réglé", "Reste dû"};
        float top = sheet.y;
        sheet.fill(LEFT, top - 16, RIGHT - LEFT, 16, ACCENT);
        sheet.text(LEFT + 6, top - 11, head[0], true, SMALL, WHITE);
        for (int i = 1; i < head.length; i++) {
            sheet.textRight(right[i], top - 11, head[i], true, SMALL, WHITE);
        }
        float y = top - 29;
        sheet.text(LEFT + 6, y, doc.invoiceNumber(), true, BODY);
        sheet.textRight(right[1], y, date(doc.invoiceDate()), false, BODY);
        sheet.textRight(right[2], y, date(doc.dueDate()), false, BODY);
        sheet.textRight(right[3], y, amount(doc.invoiced()), false, BODY);
        sheet.textRight(right[4], y, amount(doc.invoiced().minus(doc.open())), false, BODY);
        sheet.textRight(right[5], y, amount(doc.open()), true, BODY + 0.5f);
        sheet.rule(LEFT, y - 7, RIGHT, RULE, 0.5f);
        sheet.y = y - 26;
    }

    private static void payment(PdfSheet sheet, ReminderDocument doc) {
        float h = 112;
        float qr = 84;
        float qx = RIGHT - qr - 8;
        float top = sheet.y;
        float bottom = top - h;
        sheet.stroke(LEFT, bottom, RIGHT - LEFT, h, RULE, 0.6f);
        sheet.fill(LEFT, top - 18, RIGHT - LEFT, 18, ACCENT_LIGHT);
        sheet.text(LEFT + 10, top - 12.5f, "PAIEMENT", true, 8, ACCENT);
        sheet.textRight(RIGHT - 10, top - 12, "Code QR : scannez-le avec votre application bancaire (virement SEPA)", false, 6.8f, MUTED);
        float y = top - 34;
        sheet.text(LEFT + 10, y, "Veuillez verser " + amount(doc.open()) + " :", false, 9);
        y -= 15;
        y = row(sheet, y, "Bénéficiaire", sheet.clip(doc.seller().name(), true, 9, qx - 12 - (LEFT + 120)));
        y = row(sheet, y, "IBAN", doc.account().iban().formatted());
        y = row(sheet, y, "BIC", doc.account().bic().map(b -> b.code()).orElse("—"));
        sheet.text(LEFT + 10, y - 4, "Communication structurée", false, SMALL, MUTED);
        sheet.text(LEFT + 120, y - 5, doc.ogm().formatted(), true, 13);
        EpcQrCode.draw(sheet.content(), doc.epcPayload(), qx, bottom + 6, qr);
        sheet.forgetColour();
        sheet.y = bottom - 22;
    }

    private static float row(PdfSheet sheet, float y, String label, String value) {
        sheet.text(LEFT + 10, y, label, false, SMALL, MUTED);
        sheet.text(LEFT + 120, y, value, true, 9);
        return y - 13;
    }

    private static void closing(PdfSheet sheet, boolean second) {
        List<String> paragraphs = List.of(
                "Si vous avez effectué ce paiement entre-temps, veuillez ne pas tenir compte de ce " + (second ? "second " : "") + "rappel. "
                        + "Pour toute question sur cette facture, contactez le service financier de la plateforme.",
                "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.");
        float y = sheet.y;
        for (String p : paragraphs) {
            for (String line : sheet.wrap(p, false, 9, RIGHT - LEFT)) {
                sheet.text(LEFT, y, line, false, 9);
                y -= 12;
            }
            y -= 6;
        }
        sheet.y = y;
    }
}
