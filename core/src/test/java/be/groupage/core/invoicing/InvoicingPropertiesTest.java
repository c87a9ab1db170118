package be.groupage.core.invoicing;

import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class InvoicingPropertiesTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 6, 15);

    @Provide
    Arbitrary<InvoiceLine> lines() {
        Arbitrary<VatRate> rate = Arbitraries.of("0", "6", "12", "21").map(VatRate::ofPercent);
        Arbitrary<InvoiceLine> weighed = Combinators.combine(
                Arbitraries.longs().between(0, 200_000), Arbitraries.longs().between(0, 5_000), rate)
                .as((grams, cents, r) -> InvoiceLine.goods("W" + cents, "weighed", Quantity.of(BigDecimal.valueOf(grams, 3), Unit.KGM),
                        Money.ofCents(cents), r, true));
        Arbitrary<InvoiceLine> counted = Combinators.combine(
                Arbitraries.longs().between(0, 500), Arbitraries.longs().between(0, 10_000), rate)
                .as((n, cents, r) -> InvoiceLine.goods("C" + cents, "counted", Quantity.of(n, Unit.H87), Money.ofCents(cents), r, false));
        Arbitrary<InvoiceLine> cost = Combinators.combine(Arbitraries.longs().between(-2_000, 20_000), rate)
                .as((cents, r) -> InvoiceLine.costShare("Cost", Money.ofCents(cents), r));
        Arbitrary<InvoiceLine> subsidy = Arbitraries.longs().between(-20_000, 0)
                .map(cents -> InvoiceLine.subsidy("Subsidy", Money.ofCents(cents)));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, weighed), net.jqwik.api.Tuple.of(5, counted),
                net.jqwik.api.Tuple.of(2, cost), net.jqwik.api.Tuple.of(1, subsidy));
    }

    @Provide
    Arbitrary<List<InvoiceLine>> documents() {
        return lines().list().ofMinSize(1).ofMaxSize(60);
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigDecimal> small = Combinators.combine(Arbitraries.longs().between(-10_000_000L, 10_000_000L), Arbitraries.integers().between(0, 8))
                .as(BigDecimal::valueOf);
        Arbitrary<BigDecimal> large = Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(-3, 19))
                .as(BigDecimal::valueOf);
        Arbitrary<BigDecimal> halves = Combinators.combine(Arbitraries.longs().between(-1_000, 1_000), Arbitraries.integers().between(1, 4))
                .as((n, s) -> BigDecimal.valueOf(n * 10 + 5, s + 1));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, small), net.jqwik.api.Tuple.of(2, large), net.jqwik.api.Tuple.of(2, halves));
    }

    @Property(tries = 5000)
    void lineNetInCentsIsTheBigDecimalProductRoundedHalfUp(@ForAll("decimals") BigDecimal quantity, @ForAll("decimals") BigDecimal price) {
        BigDecimal exact = quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
        if (exact.unscaledValue().bitLength() > 63) {
            return;
        }
        assertThat(InvoiceLine.netCents(quantity, price)).isEqualTo(exact.unscaledValue().longValueExact());
    }

    @Property(tries = 3000)
    void vatPerRateIsComputedOnTheSummedBase(@ForAll("documents") List<InvoiceLine> lines) {
        InvoiceComputation computation = InvoiceComputation.of(lines);

        Map<VatRate, BigDecimal> bases = new HashMap<>();
        BigDecimal subsidies = BigDecimal.ZERO;
        BigDecimal allLines = BigDecimal.ZERO;
        for (InvoiceLine line : lines) {
            BigDecimal net = line.quantity().amount().multiply(line.unitPrice().amount()).setScale(2, RoundingMode.HALF_UP);
            assertThat(line.net().amount()).isEqualByComparingTo(net);
            allLines = allLines.add(net);
            if (line.kind() == LineKind.SUBSIDY) {
                subsidies = subsidies.add(net);
            } else {
                bases.merge(line.vatRate().orElseThrow(), net, BigDecimal::add);
            }
        }
        assertThat(computation.vatBreakdown()).hasSize(bases.size());
        BigDecimal vat = BigDecimal.ZERO;
        for (VatBreakdown b : computation.vatBreakdown()) {
            BigDecimal base = bases.get(b.rate());
            assertThat(b.base().amount()).isEqualByComparingTo(base);
            BigDecimal expectedVat = base.multiply(b.rate().percent()).divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
            assertThat(b.vat().amount()).isEqualByComparingTo(expectedVat);
            vat = vat.add(expectedVat);
        }
        InvoiceTotals totals = computation.totals();
        assertThat(totals.vat().amount()).isEqualByComparingTo(vat);
        assertThat(totals.net().amount()).isEqualByComparingTo(allLines.subtract(subsidies));
        assertThat(totals.gross()).isEqualTo(totals.net().plus(totals.vat()));
        assertThat(totals.paidByThirdParties().amount()).isEqualByComparingTo(subsidies.negate());
        assertThat(totals.payable()).isEqualTo(totals.gross().minus(totals.paidByThirdParties()));
        assertThat(totals.netAfterSubsidies().amount()).isEqualByComparingTo(allLines);
    }

    @Property(tries = 2000)
    void theOrderOfTheLinesDoesNotMatter(@ForAll("documents") List<InvoiceLine> lines, @ForAll long seed) {
        List<InvoiceLine> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(InvoiceComputation.of(shuffled).totals()).isEqualTo(InvoiceComputation.of(lines).totals());
        assertThat(InvoiceComputation.of(shuffled).vatBreakdown()).isEqualTo(InvoiceComputation.of(lines).vatBreakdown());
    }

    @Property(tries = 2000)
    void aFullCreditNoteCancelsItsInvoiceToTheCent(@ForAll("documents") List<InvoiceLine> lines,
                                                   @ForAll @IntRange(min = 1, max = 999_999) int sequence) {
        Invoice invoice = InvoiceDraft.of("M", lines).issue(InvoiceSeries.invoices(2026).number(sequence), ISSUED, PaymentTerms.days(30));

        CreditNote note = CreditNote.full(invoice, InvoiceSeries.creditNotes(2026).number(sequence), ISSUED.plusDays(1));

        InvoiceTotals sum = sum(invoice.totals(), note.signedTotals());
        assertThat(sum.net().isZero()).isTrue();
        assertThat(sum.vat().isZero()).isTrue();
        assertThat(sum.gross().isZero()).isTrue();
        assertThat(sum.paidByThirdParties().isZero()).isTrue();
        assertThat(sum.payable().isZero()).isTrue();
        assertThat(note.computation().vatBreakdown()).isEqualTo(invoice.computation().vatBreakdown());
        assertThat(note.creditedInvoice()).isEqualTo(invoice.number());
    }

    @Property(tries = 2000)
    void partialCreditNotesNeverCreditMoreThanTheLineAndEndWithinACentPerLine(@ForAll("documents") List<InvoiceLine> lines,
                                                                              @ForAll long seed) {
        Invoice invoice = InvoiceDraft.of("M", lines).issue(InvoiceSeries.invoices(2026).first(), ISSUED, PaymentTerms.days(30));
        Random random = new Random(seed);
        List<CreditedLine> firstPart = new ArrayList<>();
        List<CreditedLine> rest = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Quantity q = lines.get(i).quantity();
            if (q.isZero()) {
                continue;
            }
            int scale = q.unit().fractional() ? 3 : 0;
            BigDecimal part = q.amount().multiply(BigDecimal.valueOf(random.nextInt(101), 2)).setScale(scale, RoundingMode.DOWN);
            if (part.signum() > 0) {
                firstPart.add(CreditedLine.of(i, Quantity.of(part, q.unit())));
            }
            BigDecimal remaining = q.amount().subtract(part);
            if (remaining.signum() > 0) {
                rest.add(CreditedLine.of(i, Quantity.of(remaining, q.unit())));
            }
        }
        if (firstPart.isEmpty() || rest.isEmpty()) {
            return;
        }
        InvoiceSeries notes = InvoiceSeries.creditNotes(2026);
        CreditNote first = CreditNote.partial(invoice, notes.first(), ISSUED, firstPart, List.of());
        CreditNote second = CreditNote.partial(invoice, notes.number(2), ISSUED, rest, List.of(first));

        long credited = first.totals().netAfterSubsidies().cents() + second.totals().netAfterSubsidies().cents();
        long invoiced = invoice.totals().netAfterSubsidies().cents();
        assertThat(Math.abs(credited - invoiced)).isLessThanOrEqualTo(lines.size());
        // Nothing remains to credit: one more unit of any credited line is refused.
        CreditedLine any = rest.get(0);
        Quantity oneMore = Quantity.of(any.quantity().unit().fractional() ? new BigDecimal("0.001") : BigDecimal.ONE, any.quantity().unit());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CreditNote.partial(invoice, notes.number(3), ISSUED,
                List.of(CreditedLine.of(any.lineIndex(), oneMore)), List.of(first, second))).hasMessageContaining("remains");
    }

    @Property(tries = 3000)
    void numbersRoundTripAndOgmBasesAreUniquePerSeries(@ForAll("prefixes") Optional<String> prefix,
                                                       @ForAll @IntRange(min = 2000, max = 9999) int year,
                                                       @ForAll @IntRange(min = 1, max = 999_999) int a,
                                                       @ForAll @IntRange(min = 1, max = 999_999) int b) {
        InvoiceSeries series = new InvoiceSeries(DocumentType.INVOICE, prefix, year);
        DocumentNumber number = series.number(a);

        assertThat(series.parse(number.text())).isEqualTo(number);
        assertThat(number.text()).endsWith(String.format("%d-%06d", year, a));
        assertThat(number.ogmBase()).isBetween(0L, 9_999_999_999L);
        assertThat(number.ogmBase() == series.number(b).ogmBase()).isEqualTo(a == b);
        assertThat(number.ogmBase()).isNotEqualTo(new InvoiceSeries(DocumentType.INVOICE, prefix, year + (year < 9999 ? 1 : -1)).number(a).ogmBase());
    }

    @Provide
    Arbitrary<Optional<String>> prefixes() {
        return Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(1).ofMaxLength(10)
                .filter(s -> Character.isLetter(s.charAt(0))).optional();
    }

    private static InvoiceTotals sum(InvoiceTotals a, InvoiceTotals b) {
        return new InvoiceTotals(a.net().plus(b.net()), a.vat().plus(b.vat()), a.gross().plus(b.gross()),
                a.paidByThirdParties().plus(b.paidByThirdParties()), a.payable().plus(b.payable()));
    }
}
