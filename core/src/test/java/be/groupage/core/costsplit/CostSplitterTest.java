package be.groupage.core.costsplit;

import be.groupage.core.money.Money;
import be.groupage.core.money.VatRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** Worked examples, one per rule, checked by hand. */
class CostSplitterTest {

    private static final VatRate VAT21 = VatRate.ofPercent("21");
    private static final CostSplitter SPLITTER = CostSplitter.largestRemainder();

    private static Participant member(String code, String point, String value, String kg) {
        return Participant.of(code, point, Money.euros(value), new BigDecimal(kg));
    }

    private static Map<String, Money> split(List<Participant> members, SharedCost cost) {
        return SPLITTER.split(members, List.of(cost), List.of()).byLabel().get(cost.label());
    }

    @Test
    void byValue_10euros_over_100_200_300() {
        // Exact shares 1.6667, 3.3333, 5.0000: floors give 9.99, the last cent goes to the largest remainder (A).
        List<Participant> members = List.of(
                member("A", "P", "100.00", "1"), member("B", "P", "200.00", "1"), member("C", "P", "300.00", "1"));

        Map<String, Money> parts = split(members, SharedCost.of("Platform fee", Money.euros("10.00"), VAT21, SplitRule.BY_VALUE));

        assertThat(parts).containsExactly(
                entry("A", Money.euros("1.67")), entry("B", Money.euros("3.33")), entry("C", Money.euros("5.00")));
    }

    @Test
    void byWeight_100euros_over_1_5_2_25_3kg() {
        // Exact shares 22.2222, 33.3333, 44.4444: the leftover cent goes to C, whose remainder is largest.
        List<Participant> members = List.of(
                member("A", "P", "10", "1.5"), member("B", "P", "10", "2.25"), member("C", "P", "10", "3"));

        Map<String, Money> parts = split(members, SharedCost.of("Transport", Money.euros("100.00"), VAT21, SplitRule.BY_WEIGHT));

        assertThat(parts).containsExactly(
                entry("A", Money.euros("22.22")), entry("B", Money.euros("33.33")), entry("C", Money.euros("44.45")));
    }

    @Test
    void equal_10euros_over_three_members_tieGoesToTheSmallestCode() {
        List<Participant> members = List.of(
                member("C", "P", "1", "0"), member("A", "P", "500", "0"), member("B", "P", "2", "0"));

        Map<String, Money> parts = split(members, SharedCost.of("Delivery fee", Money.euros("10.00"), VAT21, SplitRule.EQUAL));

        assertThat(parts).containsExactly(
                entry("A", Money.euros("3.34")), entry("B", Money.euros("3.33")), entry("C", Money.euros("3.33")));
    }

    @Test
    void perDeliveryPoint_equalPerPoint_thenByValueInsideAPoint() {
        // 9.01 over two points: 4.51 to Dinant (first by name), 4.50 to Namur.
        // Namur: A 4.50 x 100/400 = 1.125, B 3.375; equal remainders, the cent goes to A.
        List<Participant> members = List.of(
                member("A", "Namur", "100.00", "5"), member("B", "Namur", "300.00", "5"), member("C", "Dinant", "50.00", "5"));

        Map<String, Money> parts = split(members, SharedCost.of("Delivery", Money.euros("9.01"), VAT21, SplitRule.PER_DELIVERY_POINT));

        assertThat(parts).containsExactly(
                entry("A", Money.euros("1.13")), entry("B", Money.euros("3.37")), entry("C", Money.euros("4.51")));
    }

    @Test
    void subsidyOf50PercentCappedAt40PerMember() {
        List<Participant> members = List.of(
                member("A", "P", "100.00", "1"), member("B", "P", "30.05", "1"), member("C", "P", "0.01", "1"),
                member("D", "P", "0", "0"));
        Subsidy province = Subsidy.capped("Province de Namur", new BigDecimal("50"), Money.euros("40.00"));

        CostSplit split = SPLITTER.split(members, List.of(), List.of(province));

        assertThat(split.sharesOf("A")).containsExactly(CostShare.ofSubsidy("Province de Namur", Money.euros("40.00")));
        // 30.05 x 50% = 15.025, half-up: 15.03; 0.01 x 50% = 0.005: 0.01.
        assertThat(split.sharesOf("B")).containsExactly(CostShare.ofSubsidy("Province de Namur", Money.euros("15.03")));
        assertThat(split.sharesOf("C")).containsExactly(CostShare.ofSubsidy("Province de Namur", Money.euros("0.01")));
        assertThat(split.sharesOf("A").get(0).amount()).isEqualTo(Money.euros("-40.00"));
        assertThat(split.sharesOf("A").get(0).vatRate()).isEmpty();
        assertThat(split.excludedMembers()).containsExactly("D");
        assertThat(split.totalOf("Province de Namur")).isEqualTo(Money.euros("-55.04"));
    }

    @Test
    void membersWhoReceivedNothingAreLeftOut() {
        List<Participant> members = List.of(
                member("A", "P", "10", "1"), member("B", "P", "0", "0"), member("C", "P", "10", "1"));

        CostSplit split = SPLITTER.split(members, List.of(SharedCost.of("Fee", Money.euros("1.00"), VAT21, SplitRule.EQUAL)), List.of());

        assertThat(split.byLabel().get("Fee")).containsExactly(entry("A", Money.euros("0.50")), entry("C", Money.euros("0.50")));
        assertThat(split.excludedMembers()).containsExactly("B");
        assertThat(split.sharesOf("B")).isEmpty();
    }

    @Test
    void byWeightWithNoWeightFallsBackToEqualAndSaysSo() {
        List<Participant> members = List.of(member("A", "P", "10", "0"), member("B", "P", "20", "0"));

        CostSplit split = SPLITTER.split(members, List.of(SharedCost.of("Transport", Money.euros("5.01"), VAT21, SplitRule.BY_WEIGHT)), List.of());

        assertThat(split.byLabel().get("Transport")).containsExactly(entry("A", Money.euros("2.51")), entry("B", Money.euros("2.50")));
        assertThat(split.notices()).singleElement().satisfies(n -> {
            assertThat(n.requested()).isEqualTo(SplitRule.BY_WEIGHT);
            assertThat(n.applied()).isEqualTo(SplitRule.EQUAL);
            assertThat(n.message()).contains("no member has a weight");
        });
    }

    @Test
    void byValueWithNoValueFallsBackToEqual() {
        List<Participant> members = List.of(member("A", "P", "0", "3"), member("B", "P", "0", "1"));

        CostSplit split = SPLITTER.split(members, List.of(SharedCost.of("Fee", Money.euros("3.00"), VAT21, SplitRule.BY_VALUE)), List.of());

        assertThat(split.byLabel().get("Fee")).containsExactly(entry("A", Money.euros("1.50")), entry("B", Money.euros("1.50")));
        assertThat(split.notices()).singleElement().extracting(SplitNotice::applied).isEqualTo(SplitRule.EQUAL);
    }

    @Test
    void aZeroCostGivesNoShares() {
        CostSplit split = SPLITTER.split(List.of(member("A", "P", "10", "1")),
                List.of(SharedCost.of("Fee", Money.zero(), VAT21, SplitRule.EQUAL)), List.of());

        assertThat(split.sharesOf("A")).isEmpty();
        assertThat(split.totalOf("Fee")).isEqualTo(Money.zero());
    }

    @Test
    void aCostWithNobodyToBearItIsRefused() {
        assertThatThrownBy(() -> SPLITTER.split(List.of(member("A", "P", "0", "0")),
                List.of(SharedCost.of("Fee", Money.euros("1.00"), VAT21, SplitRule.EQUAL)), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no member received goods");
    }

    @Test
    void sharesCarryTheCostsVatRateInCostOrderThenSubsidies() {
        VatRate vat6 = VatRate.ofPercent("6");
        CostSplit split = SPLITTER.split(List.of(member("A", "P", "10.00", "1")),
                List.of(SharedCost.of("Transport", Money.euros("2.00"), VAT21, SplitRule.BY_WEIGHT),
                        SharedCost.of("Packaging", Money.euros("1.00"), vat6, SplitRule.EQUAL)),
                List.of(Subsidy.uncapped("Province", new BigDecimal("10"))));

        assertThat(split.sharesOf("A")).containsExactly(
                CostShare.ofCost("Transport", Money.euros("2.00"), VAT21),
                CostShare.ofCost("Packaging", Money.euros("1.00"), vat6),
                new CostShare("Province", CostShare.Kind.SUBSIDY, Money.euros("-1.00"), Optional.empty()));
        assertThat(split.totalFor("A")).isEqualTo(Money.euros("2.00"));
    }

    @Test
    void inputErrorsAreClear() {
        Participant a = member("A", "P", "10", "1");
        assertThatThrownBy(() -> SPLITTER.split(List.of(a, a), List.of(), List.of()))
                .hasMessageContaining("Member A is given twice");
        SharedCost fee = SharedCost.of("Fee", Money.euros("1"), VAT21, SplitRule.EQUAL);
        assertThatThrownBy(() -> SPLITTER.split(List.of(a), List.of(fee, fee), List.of()))
                .hasMessageContaining("Label Fee");
        assertThatThrownBy(() -> SPLITTER.split(List.of(a), List.of(),
                List.of(Subsidy.uncapped("X", new BigDecimal("60")), Subsidy.uncapped("Y", new BigDecimal("41")))))
                .hasMessageContaining("at most 100%");
        assertThatThrownBy(() -> SharedCost.of("Fee", Money.euros("1.001"), VAT21, SplitRule.EQUAL))
                .hasMessageContaining("exact to the cent");
        assertThatThrownBy(() -> member("A", "P", "-1", "0")).hasMessageContaining("non-negative");
        assertThatThrownBy(() -> Subsidy.uncapped("X", new BigDecimal("101"))).hasMessageContaining("between 0 and 100");
    }

    @Test
    void subsidiesWhoseCentsRoundUpNeverPayMoreThanTheGoods() {
        // 0.01 of goods, two subsidies of 50%: each rounds half-up to 0.01, but together they may pay only 0.01.
        List<Participant> members = List.of(member("A", "P", "0.01", "0"));
        CostSplit split = SPLITTER.split(members, List.of(),
                List.of(Subsidy.uncapped("Province", new BigDecimal("50")), Subsidy.uncapped("Commune", new BigDecimal("50"))));

        assertThat(split.sharesOf("A")).extracting(CostShare::label).containsExactly("Province");
        assertThat(split.totalFor("A")).isEqualTo(Money.euros("-0.01"));
    }
}
