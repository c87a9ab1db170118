package be.groupage.it;

import be.groupage.core.catalogue.CatalogueCsvImporter;
import be.groupage.core.catalogue.CatalogueImport;
import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Product;
import be.groupage.core.catalogue.Supplier;
import be.groupage.core.costsplit.SharedCost;
import be.groupage.core.costsplit.SplitRule;
import be.groupage.core.costsplit.Subsidy;
import be.groupage.core.invoicing.InvoiceDraft;
import be.groupage.core.invoicing.InvoiceLine;
import be.groupage.core.invoicing.InvoiceTotals;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.VatRate;
import be.groupage.core.pooling.AllocationStrategy;
import be.groupage.core.pooling.CaseRounding;
import be.groupage.core.pooling.CyclePooling;
import be.groupage.core.pooling.MemberLine;
import be.groupage.core.pooling.PoolProduct;
import be.groupage.core.pooling.Pooling;
import be.groupage.core.pooling.PoolingResult;
import be.groupage.core.pooling.ProductPool;
import be.groupage.core.reception.ProductReceipt;
import be.groupage.core.reception.ReceivedLot;
import be.groupage.core.reception.Reception;
import be.groupage.core.settlement.CycleSettlement;
import be.groupage.core.settlement.SettlementMember;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static be.groupage.it.Fixtures.line;
import static be.groupage.it.Fixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule, the core's: the same cycle settled by the library ({@code core} used as anyone would use it)
 * and through the API gives the same invoices to the cent: every line (code, quantity, unit price, net)
 * and every total. The cycle mixes kilograms, litres and pieces with a weight per piece, under a
 * transport cost split by weight, a cost split by value and a capped subsidy, so the weight rule the
 * service applies is the core's ({@code NetWeight}: litres as kilograms, pieces by their weight).
 */
class SettlementParityIT extends AgainstTheWar {

    private static final String CATALOGUE = "code;name;producer;origin;distance_km;label;category;unit;case_size;price;vat_rate;"
            + "variable_weight;chilled;gtin;min_cases;piece_weight_kg\n"
            + "PAR-KG;Pommes Jonagold;Verger de Bossière;Gembloux;9;bio;Fruits;kg;10;2,15;6;non;non;;1;\n"
            + "PAR-LTR;Lait demi-écrémé;Laiterie de Lesve;Lesve;14;raisonné;Produits laitiers;l;6;1,19;6;non;oui;;1;\n"
            + "PAR-PCE;Confiture de fraises 370 g;Confiturerie d'Ohey;Ohey;20;aucun;Épicerie;pièce;12;3,45;6;non;non;;1;0,45\n"
            + "PAR-SAV;Savon de Marseille;Savonnerie Mosane;Namur;5;aucun;Hygiène;pièce;10;2,15;21;non;non;;1;0,1\n";

    @Test
    void theLibraryAndTheApiIssueTheSameInvoicesToTheCent() {
        Fixtures.Cooperative coop = fixtures.cooperative(CATALOGUE);
        List<String> members = List.of(fixtures.member(), fixtures.member(), fixtures.member());
        // Orders: member -> product -> quantity, placed in this order (the rank of a line breaks ties).
        Map<String, Map<String, String>> orders = new LinkedHashMap<>();
        orders.put(members.get(0), Map.of("PAR-KG", "7.5", "PAR-LTR", "5", "PAR-PCE", "7"));
        orders.put(members.get(1), Map.of("PAR-KG", "4", "PAR-PCE", "6", "PAR-SAV", "7"));
        orders.put(members.get(2), Map.of("PAR-LTR", "8", "PAR-SAV", "5", "PAR-KG", "2.25"));

        Map<String, Object> settings = Fixtures.cycle("Parité " + Fixtures.unique(), "ROUND_UP", "PROPORTIONAL");
        settings.put("supplier", coop.code());
        settings.put("catalogue", coop.catalogue());
        settings.put("sharedCosts", List.of(
                Map.of("label", "Transport", "amount", 37.11, "vatRate", 21, "rule", "BY_WEIGHT"),
                Map.of("label", "Frais de plateforme", "amount", 12.5, "vatRate", 21, "rule", "BY_VALUE")));
        settings.put("subsidies", List.of(Map.of("label", "Province de Namur", "percent", 15, "capPerMember", 6)));
        long cycle = fixtures.open(settings);
        for (Map.Entry<String, Map<String, String>> o : orders.entrySet()) {
            List<Map<String, Object>> lines = new ArrayList<>();
            o.getValue().forEach((product, quantity) -> lines.add(line(product, quantity)));
            @SuppressWarnings("unchecked")
            Map<String, Object>[] array = lines.toArray(new Map[0]);
            fixtures.order(cycle, "coordinator", o.getKey(), order("PO-" + o.getKey(), array));
        }
        fixtures.transition(cycle, "close");
        fixtures.transition(cycle, "send");

        // The library: the same catalogue, orders, rules, delivery and costs.
        CatalogueImport parsed = CatalogueCsvImporter.parse(CATALOGUE);
        assertThat(parsed.errors()).isEmpty();
        CatalogueVersion prices = CatalogueVersion.of(Supplier.of(coop.code(), "Coopérative"), 1, Instant.EPOCH, parsed.products());
        List<PoolProduct> pooled = new ArrayList<>();
        List<MemberLine> memberLines = new ArrayList<>();
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (Map.Entry<String, Map<String, String>> o : orders.entrySet()) {
            for (Map.Entry<String, String> l : o.getValue().entrySet()) {
                memberLines.add(MemberLine.of(l.getKey(), o.getKey(), at, new BigDecimal(l.getValue())));
                at = at.plusSeconds(1);
            }
        }
        for (Product p : parsed.products()) {
            pooled.add(CyclePooling.poolProduct(p));
        }
        PoolingResult pooling = Pooling.of(CaseRounding.ROUND_UP, AllocationStrategy.PROPORTIONAL).pool(pooled, memberLines);
        // The cooperative delivers the whole cases ordered, one lot per product.
        List<ProductReceipt> receipts = new ArrayList<>();
        List<Map<String, Object>> received = new ArrayList<>();
        for (ProductPool pool : pooling.pools()) {
            if (pool.cases() == 0) {
                continue;
            }
            BigDecimal delivered = pool.caseQuantity();
            receipts.add(ProductReceipt.byQuantity(pool.productCode(), List.of(ReceivedLot.undated("L-" + pool.productCode(),
                    Quantity.of(delivered, pool.product().unit())))));
            received.add(Fixtures.reception(pool.productCode(), null, delivered.toPlainString(), "L-" + pool.productCode(), null, null));
        }
        // Recorded by the coordinator: the demo cooperative's account does not see another cooperative's cycle.
        Api.Reply receipt = coordinator().postJson("/api/cycles/" + cycle + "/reception", Map.of("lines", received));
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(200);
        Reception reception = Reception.record(cycle, LocalDate.now(), pooling, receipts);
        List<SettlementMember> settled = new ArrayList<>();
        for (String member : members) {
            settled.add(SettlementMember.of(member, "Local de " + member, "PO-" + member));
        }
        CycleSettlement library = CycleSettlement.of(reception, prices, settled)
                .costs(List.of(SharedCost.of("Transport", Money.euros(new BigDecimal("37.11")), VatRate.ofPercent(new BigDecimal("21")),
                                SplitRule.BY_WEIGHT),
                        SharedCost.of("Frais de plateforme", Money.euros(new BigDecimal("12.5")), VatRate.ofPercent(new BigDecimal("21")),
                                SplitRule.BY_VALUE)))
                .subsidies(List.of(Subsidy.capped("Province de Namur", new BigDecimal("15"), Money.euros(new BigDecimal("6")))))
                .settle();

        // The API.
        JsonNode issued = fixtures.issueInvoices(cycle).json();
        assertThat(issued.size()).isEqualTo(library.drafts().size()).isEqualTo(3);
        for (JsonNode summary : issued) {
            String member = summary.path("member").asText();
            JsonNode invoice = as("finance").get("/api/invoices/" + summary.path("number").asText()).json();
            InvoiceDraft draft = library.draftOf(member).orElseThrow();
            List<String> expected = new ArrayList<>();
            for (InvoiceLine l : draft.lines()) {
                expected.add(l.kind() + " " + l.code() + " " + l.quantity().amount().stripTrailingZeros().toPlainString() + " × "
                        + l.unitPrice().amount().stripTrailingZeros().toPlainString() + " = " + l.net().amount().setScale(2).toPlainString());
            }
            List<String> actual = new ArrayList<>();
            for (JsonNode l : invoice.path("lines")) {
                actual.add(l.path("kind").asText() + " " + l.path("code").asText() + " " + l.path("quantity").decimalValue().stripTrailingZeros()
                        .toPlainString() + " × " + l.path("unitPrice").decimalValue().stripTrailingZeros().toPlainString() + " = "
                        + l.path("net").decimalValue().setScale(2).toPlainString());
            }
            assertThat(actual).as("lines of " + member).containsExactlyElementsOf(expected);
            InvoiceTotals t = draft.compute().totals();
            assertThat(List.of(invoice.path("net").decimalValue(), invoice.path("vat").decimalValue(), invoice.path("gross").decimalValue(),
                    invoice.path("prepaid").decimalValue(), invoice.path("payable").decimalValue()))
                    .as("totals of " + member)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(t.net().amount(), t.vat().amount(), t.gross().amount(), t.paidByThirdParties().amount(),
                            t.payable().amount());
        }
        // The weight rule is exercised: litres and pieces carry weight, so the transport split is not by kilograms alone.
        assertThat(library.participants()).allSatisfy(p -> assertThat(p.weightKg()).isPositive());
    }
}
