package be.groupage.service.application.catalogue;

import be.groupage.core.catalogue.Label;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.port.catalogue.CatalogueDetails;
import be.groupage.service.application.port.catalogue.CatalogueStore;
import be.groupage.service.application.port.catalogue.ProductDetails;
import be.groupage.service.application.port.catalogue.ProductQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading catalogues: the products of one imported version, with the filters buyers use. */
@ApplicationScoped
@Transactional
public class CatalogueService {

    @Inject
    CatalogueStore catalogues;

    /** Filters on a catalogue's products; each is optional. */
    public record ProductFilter(Optional<String> label, Optional<String> category, Optional<String> producer, Optional<String> text) {
    }

    public CatalogueDetails catalogue(long id) {
        return catalogues.byId(id).orElseThrow(() -> new NotFoundException("No catalogue " + id + "."));
    }

    /** The matching products; a label that is none of the known ones matches no product. */
    public List<ProductDetails> products(long catalogueId, ProductFilter filter) {
        catalogue(catalogueId);
        Optional<Label> label = Optional.empty();
        if (filter.label().isPresent()) {
            String name = filter.label().get().toUpperCase(Locale.ROOT);
            label = Arrays.stream(Label.values()).filter(l -> l.name().equals(name)).findFirst();
            if (label.isEmpty()) {
                return List.of();
            }
        }
        return catalogues.products(catalogueId, new ProductQuery(label, filter.category(), filter.producer(), filter.text()));
    }
}
