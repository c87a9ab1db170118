package be.groupage.core.catalogue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A supplier's catalogue through time: the list of its published versions, numbered from 1. Publishing
 * never changes an existing version; it adds the next one.
 */
public final class Catalogue {

    private final Supplier supplier;
    private final List<CatalogueVersion> versions;

    private Catalogue(Supplier supplier, List<CatalogueVersion> versions) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
        this.versions = new ArrayList<>(Objects.requireNonNull(versions, "versions"));
        for (int i = 0; i < this.versions.size(); i++) {
            CatalogueVersion v = this.versions.get(i);
            if (v.number() != i + 1 || !v.supplier().code().equals(supplier.code())) {
                throw new IllegalArgumentException("Catalogue versions of " + supplier.code() + " must be numbered 1, 2, 3… in order; found " + v);
            }
        }
    }

    /** A new catalogue with no version yet. */
    public static Catalogue of(Supplier supplier) {
        return new Catalogue(supplier, List.of());
    }

    /** A catalogue with all its versions, e.g. as loaded from storage. */
    public static Catalogue restore(Supplier supplier, List<CatalogueVersion> versions) {
        return new Catalogue(supplier, versions);
    }

    /** Publishes the products as the next version, stamped with the clock's instant. */
    public CatalogueVersion publish(List<Product> products, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        CatalogueVersion next = CatalogueVersion.of(supplier, versions.size() + 1, clock.instant(), products);
        versions.add(next);
        return next;
    }

    public Supplier supplier() {
        return supplier;
    }

    /** The latest version, if any was published. */
    public Optional<CatalogueVersion> current() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<CatalogueVersion> version(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    public List<CatalogueVersion> versions() {
        return List.copyOf(versions);
    }
}
