package be.groupage.service.interfaces.rest.catalogue;

import be.groupage.service.application.catalogue.CatalogueService;
import be.groupage.service.interfaces.rest.common.Allowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

/** Imported catalogue versions and their products. */
@Path("catalogues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogues")
public class CataloguesResource {

    @Inject
    CatalogueService catalogues;

    @GET
    @Path("{id}/products")
    @Allowed
    @Operation(summary = "The products of a catalogue version, filtered (any signed-in user)")
    public List<ProductView> products(@PathParam("id") long id,
                                      @Parameter(description = "organic, reasoned or none") @QueryParam("label") String label,
                                      @QueryParam("category") String category,
                                      @QueryParam("producer") String producer,
                                      @Parameter(description = "text searched in code, name and producer") @QueryParam("q") String q) {
        CatalogueService.ProductFilter filter = new CatalogueService.ProductFilter(
                nonBlank(label), nonBlank(category), nonBlank(producer), nonBlank(q));
        return catalogues.products(id, filter).stream().map(ProductView::of).toList();
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
