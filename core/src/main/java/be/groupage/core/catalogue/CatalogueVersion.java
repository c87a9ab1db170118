package be.groupage.core.catalogue;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One published, immutable version of a supplier's catalogue. A cycle orders on exactly one version
 * and keeps it, so a later price change never alters a cycle already open.
 *
 * <p>Invariants: the number is at least 1; product codes are unique; products keep their given order.
 */
public final class CatalogueVersion {

    private final Supplier supplier;
    private final int number;
    private final Instant publishedAt;
    private final Map<String, Product> products;

    private CatalogueVersion(Supplier supplier, int number, Instant publishedAt, List<Product> products) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(products, "products");
        if (number < 1) {
            throw new IllegalArgumentException("A catalogue version number starts at 1, not " + number);
        }
        this.number = number;
        Map<String, Product> byCode = new LinkedHashMap<>();
        for (Product p : products) {
            if (byCode.putIfAbsent(Objects.requireNonNull(p, "product").code(), p) != null) {
                throw new IllegalArgumentException("Product code " + p.code() + " appears twice in catalogue version " + number);
            }
        }
        this.products = Collections.unmodifiableMap(byCode);
    }

    /** A version with all its state, e.g. as loaded from storage. */
    public static CatalogueVersion of(Supplier supplier, int number, Instant publishedAt, List<Product> products) {
        return new CatalogueVersion(supplier, number, publishedAt, products);
    }

    public Supplier supplier() {
        return supplier;
    }

    public int number() {
        return number;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Collection<Product> products() {
        return products.values();
    }

    public Optional<Product> product(String code) {
        return Optional.ofNullable(products.get(code));
    }

    public boolean contains(String code) {
        return products.containsKey(code);
    }

    public int size() {
        return products.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogueVersion other && supplier.equals(other.supplier) && number == other.number
                && publishedAt.equals(other.publishedAt) && List.copyOf(products.values()).equals(List.copyOf(other.products.values()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(supplier.code(), number);
    }

    @Override
    public String toString() {
        return "Catalogue " + supplier.code() + " v" + number + " (" + products.size() + " products)";
    }
}
