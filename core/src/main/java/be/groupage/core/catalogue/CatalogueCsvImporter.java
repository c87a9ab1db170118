package be.groupage.core.catalogue;

import be.groupage.core.money.Money;
import be.groupage.core.money.Quantity;
import be.groupage.core.money.Unit;
import be.groupage.core.money.VatRate;
import be.groupage.core.text.PlainText;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a supplier's price list in the catalogue CSV format ({@code docs/catalogue-csv.md}): header
 * names with case and accents ignored, {@code ;} or {@code ,} as separator (detected from the header
 * line), decimal comma or dot, UTF-8 with or without a byte-order mark, French or English words for
 * units, labels and yes/no.
 *
 * <p>Every error is collected, with its line, column and a French and English message, and a file with
 * any error imports nothing. Unknown extra columns are ignored; a missing required column is an error
 * on line 1. Every value read is {@link PlainText}: once its surrounding white space is trimmed, a cell
 * holding a control character (a line break inside quotes, a tab, NUL, ESC…) or a lone surrogate is an
 * error on its line and column. Stateless and thread-safe.
 */
public final class CatalogueCsvImporter {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+([.,]\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CatalogueCsvImporter() {
    }

    /** Reads UTF-8 bytes (a byte-order mark is skipped); bytes that are not UTF-8 are an error on line 1. */
    public static CatalogueImport parse(InputStream in) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalogue file", e);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return parse(text);
        } catch (CharacterCodingException e) {
            return CatalogueImport.invalid(List.of(CsvError.of(1, "", 0,
                    "Le fichier n'est pas encodé en UTF-8 (enregistrez-le en « CSV UTF-8 »)",
                    "The file is not UTF-8 encoded (save it as \"CSV UTF-8\")")));
        }
    }

    /** Reads characters; a leading byte-order mark is skipped. */
    public static CatalogueImport parse(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the catalogue file", e);
        }
        return parse(text.toString());
    }

    /** Reads the whole text of a file; a leading byte-order mark is skipped. */
    public static CatalogueImport parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Run(text).parse();
    }

    /** The separator of a file: {@code ;} when its first line has at least as many as commas, else {@code ,}. */
    static char detectSeparator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > 0 && semicolons >= commas ? ';' : ',';
    }

    /** One reading of one file: the errors found so far and where each line starts. */
    private static final class Run {
        private final String text;
        private final int[] lineStarts;
        private final List<CsvError> errors = new ArrayList<>();
        private final Map<CatalogueColumn, Integer> columns = new EnumMap<>(CatalogueColumn.class);
        private final Map<Integer, String> headerNames = new HashMap<>();

        Run(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        CatalogueImport parse() {
            if (text.isBlank()) {
                return CatalogueImport.invalid(List.of(CsvError.of(1, "", 0,
                        "Le fichier est vide : il faut au moins la ligne d'en-tête et un produit",
                        "The file is empty: it needs at least the header line and one product")));
            }
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(detectSeparator(text))
                    .setTrim(true)
                    .setIgnoreEmptyLines(true)
                    .get();
            List<Product> products = new ArrayList<>();
            Map<CodeKey, Product> firstOfCode = new HashMap<>();
            Map<CodeKey, Integer> firstLineOfCode = new HashMap<>();
            int lastLine = 1;
            try (CSVParser parser = CSVParser.parse(text, format)) {
                Iterator<CSVRecord> records = parser.iterator();
                if (!records.hasNext()) {
                    return CatalogueImport.invalid(List.of(CsvError.of(1, "", 0, "Ligne d'en-tête absente", "Header line missing")));
                }
                readHeader(records.next(), lineOf(0));
                if (!errors.isEmpty()) {
                    return CatalogueImport.invalid(errors);
                }
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    int line = lineOf(record.getCharacterPosition());
                    lastLine = line;
                    if (isBlank(record)) {
                        continue;
                    }
                    Optional<Product> product = readProduct(record, line);
                    if (product.isPresent()) {
                        Product p = product.get();
                        // Compared as the database's collation compares them: ABC-1 and abc-1, CAFÉ and CAFE are one code.
                        CodeKey key = CodeKey.of(p.code());
                        Integer first = firstLineOfCode.putIfAbsent(key, line);
                        if (first == null) {
                            firstOfCode.put(key, p);
                            products.add(p);
                        } else if (firstOfCode.get(key).code().equals(p.code())) {
                            error(line, CatalogueColumn.CODE,
                                    "Code " + p.code() + " en double (déjà utilisé ligne " + first + ")",
                                    "Duplicate code " + p.code() + " (already used on line " + first + ")");
                        } else {
                            String other = firstOfCode.get(key).code();
                            error(line, CatalogueColumn.CODE,
                                    "Code " + p.code() + " en double : il ne diffère de " + other + " (ligne " + first
                                            + ") que par les majuscules ou les accents",
                                    "Duplicate code " + p.code() + ": it differs from " + other + " (line " + first
                                            + ") only by case or accents");
                        }
                    }
                }
            } catch (UncheckedIOException | IllegalStateException | IOException e) {
                // Commons CSV reports a malformed file (an unclosed quote, text after a closing quote) this way;
                // its message names its own classes, so the place is found again here and told in plain words.
                errors.add(malformed(lastLine));
            }
            if (errors.isEmpty() && products.isEmpty()) {
                errors.add(CsvError.of(2, "", 0, "Le fichier ne contient aucun produit", "The file contains no product"));
            }
            return errors.isEmpty() ? CatalogueImport.valid(products) : CatalogueImport.invalid(errors);
        }

        /**
         * Where the quoting goes wrong: a quote opening a field that is never closed, or text right after a
         * closing quote. Without either (Commons CSV found something else), the line after the last one read.
         */
        private CsvError malformed(int lastLine) {
            char separator = detectSeparator(text);
            boolean fieldStart = true;
            boolean quoted = false;
            int opened = -1;
            int field = 0;
            int openedField = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                        int next = i + 1;
                        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                            next++;
                        }
                        if (next < text.length() && text.charAt(next) != separator && text.charAt(next) != '\n'
                                && text.charAt(next) != '\r') {
                            return cellError(next, openedField,
                                    "Guillemet fermant suivi d'autres caractères : mettez toute la valeur entre guillemets",
                                    "A closing quote is followed by more text: put the whole value between quotes");
                        }
                    }
                } else if (c == separator) {
                    field++;
                    fieldStart = true;
                } else if (c == '\n') {
                    field = 0;
                    fieldStart = true;
                } else if (c == '"' && fieldStart) {
                    quoted = true;
                    opened = i;
                    openedField = field;
                } else if (c != ' ' && c != '\t' && c != '\r') {
                    fieldStart = false;
                }
            }
            if (quoted) {
                return cellError(opened, openedField,
                        "Guillemet non fermé : la valeur qui commence ici n'est jamais refermée (ajoutez le \" qui manque)",
                        "Unclosed quote: the value that starts here is never closed (add the missing \")");
            }
            return CsvError.of(Math.max(lastLine + 1, 2), "", 0,
                    "Fichier CSV mal formé à partir de cette ligne (vérifiez les guillemets)",
                    "Malformed CSV from this line on (check the quotes)");
        }

        private CsvError cellError(int position, int field, String fr, String en) {
            int found = Arrays.binarySearch(lineStarts, position);
            int line = found >= 0 ? found + 1 : -found - 1;
            return CsvError.of(line, headerNames.getOrDefault(field, ""), headerNames.containsKey(field) ? field + 1 : 0, fr, en);
        }

        private void readHeader(CSVRecord header, int line) {
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i);
                headerNames.put(i, name);
                Optional<CatalogueColumn> column = CatalogueColumn.ofHeader(name);
                if (column.isPresent() && columns.putIfAbsent(column.get(), i) != null) {
                    errors.add(CsvError.of(line, name, i + 1,
                            "Colonne " + column.get().header() + " en double",
                            "Column " + column.get().header() + " given twice"));
                }
            }
            for (CatalogueColumn c : CatalogueColumn.values()) {
                if (c.required() && !columns.containsKey(c)) {
                    errors.add(CsvError.of(line, c.header(), 0,
                            "Colonne obligatoire absente : " + c.header(),
                            "Required column missing: " + c.header()));
                }
            }
        }

        private Optional<Product> readProduct(CSVRecord record, int line) {
            int before = errors.size();
            Row row = new Row(record, line);
            String code = row.required(CatalogueColumn.CODE);
            String name = row.required(CatalogueColumn.NAME);
            String producer = row.text(CatalogueColumn.PRODUCER);
            String origin = row.text(CatalogueColumn.ORIGIN);
            String category = row.text(CatalogueColumn.CATEGORY);
            Optional<Unit> unit = row.unit();
            Optional<BigDecimal> caseSize = row.caseSize(unit);
            Optional<BigDecimal> price = row.price();
            Optional<VatRate> vat = row.vatRate();
            OptionalInt distance = row.wholeNumber(CatalogueColumn.DISTANCE_KM, "distance", "distance");
            int minimumCases = row.wholeNumber(CatalogueColumn.MIN_CASES, "nombre minimum de colis", "minimum number of cases").orElse(1);
            Label label = row.label();
            boolean variableWeight = row.yesNo(CatalogueColumn.VARIABLE_WEIGHT);
            boolean chilled = row.yesNo(CatalogueColumn.CHILLED);
            Optional<Gtin> gtin = row.gtin();
            Optional<BigDecimal> kgPerPiece = row.kgPerPiece(unit);
            if (errors.size() > before || code.isEmpty() || name.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Product(code, name, producer, origin, distance, label, category, unit.orElseThrow(),
                    Quantity.of(caseSize.orElseThrow(), unit.orElseThrow()), Money.euros(price.orElseThrow()), vat.orElseThrow(),
                    variableWeight, chilled, gtin, minimumCases, kgPerPiece));
        }

        private void error(int line, CatalogueColumn column, String fr, String en) {
            Integer index = columns.get(column);
            String name = index == null ? column.header() : headerNames.getOrDefault(index, column.header());
            errors.add(CsvError.of(line, name, index == null ? 0 : index + 1, fr, en));
        }

        private boolean isBlank(CSVRecord record) {
            for (String value : record) {
                if (!value.isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /** The 1-based line of the first non-blank character at or after a position. */
        private int lineOf(long position) {
            int p = (int) Math.min(position, text.length());
            while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
                p++;
            }
            int found = Arrays.binarySearch(lineStarts, p);
            return found >= 0 ? found + 1 : -found - 1;
        }

        /** The values of one product line, read column by column, each problem added to the errors. */
        private final class Row {
            private final CSVRecord record;
            private final int line;
            private final EnumSet<CatalogueColumn> refused = EnumSet.noneOf(CatalogueColumn.class);

            Row(CSVRecord record, int line) {
                this.record = record;
                this.line = line;
            }

            /** The trimmed value of a cell; a cell that is not plain text is an error, and read as empty. */
            String text(CatalogueColumn column) {
                Integer index = columns.get(column);
                String value = index == null || index >= record.size() ? "" : record.get(index).strip();
                Optional<PlainText.Offence> offence = PlainText.offence(value);
                if (offence.isPresent()) {
                    if (refused.add(column)) {
                        error(line, column,
                                "Caractère de contrôle interdit dans " + column.header() + " : " + offence.get().describeFr()
                                        + " (une valeur tient sur une ligne, sans tabulation ni caractère invisible)",
                                "A control character is not allowed in " + column.header() + ": " + offence.get().describe()
                                        + " (a value is one line, without tabs or invisible characters)");
                    }
                    return "";
                }
                return value;
            }

            String required(CatalogueColumn column) {
                String value = text(column);
                if (value.isEmpty() && !refused.contains(column)) {
                    error(line, column, "Valeur obligatoire absente : " + column.header(), "Required value missing: " + column.header());
                }
                return value;
            }

            Optional<Unit> unit() {
                String value = required(CatalogueColumn.UNIT);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                Optional<Unit> unit = UnitNames.parse(value);
                if (unit.isEmpty()) {
                    error(line, CatalogueColumn.UNIT,
                            "Unité inconnue « " + value + " » (attendu : kg, g, l, pièce ou un code UN/CEFACT KGM, GRM, LTR, H87, C62)",
                            "Unknown unit \"" + value + "\" (expected kg, g, l, piece or a UN/ECE Rec 20 code KGM, GRM, LTR, H87, C62)");
                }
                return unit;
            }

            Optional<BigDecimal> decimal(CatalogueColumn column, String fr, String en) {
                return number(column, required(column), fr, en);
            }

            private Optional<BigDecimal> number(CatalogueColumn column, String value, String fr, String en) {
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                Optional<BigDecimal> number = parseDecimal(value);
                if (number.isEmpty()) {
                    error(line, column, fr + " : nombre illisible « " + value + " »", en + ": not a number \"" + value + "\"");
                }
                return number;
            }

            Optional<BigDecimal> caseSize(Optional<Unit> unit) {
                Optional<BigDecimal> size = decimal(CatalogueColumn.CASE_SIZE, "Taille du colis", "Case size");
                if (size.isEmpty()) {
                    return size;
                }
                BigDecimal s = size.get();
                if (s.signum() <= 0) {
                    error(line, CatalogueColumn.CASE_SIZE,
                            "La taille du colis doit être supérieure à 0, pas " + french(s),
                            "The case size must be greater than 0, not " + s.toPlainString());
                    return Optional.empty();
                }
                int decimals = s.stripTrailingZeros().scale();
                if (unit.isPresent() && !unit.get().fractional() && decimals > 0) {
                    error(line, CatalogueColumn.CASE_SIZE,
                            "La taille du colis doit être un nombre entier de " + unit.get().symbol() + " : " + french(s),
                            "The case size must be a whole number of " + unit.get().code() + ": " + s.toPlainString());
                    return Optional.empty();
                }
                if (decimals > Quantity.MAX_SCALE) {
                    error(line, CatalogueColumn.CASE_SIZE,
                            "La taille du colis a au plus " + Quantity.MAX_SCALE + " décimales : " + french(s),
                            "The case size has at most " + Quantity.MAX_SCALE + " decimals: " + s.toPlainString());
                    return Optional.empty();
                }
                return size;
            }

            Optional<BigDecimal> price() {
                Optional<BigDecimal> price = decimal(CatalogueColumn.PRICE, "Prix", "Price");
                if (price.isEmpty()) {
                    return price;
                }
                BigDecimal p = price.get();
                if (p.signum() < 0) {
                    error(line, CatalogueColumn.PRICE, "Prix négatif : " + french(p), "Negative price: " + p.toPlainString());
                    return Optional.empty();
                }
                if (p.stripTrailingZeros().scale() > Product.MAX_PRICE_DECIMALS) {
                    error(line, CatalogueColumn.PRICE,
                            "Le prix a au plus " + Product.MAX_PRICE_DECIMALS + " décimales : " + french(p),
                            "The price has at most " + Product.MAX_PRICE_DECIMALS + " decimals: " + p.toPlainString());
                    return Optional.empty();
                }
                return price;
            }

            /** The optional weight of one piece; only products sold by the piece or unit have one. */
            Optional<BigDecimal> kgPerPiece(Optional<Unit> unit) {
                CatalogueColumn column = CatalogueColumn.PIECE_WEIGHT_KG;
                Optional<BigDecimal> weight = number(column, text(column), "Poids d'une pièce", "Piece weight");
                if (weight.isEmpty()) {
                    return weight;
                }
                BigDecimal kg = weight.get();
                if (kg.signum() <= 0) {
                    error(line, column,
                            "Le poids d'une pièce doit être supérieur à 0 kg, pas " + french(kg),
                            "The piece weight must be greater than 0 kg, not " + kg.toPlainString());
                    return Optional.empty();
                }
                if (kg.compareTo(BigDecimal.valueOf(Product.MAX_KG_PER_PIECE)) > 0) {
                    error(line, column,
                            "Le poids d'une pièce est au plus " + Product.MAX_KG_PER_PIECE + " kg (en kilogrammes, pas en grammes) : " + french(kg),
                            "The piece weight is at most " + Product.MAX_KG_PER_PIECE + " kg (in kilograms, not grams): " + kg.toPlainString());
                    return Optional.empty();
                }
                if (kg.stripTrailingZeros().scale() > Product.MAX_KG_PER_PIECE_DECIMALS) {
                    error(line, column,
                            "Le poids d'une pièce a au plus " + Product.MAX_KG_PER_PIECE_DECIMALS + " décimales (au gramme près) : " + french(kg),
                            "The piece weight has at most " + Product.MAX_KG_PER_PIECE_DECIMALS + " decimals (to the gram): " + kg.toPlainString());
                    return Optional.empty();
                }
                if (unit.isPresent() && unit.get().fractional()) {
                    error(line, column,
                            "Poids d'une pièce donné pour un produit vendu en " + unit.get().symbol()
                                    + " : seuls les produits à la pièce ou à l'unité en ont un (laissez la case vide)",
                            "A piece weight is given for a product sold by " + unit.get().code()
                                    + ": only products sold by the piece or unit (H87, C62) have one (leave the cell empty)");
                    return Optional.empty();
                }
                return weight;
            }

            Optional<VatRate> vatRate() {
                String value = required(CatalogueColumn.VAT_RATE);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                String number = value.endsWith("%") ? value.substring(0, value.length() - 1) : value;
                Optional<BigDecimal> rate = parseDecimal(number);
                if (rate.isEmpty() || rate.get().signum() < 0 || rate.get().compareTo(HUNDRED) > 0) {
                    error(line, CatalogueColumn.VAT_RATE,
                            "Taux de TVA invalide « " + value + " » (en pour cent, de 0 à 100, par ex. 6 ou 21)",
                            "Invalid VAT rate \"" + value + "\" (in percent, 0 to 100, e.g. 6 or 21)");
                    return Optional.empty();
                }
                return Optional.of(VatRate.ofPercent(rate.get()));
            }

            OptionalInt wholeNumber(CatalogueColumn column, String fr, String en) {
                String value = SPACES.matcher(text(column)).replaceAll("");
                if (value.isEmpty()) {
                    return OptionalInt.empty();
                }
                if (!INTEGER.matcher(value).matches() || value.length() > 9 || value.startsWith("-")) {
                    error(line, column,
                            "Le champ " + fr + " doit être un nombre entier positif ou nul : « " + value + " »",
                            "The " + en + " must be a whole number, zero or more: \"" + value + "\"");
                    return OptionalInt.empty();
                }
                return OptionalInt.of(Integer.parseInt(value.startsWith("+") ? value.substring(1) : value));
            }

            Label label() {
                String value = text(CatalogueColumn.LABEL);
                String key = CatalogueColumn.normalize(value);
                switch (key) {
                    case "", "aucun", "none", "-":
                        return Label.NONE;
                    case "bio", "biologique", "organic":
                        return Label.ORGANIC;
                    case "raisonne", "reasoned":
                        return Label.REASONED;
                    default:
                        error(line, CatalogueColumn.LABEL,
                                "Label inconnu « " + value + " » (attendu : bio, raisonné ou vide)",
                                "Unknown label \"" + value + "\" (expected bio/organic, raisonné/reasoned or empty)");
                        return Label.NONE;
                }
            }

            boolean yesNo(CatalogueColumn column) {
                String value = text(column);
                switch (CatalogueColumn.normalize(value)) {
                    case "", "non", "no", "false", "0", "n":
                        return false;
                    case "oui", "yes", "true", "1", "o", "y":
                        return true;
                    default:
                        error(line, column,
                                "Valeur oui/non attendue pour " + column.header() + " : « " + value + " »",
                                "Yes/no expected for " + column.header() + ": \"" + value + "\"");
                        return false;
                }
            }

            Optional<Gtin> gtin() {
                String value = SPACES.matcher(text(CatalogueColumn.GTIN)).replaceAll("");
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                if (!Gtin.isValid(value)) {
                    error(line, CatalogueColumn.GTIN,
                            "GTIN invalide « " + value + " » (8, 12, 13 ou 14 chiffres avec une clé de contrôle valide)",
                            "Invalid GTIN \"" + value + "\" (8, 12, 13 or 14 digits with a valid check digit)");
                    return Optional.empty();
                }
                return Optional.of(Gtin.of(value));
            }
        }
    }

    /** A number as French text shows it: {@code 1,80}. */
    private static String french(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    /** A decimal number written with a comma or a dot, spaces between digits ignored; empty when unreadable. */
    static Optional<BigDecimal> parseDecimal(String text) {
        String compact = SPACES.matcher(text).replaceAll("");
        if (!DECIMAL.matcher(compact).matches() || compact.length() > 30) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(compact.replace(',', '.')));
    }

    /** The words a cooperative writes for a selling unit. */
    static final class UnitNames {
        private UnitNames() {
        }

        static Optional<Unit> parse(String text) {
            switch (CatalogueColumn.normalize(text).replace(".", "")) {
                case "kg", "kgm", "kilo", "kilogramme", "kilogram":
                    return Optional.of(Unit.KGM);
                case "g", "grm", "gramme", "gram":
                    return Optional.of(Unit.GRM);
                case "l", "ltr", "litre", "liter":
                    return Optional.of(Unit.LTR);
                case "piece", "pc", "pcs", "pce", "h87":
                    return Optional.of(Unit.H87);
                case "unite", "unit", "c62":
                    return Optional.of(Unit.C62);
                default:
                    return Optional.empty();
            }
        }
    }
}
