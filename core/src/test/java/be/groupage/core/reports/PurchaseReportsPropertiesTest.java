package be.groupage.core.reports;

import static org.assertj.core.api.Assertions.assertThat;

import be.groupage.core.money.Money;
import be.groupage.core.money.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Reports add up: the members' values are the period's purchases, parts never exceed the whole. */
class PurchaseReportsPropertiesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final List<ReportProduct> PRODUCTS = List.of(
            new ReportProduct("KG", Unit.KGM, true, "Ferme du Try", Optional.empty()),
            new ReportProduct("G", Unit.GRM, false, "", Optional.empty()),
            new ReportProduct("L", Unit.LTR, true, "", Optional.empty()),
            new ReportProduct("PC", Unit.H87, false, "Confiturerie", Optional.of(new BigDecimal("0.37"))),
            new ReportProduct("UN", Unit.C62, false, "", Optional.empty()));

    @Provide
    Arbitrary<List<Purchase>> purchases() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 60),
                        Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 20_000), Arbitraries.longs().between(0, 99_999))
                .as((member, day, product, thousandths, price) -> {
                    ReportProduct p = PRODUCTS.get(product);
                    BigDecimal quantity = p.unit().fractional() ? BigDecimal.valueOf(thousandths, 3) : BigDecimal.valueOf(thousandths % 50);
                    return new Purchase("M" + member, 1, START.plusDays(day), p.code(), quantity, Money.euros(BigDecimal.valueOf(price, 4)));
                }).list().ofMaxSize(40);
    }

    @Property(tries = 1000)
    void member_reports_add_up_to_the_purchases_of_the_period(@ForAll("purchases") List<Purchase> purchases,
                                                              @ForAll("days") int from, @ForAll("days") int length) {
        LocalDate start = START.plusDays(from);
        LocalDate end = start.plusDays(length);
        List<MemberPurchaseReport> reports = PurchaseReports.perMember(PRODUCTS, purchases, start, end);

        Money expected = Money.zero();
        List<String> buyers = new ArrayList<>();
        for (Purchase p : purchases) {
            if (!p.deliveredOn().isBefore(start) && !p.deliveredOn().isAfter(end)) {
                expected = expected.plus(p.value());
                if (!buyers.contains(p.memberCode())) {
                    buyers.add(p.memberCode());
                }
            }
        }
        Money total = Money.zero();
        for (MemberPurchaseReport r : reports) {
            total = total.plus(r.value());
            assertThat(r.organicValue().isGreaterThan(r.value())).isFalse();
            assertThat(r.shortCircuitValue().isGreaterThan(r.value())).isFalse();
            assertThat(r.organicShare()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            assertThat(r.shortCircuitShare()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            assertThat(r.kilograms().signum()).isNotNegative();
            assertThat(PurchaseReports.forMember(r.memberCode(), PRODUCTS, purchases, start, end)).isEqualTo(r);
        }
        assertThat(total).isEqualTo(expected);
        assertThat(reports).extracting(MemberPurchaseReport::memberCode).containsExactlyInAnyOrderElementsOf(buyers).isSorted();
    }

    @Provide
    Arbitrary<Integer> days() {
        return Arbitraries.integers().between(0, 40);
    }
}
