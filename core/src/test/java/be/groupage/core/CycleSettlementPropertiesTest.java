package be.groupage.core;

import be.groupage.core.costsplit.CostShare;
import be.groupage.core.costsplit.CostSplit;
import be.groupage.core.costsplit.CostSplitter;
import be.groupage.core.costsplit.Participant;
import be.groupage.core.costsplit.SharedCost;
import be.groupage.core.costsplit.SplitRule;
import be.groupage.core.costsplit.Subsidy;
import be.groupage.core.invoicing.Invoice;
import be.groupage.core.invoicing.InvoiceDraft;
import be.groupage.core.invoicing.InvoiceLine;
import be.groupage.core.invoicing.InvoiceSeries;
import be.groupage.core.invoicing.PaymentTerms;
import be.groupage.core.invoicing.VatBreakdown;
import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import be.groupage.core.payment.EpcQrPayload;
import be.groupage.core.payment.Iban;
import be.groupage.core.payment.StructuredCommunication;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole cycle settled end to end: members' goods lines, shared costs split, subsidies, one invoice per
 * member with its OGM and EPC QR payload. The invoices together account for every cent.
 */
class CycleSettlementPropertiesTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 26);
    private static final Iban PLATFORM_IBAN = Iban.parse("BE68 5390 0754 7034");

    record Cycle(List<List<InvoiceLine>> goodsPerMember, List<String> points, List<SharedCost> costs, List<Subsidy> subsidies) {
    }

    @Provide
    Arbitrary<Cycle> cycles() {
        Arbitrary<VatRate> rate = Arbitraries.of("6", "21").map(VatRate::ofPercent);
        Arbitrary<InvoiceLine> weighed = Combinators.combine(
                        Arbitraries.longs().between(0, 50_000), Arbitraries.longs().between(1, 2_000), rate)
                .as((grams, cents, r) -> InvoiceLine.goods("W", "weighed", Quantity.of(BigDecimal.valueOf(grams, 3), Unit.KGM),
                        Money.ofCents(cents), r, true));
        Arbitrary<InvoiceLine> counted = Combinators.combine(
                        Arbitraries.longs().between(0, 48), Arbitraries.longs().between(1, 3_000), rate)
                .as((n, cents, r) -> InvoiceLine.goods("C", "counted", Quantity.of(n, Unit.H87), Money.ofCents(cents), r, false));
        Arbitrary<List<InvoiceLine>> memberLines = Arbitraries.oneOf(weighed, counted).list().ofMinSize(1).ofMaxSize(25);
        Arbitrary<List<List<InvoiceLine>>> members = memberLines.list().ofMinSize(1).ofMaxSize(30);
        Arbitrary<List<String>> points = Arbitraries.of("Namur", "Dinant", "Ciney").list().ofSize(30);
        Arbitrary<SharedCost> cost = Combinators.combine(
                        Arbitraries.longs().between(0, 200_000), rate, Arbitraries.of(SplitRule.class))
                .as((cents, r, rule) -> SharedCost.of("?", Money.ofCents(cents), r, rule));
        Arbitrary<List<SharedCost>> costs = cost.list().ofMaxSize(4).map(list -> {
            List<SharedCost> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                named.add(SharedCost.of("Cost " + i, list.get(i).amount(), list.get(i).vatRate(), list.get(i).rule()));
            }
            return named;
        });
        Arbitrary<List<Subsidy>> subsidies = Combinators.combine(
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("40")).ofScale(1),
                        Arbitraries.longs().between(0, 10_000).map(Money::ofCents).optional())
                .as((pct, cap) -> new Subsidy("?", pct, cap))
                .list().ofMaxSize(2).map(list -> {
                    List<Subsidy> named = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        named.add(new Subsidy("Subsidy " + i, list.get(i).percent(), list.get(i).capPerMember()));
                    }
                    return named;
                });
        return Combinators.combine(members, points, costs, subsidies).as(Cycle::new);
    }

    @Property(tries = 2000)
    void invoicesAccountForEveryCentOfGoodsCostsAndSubsidies(@ForAll("cycles") Cycle cycle) {
        List<Participant> participants = new ArrayList<>();
        long goodsCents = 0;
        for (int m = 0; m < cycle.goodsPerMember().size(); m++) {
            long value = 0;
            BigDecimal kg = BigDecimal.ZERO;
            for (InvoiceLine line : cycle.goodsPerMember().get(m)) {
                value += line.netCents();
                kg = kg.add(line.quantity().unit() == Unit.KGM ? line.quantity().amount() : line.quantity().amount().movePointLeft(1));
            }
            goodsCents += value;
            participants.add(Participant.of(code(m), cycle.points().get(m), Money.ofCents(value), kg));
        }
        Assume.that(participants.stream().anyMatch(Participant::receivedGoods));

        CostSplit split = CostSplitter.largestRemainder().split(participants, cycle.costs(), cycle.subsidies());

        List<Invoice> invoices = new ArrayList<>();
        long subsidyCents = 0;
        for (int m = 0; m < cycle.goodsPerMember().size(); m++) {
            List<InvoiceLine> lines = new ArrayList<>(cycle.goodsPerMember().get(m));
            for (CostShare share : split.sharesOf(code(m))) {
                if (share.kind() == CostShare.Kind.SUBSIDY) {
                    lines.add(InvoiceLine.subsidy(share.label(), share.amount()));
                    subsidyCents -= share.amount().cents();
                } else {
                    lines.add(InvoiceLine.costShare(share.label(), share.amount(), share.vatRate().orElseThrow()));
                }
            }
            invoices.add(InvoiceDraft.of(code(m), lines)
                    .issue(InvoiceSeries.invoices(2026).number(m + 1), ISSUED, PaymentTerms.days(30)));
        }
        long costCents = cycle.costs().stream().mapToLong(c -> c.amount().cents()).sum();

        long net = 0;
        long netAfterSubsidies = 0;
        long gross = 0;
        long payable = 0;
        Set<String> ogms = new HashSet<>();
        for (Invoice invoice : invoices) {
            net += invoice.totals().net().cents();
            netAfterSubsidies += invoice.totals().netAfterSubsidies().cents();
            gross += invoice.totals().gross().cents();
            payable += invoice.totals().payable().cents();
            for (VatBreakdown b : invoice.computation().vatBreakdown()) {
                assertThat(b.vat()).isEqualTo(b.rate().vatOn(b.base()));
            }
            assertThat(invoice.totals().payable().isNegative()).as("subsidies never exceed the bill").isFalse();
            StructuredCommunication ogm = StructuredCommunication.ofBase(invoice.ogmBase());
            assertThat(ogms.add(ogm.formatted())).as("one OGM per invoice").isTrue();
            assertThat(StructuredCommunication.parse(ogm.formatted())).isEqualTo(ogm);
            if (invoice.totals().payable().isPositive()) {
                EpcQrPayload qr = EpcQrPayload.forInvoice("Distri-denrées", PLATFORM_IBAN, Optional.empty(),
                        invoice.totals().payable(), ogm);
                assertThat(qr.lines().get(7)).isEqualTo("EUR" + invoice.totals().payable().amount().toPlainString());
                assertThat(qr.lines().get(10)).isEqualTo(ogm.formatted());
            }
        }
        assertThat(net).isEqualTo(goodsCents + costCents);
        assertThat(netAfterSubsidies).isEqualTo(goodsCents + costCents - subsidyCents);
        assertThat(payable).isEqualTo(gross - subsidyCents);
    }

    private static String code(int m) {
        return String.format("M%02d", (m * 7) % 100);
    }
}
