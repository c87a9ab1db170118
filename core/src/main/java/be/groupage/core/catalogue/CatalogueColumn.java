package be.groupage.core.catalogue;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the catalogue CSV format, by their header name; see {@code docs/catalogue-csv.md}. A
 * column may also answer to a French name ({@code poids_piece_kg}); the writer writes the header.
 */
public enum CatalogueColumn {
    CODE(true),
    NAME(true),
    PRODUCER(false),
    ORIGIN(false),
    DISTANCE_KM(false),
    LABEL(false),
    CATEGORY(false),
    UNIT(true),
    CASE_SIZE(true),
    PRICE(true),
    VAT_RATE(true),
    VARIABLE_WEIGHT(false),
    CHILLED(false),
    GTIN(false),
    MIN_CASES(false),
    /** The weight of one piece in kg, for products sold by the piece or unit. */
    PIECE_WEIGHT_KG(false, "poids_piece_kg");

    private final boolean required;
    private final List<String> otherNames;

    CatalogueColumn(boolean required, String... otherNames) {
        this.required = required;
        this.otherNames = List.of(otherNames);
    }

    /** The header as written in the format, e.g. {@code case_size}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean required() {
        return required;
    }

    /**
     * The column a header names, by its header or another name, ignoring case, accents, surrounding
     * spaces, and spaces or hyphens for underscores ({@code Poids pièce kg} is {@code piece_weight_kg}).
     */
    public static Optional<CatalogueColumn> ofHeader(String header) {
        String key = normalize(header).replace(' ', '_').replace('-', '_');
        for (CatalogueColumn c : values()) {
            if (c.header().equals(key) || c.otherNames.contains(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Lower case, without accents or surrounding spaces: {@code " Raisonné "} gives {@code "raisonne"}. */
    static String normalize(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
