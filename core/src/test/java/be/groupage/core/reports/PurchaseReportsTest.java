package be.groupage.core.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.groupage.core.catalogue.CatalogueVersion;
import be.groupage.core.catalogue.Label;
import be.groupage.core.catalogue.Product;
import be.groupage.core.catalogue.Supplier;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import be.groupage.core.pooling.AllocationStrategy;
import be.groupage.core.pooling.CaseRounding;
import be.groupage.core.pooling.CyclePooling;
import be.groupage.core.pooling.MemberLine;
import be.groupage.core.pooling.Pooling;
import be.groupage.core.reception.ProductReceipt;
import be.groupage.core.reception.ReceivedLot;
import be.groupage.core.reception.Reception;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the purchase report. CPAS Namur (A) bought in March: organic carrots from Ferme du
 * Try 10.35 kg × 1.80 = 18.63; organic jam from a named producer 3 jars × 3.10 = 9.30 (a jar weighs
 * 0.37 kg); soap without producer 12 × 2.15 = 25.80; milk 6 l × 0.95 = 5.70; flour in grams 2500 g ×
 * 0.002 = 5.00.
 */
class PurchaseReportsTest {

    private static final VatRate SIX = VatRate.ofPercent("6");
    private static final Product CARROTS = Product.builder("CAR", "Carottes", Unit.KGM, BigDecimal.TEN, Money.euros("1.80"), SIX)
            .producer("Ferme du Try").label(Label.ORGANIC).variableWeight(true).build();
    private static final Product JAM = Product.builder("JAM", "Confiture 370 g", Unit.H87, BigDecimal.valueOf(6), Money.euros("3.10"), SIX)
            .producer("Confiturerie d'Andenne").label(Label.ORGANIC).build();
    private static final Product SOAP = Product.builder("SOAP", "Savon", Unit.H87, BigDecimal.valueOf(12), Money.euros("2.15"),
            VatRate.ofPercent("21")).build();
    private static final Product MILK = Product.builder("MILK", "Lait", Unit.LTR, BigDecimal.valueOf(6), Money.euros("0.95"), SIX)
            .producer("Ferme de Wépion").label(Label.REASONED).build();
    private static final Product FLOUR = Product.builder("FLOUR", "Farine", Unit.GRM, BigDecimal.valueOf(1000), Money.euros("0.002"), SIX)
            .build();
    private static final List<ReportProduct> PRODUCTS = List.of(ReportProduct.of(CARROTS), ReportProduct.of(JAM, new BigDecimal("0.37")),
            ReportProduct.of(SOAP), ReportProduct.of(MILK), ReportProduct.of(FLOUR));
    private static final LocalDate MARCH_3 = LocalDate.of(2026, 3, 3);

    private static Purchase bought(String member, LocalDate on, String product, String quantity, String price) {
        return new Purchase(member, 7, on, product, new BigDecimal(quantity), Money.euros(price));
    }

    private static final List<Purchase> PURCHASES = List.of(
            bought("A", MARCH_3, "CAR", "10.35", "1.80"),
            bought("A", MARCH_3, "JAM", "3", "3.10"),
            bought("A", MARCH_3, "SOAP", "12", "2.15"),
            bought("A", MARCH_3, "MILK", "6", "0.95"),
            bought("A", MARCH_3, "FLOUR", "2500", "0.002"),
            bought("A", LocalDate.of(2026, 4, 1), "CAR", "100", "1.80"),
            bought("B", LocalDate.of(2026, 3, 31), "SOAP", "1", "2.15"));

    @Test
    void value_is_delivered_quantity_times_price_per_line_and_kilograms_follow_the_unit_rule() {
        MemberPurchaseReport a = PurchaseReports.forMember("A", PRODUCTS, PURCHASES, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        assertThat(a.value()).isEqualTo(Money.euros("64.43"));
        // 10.35 kg + 3 × 0.37 kg + soap counted 0 (no weight per piece) + 6 l as 6 kg + 2500 g = 2.5 kg.
        assertThat(a.kilograms()).isEqualByComparingTo("19.96");
    }

    @Test
    void organic_share_counts_the_organic_label_by_value() {
        MemberPurchaseReport a = PurchaseReports.forMember("A", PRODUCTS, PURCHASES, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        assertThat(a.organicValue()).isEqualTo(Money.euros("27.93"));
        assertThat(a.organicShare()).isEqualByComparingTo("0.4335"); // 27.93 / 64.43
    }

    @Test
    void short_circuit_share_counts_goods_whose_producer_is_named_by_value() {
        MemberPurchaseReport a = PurchaseReports.forMember("A", PRODUCTS, PURCHASES, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        // Carrots, jam and milk name their producer; soap and flour do not.
        assertThat(a.shortCircuitValue()).isEqualTo(Money.euros("33.63"));
        assertThat(a.shortCircuitShare()).isEqualByComparingTo("0.5220");
        assertThat(ReportProduct.of(SOAP).shortCircuit()).isFalse();
    }

    @Test
    void the_period_includes_both_ends_and_reports_come_one_per_member_by_code() {
        List<MemberPurchaseReport> march = PurchaseReports.perMember(PRODUCTS, PURCHASES, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 31));
        assertThat(march).extracting(r -> r.memberCode() + " " + r.value().amount()).containsExactly("A 64.43", "B 2.15");

        List<MemberPurchaseReport> april = PurchaseReports.perMember(PRODUCTS, PURCHASES, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30));
        assertThat(april).extracting(r -> r.memberCode() + " " + r.value().amount()).containsExactly("A 180.00");
    }

    @Test
    void a_member_who_bought_nothing_has_zero_everywhere_and_zero_shares() {
        MemberPurchaseReport c = PurchaseReports.forMember("C", PRODUCTS, PURCHASES, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        assertThat(c.value().isZero()).isTrue();
        assertThat(c.kilograms()).isEqualByComparingTo("0");
        assertThat(c.organicShare()).isEqualByComparingTo("0");
    }

    @Test
    void unknown_products_and_reversed_periods_are_refused() {
        assertThatThrownBy(() -> PurchaseReports.perMember(List.of(), PURCHASES, MARCH_3, MARCH_3))
                .hasMessage("Member A bought product CAR, which is not given");
        assertThatThrownBy(() -> PurchaseReports.perMember(PRODUCTS, PURCHASES, MARCH_3, MARCH_3.minusDays(1)))
                .hasMessage("A period ends on or after its start: 2026-03-03 to 2026-03-02");
    }

    @Test
    void purchases_come_from_a_reception_at_the_cycle_prices_only_for_lines_delivered_something() {
        Instant nine = Instant.parse("2026-03-02T09:00:00Z");
        CatalogueVersion prices = CatalogueVersion.of(Supplier.of("COOP", "Coopérative"), 1, nine, List.of(JAM, SOAP));
        Reception r = Reception.record(7, MARCH_3, Pooling.of(CaseRounding.ROUND_DOWN, AllocationStrategy.FIRST_COME).pool(
                        List.of(CyclePooling.poolProduct(JAM), CyclePooling.poolProduct(SOAP)),
                        List.of(MemberLine.of("JAM", "A", nine, new BigDecimal("4")), MemberLine.of("JAM", "B", nine, new BigDecimal("4")),
                                MemberLine.of("SOAP", "A", nine, new BigDecimal("1")))),
                List.of(ProductReceipt.byQuantity("JAM", List.of(ReceivedLot.undated("J", Quantity.of(6, Unit.H87))))));

        assertThat(Purchase.fromReception(r, prices)).containsExactly(
                new Purchase("A", 7, MARCH_3, "JAM", BigDecimal.valueOf(4), Money.euros("3.10")),
                new Purchase("B", 7, MARCH_3, "JAM", BigDecimal.valueOf(2), Money.euros("3.10")));
    }
}
