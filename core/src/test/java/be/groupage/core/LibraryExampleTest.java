package be.groupage.core;

import static org.assertj.core.api.Assertions.assertThat;

import be.groupage.core.catalogue.Catalogue;
import be.groupage.core.catalogue.CatalogueCsvImporter;
import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Supplier;
import be.groupage.core.costsplit.SharedCost;
import be.groupage.core.costsplit.SplitRule;
import be.groupage.core.cycle.Cycle;
import be.groupage.core.cycle.DeliveryPoint;
import be.groupage.core.cycle.KboNumber;
import be.groupage.core.cycle.Member;
import be.groupage.core.cycle.MemberType;
import be.groupage.core.invoicing.InvoiceDraft;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import be.groupage.core.pooling.AllocationStrategy;
import be.groupage.core.pooling.CaseRounding;
import be.groupage.core.pooling.CyclePooling;
import be.groupage.core.pooling.Pooling;
import be.groupage.core.pooling.PoolingResult;
import be.groupage.core.reception.ExpiryDate;
import be.groupage.core.reception.ProductReceipt;
import be.groupage.core.reception.ReceivedLot;
import be.groupage.core.reception.Reception;
import be.groupage.core.reception.Weighing;
import be.groupage.core.settlement.CycleSettlement;
import be.groupage.core.settlement.SettlementMember;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code example of docs/core-part3.md, kept compiling and true: the core used as a library from CSV to invoice drafts. */
class LibraryExampleTest {

    private static final String CSV = "code;name;producer;origin;distance_km;label;category;unit;case_size;price;vat_rate;variable_weight;chilled;gtin;min_cases\n"
            + "LEG-001;Carottes;Ferme du Try;Gembloux;12;bio;Légumes;kg;10;1,80;6;oui;non;;1\n"
            + "CON-001;Confiture de fraises 370 g;Confiturerie d'Andenne;Andenne;17;bio;Épicerie;pièce;6;3,10;6;non;non;;1\n";

    @Test
    void from_a_csv_price_list_to_invoice_drafts() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Brussels"));
        Member namur = Member.of("CPAS-NA", "CPAS de Namur", MemberType.CPAS, KboNumber.of("0203.201.340"), DeliveryPoint.of("Namur", "Rue de Dave 165"));
        Member dinant = Member.of("ASBL-DI", "Resto du cœur Dinant", MemberType.ASSOCIATION, KboNumber.of("0412.345.614"),
                DeliveryPoint.of("Dinant", "Rue Grande 1"));

        CatalogueVersion catalogue = Catalogue.of(Supplier.of("COOP", "Coopérative")).publish(CatalogueCsvImporter.parse(CSV).products(), clock);
        Cycle cycle = Cycle.draft(1, "Mars S1", catalogue, Instant.parse("2026-03-05T12:00:00Z"));
        cycle.open(clock);
        cycle.place(namur, "LEG-001", new BigDecimal("6"), null, clock);
        cycle.place(dinant, "LEG-001", new BigDecimal("4"), null, clock);
        cycle.place(dinant, "CON-001", new BigDecimal("5"), new BigDecimal("6"), clock);
        cycle.purchaseOrderNumber(namur, "PO-2026-17", clock);
        cycle.close(clock);
        PoolingResult pools = CyclePooling.pool(cycle, Pooling.of(CaseRounding.TOLERANCE, AllocationStrategy.PROPORTIONAL));
        cycle.send(CyclePooling.supplierOrderValue(cycle, pools), clock);
        Reception reception = Reception.record(cycle.id(), clock, pools, List.of(
                ProductReceipt.byWeighing("LEG-001", List.of(ReceivedLot.undated("TRY-0312", Quantity.of("10.4", Unit.KGM))),
                        List.of(Weighing.of("CPAS-NA", "TRY-0312", "6.35"), Weighing.of("ASBL-DI", "TRY-0312", "4.05"))),
                ProductReceipt.byQuantity("CON-001", List.of(ReceivedLot.of("A-2611", Quantity.of(6, Unit.H87),
                        ExpiryDate.bestBefore(LocalDate.of(2027, 5, 1)))))));
        cycle.receive(clock);
        List<InvoiceDraft> drafts = CycleSettlement.of(reception, catalogue, SettlementMember.ofCycle(cycle, List.of(namur, dinant)))
                .costs(List.of(SharedCost.of("Transport", Money.euros("15.00"), VatRate.ofPercent("21"), SplitRule.PER_DELIVERY_POINT)))
                .settle().drafts();

        assertThat(drafts).extracting(d -> d.memberCode() + " " + d.orderReference().orElse("-") + " " + d.compute().totals().payable().amount())
                // ASBL-DI: 4.05 kg × 1.80 = 7.29 + 6 jars (tolerance filled the case) × 3.10 = 18.60, VAT 6% 1.55;
                // transport 7.50 + 21% 1.58. CPAS-NA: 6.35 × 1.80 = 11.43 + 0.69, transport 7.50 + 1.58.
                .containsExactly("ASBL-DI - 36.52", "CPAS-NA PO-2026-17 21.20");
        assertThat(reception.recipientsOf("TRY-0312")).extracting(r -> r.memberCode() + " " + r.quantity())
                .containsExactly("ASBL-DI 4.05 KGM", "CPAS-NA 6.35 KGM");
    }
}
