package be.groupage.core.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes products in the catalogue CSV format, as a Belgian spreadsheet would: {@code ;} separator,
 * decimal comma, every column in the documented order, units as UN/ECE Rec 20 codes, labels and
 * booleans in French. {@link CatalogueCsvImporter} reads the result back to equal products.
 */
public final class CatalogueCsvWriter {

    private CatalogueCsvWriter() {
    }

    /** Writes the header line then one line per product. */
    public static void write(List<Product> products, Appendable out) {
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(out, "out");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n").get();
        try {
            CSVPrinter printer = new CSVPrinter(out, format);
            for (CatalogueColumn c : CatalogueColumn.values()) {
                printer.print(c.header());
            }
            printer.println();
            for (Product p : products) {
                printer.printRecord(fields(p));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the catalogue", e);
        }
    }

    /** The products as CSV text. */
    public static String write(List<Product> products) {
        StringBuilder out = new StringBuilder();
        write(products, out);
        return out.toString();
    }

    /** A product's values in column order, as written. */
    static List<String> fields(Product p) {
        return List.of(
                p.code(), p.name(), p.producer(), p.origin(),
                p.distanceKm().isPresent() ? Integer.toString(p.distanceKm().getAsInt()) : "",
                p.label().french(), p.category(), p.unit().code(),
                decimal(p.caseSize().amount()), decimal(p.price().amount()), decimal(p.vatRate().percent()),
                p.variableWeight() ? "oui" : "non", p.chilled() ? "oui" : "non",
                p.gtin().map(Gtin::value).orElse(""), Integer.toString(p.minimumCases()),
                p.kgPerPiece().map(CatalogueCsvWriter::decimal).orElse(""));
    }

    private static String decimal(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }
}
