package be.groupage.service.application.catalogue;

import be.groupage.core.catalogue.Label;
import be.groupage.core.catalogue.Product;
import be.groupage.service.application.access.Fakes;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.port.catalogue.CatalogueDetails;
import be.groupage.service.application.port.catalogue.CatalogueStore;
import be.groupage.service.application.port.catalogue.ProductDetails;
import be.groupage.service.application.port.catalogue.ProductQuery;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueServiceTest {

    /** One catalogue, id 1; remembers the queries it was asked. */
    private static final class Store implements CatalogueStore {
        final List<ProductQuery> queries = new ArrayList<>();

        @Override
        public CatalogueDetails appendVersion(String supplierCode, List<Product> products, String importedBy, Instant at) {
            throw new UnsupportedOperationException("not imported in these tests");
        }

        @Override
        public Optional<CatalogueDetails> byId(long id) {
            return id == 1 ? Optional.of(new CatalogueDetails(1, "COOP", 1, 0, Fakes.CLOCK.instant(), "seed")) : Optional.empty();
        }

        @Override
        public List<CatalogueDetails> ofSupplier(String supplierCode) {
            return byId(1).stream().toList();
        }

        @Override
        public List<ProductDetails> products(long catalogueId, ProductQuery query) {
            queries.add(query);
            return List.of();
        }
    }

    private final Store store = new Store();
    private final CatalogueService service = service(store);

    private static CatalogueService service(Store store) {
        CatalogueService service = new CatalogueService();
        service.catalogues = store;
        return service;
    }

    private static CatalogueService.ProductFilter label(String label) {
        return new CatalogueService.ProductFilter(Optional.of(label), Optional.empty(), Optional.of("Ferme du Try"), Optional.empty());
    }

    @Test
    void aLabelInAnyCaseIsAskedAsTheEnum() {
        service.products(1, label("organic"));

        assertThat(store.queries).containsExactly(new ProductQuery(Optional.of(Label.ORGANIC), Optional.empty(),
                Optional.of("Ferme du Try"), Optional.empty()));
    }

    @Test
    void aLabelThatIsNoneOfTheKnownOnesMatchesNoProductWithoutAsking() {
        assertThat(service.products(1, label("vegan"))).isEmpty();
        assertThat(store.queries).isEmpty();
    }

    @Test
    void anUnknownCatalogueIsNotFound() {
        assertThatThrownBy(() -> service.products(2, label("none"))).isInstanceOf(NotFoundException.class);
    }
}
