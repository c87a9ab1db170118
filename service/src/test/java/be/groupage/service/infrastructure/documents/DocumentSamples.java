package be.groupage.service.infrastructure.documents;

import be.groupage.core.cycle.KboNumber;
import be.groupage.core.cycle.LotReference;
import be.groupage.core.invoicing.CreditNote;
import be.groupage.core.invoicing.CreditedLine;
import be.groupage.core.invoicing.Invoice;
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

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Documents used by the renderer tests: the DOMAIN example plus cost shares and a subsidy. */
final class DocumentSamples {

    static final VatRate SIX = VatRate.ofPercent("6");
    static final VatRate TWENTY_ONE = VatRate.ofPercent("21");
    static final LocalDate ISSUED = LocalDate.of(2026, 11, 26);
    static final LocalDate DELIVERED = LocalDate.of(2026, 11, 24);

    static final Party SELLER = Party.of("Distri-denrées", "Rue des Bœufs 12", "5000", "Namur", "BE",
            KboNumber.of("0203201340"), "BE0203201340", "factures@distri-denrees.be");
    /** A CPAS: a public body without a VAT number. */
    static final Party CPAS = Party.of("CPAS de Namur — Service d'aide alimentaire", "Rue de Dave 165", "5100", "Jambes", "BE",
            KboNumber.of("0212654385"), null, null);
    static final Party ASBL = Party.of("Les Restos du Cœur de Wépion ASBL", "Chaussée de Dinant 1000", "5100", "Wépion", "BE",
            KboNumber.of("0456321850"), "BE0456321850", "compta@restos-wepion.be");
    static final PaymentAccount ACCOUNT = PaymentAccount.of("BE68 5390 0754 7034", "GKCCBEBB");
    static final Optional<LotReference> LOT = Optional.of(LotReference.of("AC-2026-004", "2"));

    private DocumentSamples() {
    }

    static List<InvoiceLine> domainLines() {
        List<InvoiceLine> lines = new ArrayList<>();
        lines.add(InvoiceLine.goods("LEG-001", "Carottes bio (Ferme du Try)", Quantity.of("10.35", Unit.KGM), Money.euros("1.80"), SIX, true));
        lines.add(InvoiceLine.goods("HYG-001", "Savon de Marseille 100 g", Quantity.of(12, Unit.H87), Money.euros("2.15"), TWENTY_ONE, false));
        return lines;
    }

    static List<InvoiceLine> fullLines() {
        List<InvoiceLine> lines = domainLines();
        lines.add(InvoiceLine.goods("CON-001", "Confiture de fraises 370 g — œufs frais & crème brûlée", Quantity.of(6, Unit.H87),
                Money.euros("3.10"), SIX, false));
        lines.add(InvoiceLine.goods("MEN-001", "Serviettes hygiéniques (paquet de 14)", Quantity.of(24, Unit.H87), Money.euros("2.40"), SIX, false));
        lines.add(InvoiceLine.costShare("Transport réfrigéré", Money.euros("14.37"), TWENTY_ONE));
        lines.add(InvoiceLine.costShare("Frais de plateforme", Money.euros("3.21"), TWENTY_ONE));
        lines.add(InvoiceLine.subsidy("Province de Namur (20 %)", Money.euros("-23.18")));
        return lines;
    }

    static Invoice invoice(int sequence, String orderReference, List<InvoiceLine> lines) {
        return InvoiceDraft.of("CPAS-NAMUR", orderReference, lines)
                .issue(InvoiceSeries.invoices(2026).number(sequence), ISSUED, PaymentTerms.days(30));
    }

    static InvoiceDocument domainInvoice() {
        return new InvoiceDocument(invoice(123, "BC-2026/0815", domainLines()), SELLER, CPAS, ACCOUNT, DELIVERED, LOT,
                "Cycle 2026-47 (novembre)", Optional.of("Entrepôt de Jambes"));
    }

    /** The demo platform's long legal name, as configured in seeds/platform.properties. */
    static final Party LONG_NAMED_SELLER = Party.of("Distri-denrées — Plateforme d'achats groupés (Province de Namur)", "Rue Martine Bourtonbourt 2",
            "5000", "Namur", "BE", KboNumber.of("0207654333"), "BE0207654333", "achats-groupes@example.be");

    static InvoiceDocument longNamedSellerInvoice() {
        return new InvoiceDocument(invoice(126, "BC-2026/0815", domainLines()), LONG_NAMED_SELLER, CPAS, ACCOUNT, DELIVERED, LOT,
                "Cycle 2026-47 (novembre)", Optional.of("Entrepôt CPAS Namur, Rue de Dave 165, Jambes"));
    }

    static InvoiceDocument fullInvoice() {
        return new InvoiceDocument(invoice(124, "ENG/2026/3321", fullLines()), SELLER, ASBL, ACCOUNT, DELIVERED, LOT,
                "Cycle 2026-47 (novembre)", Optional.of("Wépion"));
    }

    static InvoiceDocument longInvoice(int goodsLines) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 1; i <= goodsLines; i++) {
            boolean weighed = i % 3 == 0;
            lines.add(InvoiceLine.goods(String.format("P-%03d", i), "Produit n° " + i + (i % 5 == 0 ? ", une désignation longue qui doit passer à la ligne dans le tableau" : ""),
                    weighed ? Quantity.of(new BigDecimal(i + ".125"), Unit.KGM) : Quantity.of(i, Unit.H87),
                    Money.euros(i % 2 == 0 ? "1.2345" : "4.50"), i % 4 == 0 ? TWENTY_ONE : SIX, weighed));
        }
        lines.add(InvoiceLine.costShare("Transport", Money.euros("52.00"), TWENTY_ONE));
        lines.add(InvoiceLine.subsidy("Province de Namur", Money.euros("-40.00")));
        return new InvoiceDocument(invoice(125, "BC-LONG", lines), SELLER, CPAS, ACCOUNT, DELIVERED, Optional.empty(),
                "Cycle 2026-48", Optional.empty());
    }

    static CreditNoteDocument partialCreditNote() {
        InvoiceDocument doc = fullInvoice();
        CreditNote note = CreditNote.partial(doc.invoice(), InvoiceSeries.creditNotes(2026).number(7), ISSUED.plusDays(2),
                List.of(CreditedLine.of(0, Quantity.of("2.35", Unit.KGM)), CreditedLine.of(2, Quantity.of(1, Unit.H87))), List.of());
        return new CreditNoteDocument(note, doc.invoice(), "Carottes abîmées à la livraison, un pot cassé", SELLER, ASBL, ACCOUNT,
                DELIVERED, LOT, "Cycle 2026-47 (novembre)");
    }

    static CreditNoteDocument fullCreditNote() {
        InvoiceDocument doc = fullInvoice();
        CreditNote note = CreditNote.full(doc.invoice(), InvoiceSeries.creditNotes(2026).number(8), ISSUED.plusDays(3));
        return new CreditNoteDocument(note, doc.invoice(), "Facture émise par erreur", SELLER, ASBL, ACCOUNT, DELIVERED, LOT,
                "Cycle 2026-47 (novembre)");
    }

    /** Keeps a copy under target/documents for a person to look at. */
    static Path keep(String name, byte[] bytes) {
        try {
            Path dir = Path.of("target", "documents");
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
