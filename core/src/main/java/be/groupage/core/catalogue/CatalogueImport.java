package be.groupage.core.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading a catalogue file: either every product (no error) or every error (no product).
 * A file with a single error imports nothing.
 */
public record CatalogueImport(List<Product> products, List<CsvError> errors) {

    public CatalogueImport {
        products = List.copyOf(Objects.requireNonNull(products, "products"));
        errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
        if (!products.isEmpty() && !errors.isEmpty()) {
            throw new IllegalArgumentException("An import has either products or errors, not both");
        }
    }

    public static CatalogueImport valid(List<Product> products) {
        return new CatalogueImport(products, List.of());
    }

    public static CatalogueImport invalid(List<CsvError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid import has at least one error");
        }
        return new CatalogueImport(List.of(), errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
