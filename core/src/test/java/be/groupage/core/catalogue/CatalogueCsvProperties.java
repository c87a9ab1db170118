package be.groupage.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import be.groupage.core.money.Money;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A valid file round-trips every field; a file with any error imports nothing. */
class CatalogueCsvProperties {

    private static Arbitrary<String> text(int min) {
        return Arbitraries.strings().withChars("abcdeéèàçôœ ABCÉ;,\"'-()/0123456789").ofMinLength(min).ofMaxLength(30)
                .map(String::strip).filter(s -> s.length() >= min);
    }

    @Provide
    Arbitrary<List<Product>> catalogues() {
        Arbitrary<Unit> unit = Arbitraries.of(Unit.values());
        Arbitrary<Product> product = Combinators.combine(
                Combinators.combine(text(1), text(0), text(0), text(0), Arbitraries.integers().between(0, 900).injectNull(0.3),
                        Arbitraries.of(Label.values())).as(Head::new),
                unit.flatMap(u -> (u.fractional()
                        ? Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("100")).ofScale(3).map(b -> b.stripTrailingZeros())
                        : Arbitraries.integers().between(1, 48).map(BigDecimal::valueOf)).map(size -> Map.entry(u, size))),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999")).ofScale(4),
                Arbitraries.of("0", "6", "12", "21", "5.5"),
                Arbitraries.integers().between(0, 3),
                Arbitraries.strings().numeric().ofLength(12).map(d -> d + Gtin.checkDigit(d)).injectNull(0.5),
                Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((head, sized, price, vat, minCases, gtin, variable, chilled) -> new Product("X", head.name, head.producer, head.origin,
                        head.km == null ? OptionalInt.empty() : OptionalInt.of(head.km), head.label, head.category,
                        sized.getKey(), be.groupage.core.money.Quantity.of(sized.getValue(), sized.getKey()), Money.euros(price),
                        VatRate.ofPercent(vat), variable, chilled, Optional.ofNullable(gtin).map(Gtin::of), minCases));
        return product.list().ofMinSize(1).ofMaxSize(25).map(ps -> {
            List<Product> coded = new ArrayList<>();
            for (int i = 0; i < ps.size(); i++) {
                coded.add(new Product("P-" + i, ps.get(i).name(), ps.get(i).producer(), ps.get(i).origin(), ps.get(i).distanceKm(),
                        ps.get(i).label(), ps.get(i).category(), ps.get(i).unit(), ps.get(i).caseSize(), ps.get(i).price(),
                        ps.get(i).vatRate(), ps.get(i).variableWeight(), ps.get(i).chilled(), ps.get(i).gtin(), ps.get(i).minimumCases()));
            }
            return coded;
        });
    }

    record Head(String name, String producer, String origin, String category, Integer km, Label label) {
    }

    @Property(tries = 1500)
    void a_valid_file_round_trips_every_field(@ForAll("catalogues") List<Product> products) {
        String csv = CatalogueCsvWriter.write(products);

        CatalogueImport result = CatalogueCsvImporter.parse(csv);

        assertThat(result.errors()).isEmpty();
        assertThat(result.products()).isEqualTo(products);
    }

    /** One bad value per column, with the column it must be reported in. */
    private static final Map<CatalogueColumn, List<String>> BAD = new LinkedHashMap<>();

    static {
        BAD.put(CatalogueColumn.CODE, List.of(""));
        BAD.put(CatalogueColumn.NAME, List.of("", "  "));
        BAD.put(CatalogueColumn.DISTANCE_KM, List.of("-4", "12,5", "douze"));
        BAD.put(CatalogueColumn.LABEL, List.of("super", "eco"));
        BAD.put(CatalogueColumn.UNIT, List.of("boîte", "", "kgs", "m"));
        BAD.put(CatalogueColumn.CASE_SIZE, List.of("0", "-6", "", "six", "1.234,5"));
        BAD.put(CatalogueColumn.PRICE, List.of("-1", "", "1,23456", "gratuit", "1.000,50"));
        BAD.put(CatalogueColumn.VAT_RATE, List.of("150", "-6", "", "six"));
        BAD.put(CatalogueColumn.VARIABLE_WEIGHT, List.of("peut-être", "2"));
        BAD.put(CatalogueColumn.CHILLED, List.of("froid"));
        BAD.put(CatalogueColumn.GTIN, List.of("123", "5412345000076", "5,41E+12"));
        BAD.put(CatalogueColumn.MIN_CASES, List.of("-1", "1,5", "un"));
    }

    @Property(tries = 1500)
    void a_file_with_any_error_imports_nothing_and_says_where(@ForAll("catalogues") List<Product> products,
                                                             @ForAll("rowIndex") int rowSeed,
                                                             @ForAll("badColumn") CatalogueColumn column,
                                                             @ForAll("badIndex") int badSeed) throws IOException {
        int row = Math.floorMod(rowSeed, products.size());
        List<List<String>> rows = new ArrayList<>();
        products.forEach(p -> rows.add(new ArrayList<>(CatalogueCsvWriter.fields(p))));
        List<String> values = BAD.get(column);
        rows.get(row).set(column.ordinal(), values.get(Math.floorMod(badSeed, values.size())));

        CatalogueImport result = CatalogueCsvImporter.parse(print(rows));

        assertThat(result.products()).isEmpty();
        assertThat(result.errors()).anySatisfy(e -> {
            assertThat(e.line()).isEqualTo(row + 2);
            assertThat(e.column()).isEqualTo(column.header());
            assertThat(e.columnIndex()).isEqualTo(column.ordinal() + 1);
            assertThat(e.messageFr()).isNotBlank();
            assertThat(e.messageEn()).isNotBlank();
        });
    }

    @Property(tries = 500)
    void a_duplicate_code_imports_nothing(@ForAll("catalogues") List<Product> products, @ForAll("rowIndex") int a, @ForAll("rowIndex") int b)
            throws IOException {
        if (products.size() < 2) {
            return;
        }
        int first = Math.floorMod(a, products.size());
        int second = Math.floorMod(b, products.size() - 1);
        int dup = second >= first ? second + 1 : second;
        List<List<String>> rows = new ArrayList<>();
        products.forEach(p -> rows.add(new ArrayList<>(CatalogueCsvWriter.fields(p))));
        rows.get(dup).set(0, rows.get(first).get(0));

        CatalogueImport result = CatalogueCsvImporter.parse(print(rows));

        assertThat(result.products()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(Math.max(first, dup) + 2);
            assertThat(e.column()).isEqualTo("code");
        });
    }

    @Provide
    Arbitrary<Integer> rowIndex() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<Integer> badIndex() {
        return Arbitraries.integers().between(0, 100);
    }

    @Provide
    Arbitrary<CatalogueColumn> badColumn() {
        return Arbitraries.of(List.copyOf(BAD.keySet()));
    }

    private static String print(List<List<String>> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n").get());
        for (CatalogueColumn c : CatalogueColumn.values()) {
            printer.print(c.header());
        }
        printer.println();
        for (List<String> r : rows) {
            printer.printRecord(r);
        }
        printer.flush();
        return out.toString();
    }
}
