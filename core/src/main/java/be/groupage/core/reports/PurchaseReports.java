package be.groupage.core.reports;

import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.reception.NetWeight;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Purchase reports per member and period, from plain records the service reads from the database.
 *
 * <ul>
 *   <li>Value: Σ delivered quantity × price, each line rounded half-up to the cent (as invoiced), excl.
 *       VAT, before shared costs and subsidies.</li>
 *   <li>Kilograms: {@link NetWeight} — KGM as is, GRM / 1000, one litre as one kg, pieces by their
 *       weight per piece when the product gives one, else 0.</li>
 *   <li>Organic: goods with the organic label. Short circuit: goods whose producer is named
 *       ({@link ReportProduct#shortCircuit()}). Both by value.</li>
 *   <li>Period: purchases delivered from {@code from} to {@code to}, both included.</li>
 * </ul>
 */
public final class PurchaseReports {

    private PurchaseReports() {
    }

    /**
     * One report per member with a purchase in the period, by member code.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}, a product code is given
     *                                  twice, or a purchase names a product not given
     */
    public static List<MemberPurchaseReport> perMember(Collection<ReportProduct> products, Collection<Purchase> purchases,
                                                       LocalDate from, LocalDate to) {
        Map<String, ReportProduct> byCode = index(products);
        requirePeriod(from, to);
        Map<String, Totals> perMember = new TreeMap<>();
        for (Purchase p : Objects.requireNonNull(purchases, "purchases")) {
            if (!p.deliveredOn().isBefore(from) && !p.deliveredOn().isAfter(to)) {
                perMember.computeIfAbsent(p.memberCode(), m -> new Totals()).add(p, productOf(byCode, p));
            }
        }
        List<MemberPurchaseReport> reports = new ArrayList<>(perMember.size());
        perMember.forEach((member, t) -> reports.add(t.report(member, from, to)));
        return reports;
    }

    /** One member's report for the period; all zero when it bought nothing then. */
    public static MemberPurchaseReport forMember(String memberCode, Collection<ReportProduct> products, Collection<Purchase> purchases,
                                                 LocalDate from, LocalDate to) {
        Objects.requireNonNull(memberCode, "memberCode");
        Map<String, ReportProduct> byCode = index(products);
        requirePeriod(from, to);
        Totals totals = new Totals();
        for (Purchase p : Objects.requireNonNull(purchases, "purchases")) {
            if (p.memberCode().equals(memberCode) && !p.deliveredOn().isBefore(from) && !p.deliveredOn().isAfter(to)) {
                totals.add(p, productOf(byCode, p));
            }
        }
        return totals.report(memberCode, from, to);
    }

    private static Map<String, ReportProduct> index(Collection<ReportProduct> products) {
        Map<String, ReportProduct> byCode = new HashMap<>();
        for (ReportProduct product : Objects.requireNonNull(products, "products")) {
            if (byCode.put(product.code(), product) != null) {
                throw new IllegalArgumentException("Product " + product.code() + " is given twice");
            }
        }
        return byCode;
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period ends on or after its start: " + from + " to " + to);
        }
    }

    private static ReportProduct productOf(Map<String, ReportProduct> byCode, Purchase p) {
        ReportProduct product = byCode.get(p.productCode());
        if (product == null) {
            throw new IllegalArgumentException("Member " + p.memberCode() + " bought product " + p.productCode() + ", which is not given");
        }
        return product;
    }

    private static final class Totals {
        private Money value = Money.zero();
        private Money organic = Money.zero();
        private Money shortCircuit = Money.zero();
        private BigDecimal kg = BigDecimal.ZERO;

        void add(Purchase p, ReportProduct product) {
            Money v = p.value();
            value = value.plus(v);
            if (product.organic()) {
                organic = organic.plus(v);
            }
            if (product.shortCircuit()) {
                shortCircuit = shortCircuit.plus(v);
            }
            kg = kg.add(NetWeight.kilograms(Quantity.of(p.quantity(), product.unit()), product.kgPerPiece()));
        }

        MemberPurchaseReport report(String member, LocalDate from, LocalDate to) {
            return new MemberPurchaseReport(member, from, to, value, kg, organic, shortCircuit);
        }
    }
}
