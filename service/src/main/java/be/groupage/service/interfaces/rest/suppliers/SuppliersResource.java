package be.groupage.service.interfaces.rest.suppliers;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.catalogue.CatalogueImportService;
import be.groupage.service.application.common.Registrations;
import be.groupage.service.application.suppliers.SupplierService;
import be.groupage.service.interfaces.rest.catalogue.CatalogueView;
import be.groupage.service.interfaces.rest.common.AddressDto;
import be.groupage.service.interfaces.rest.common.Allowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

/** The cooperatives and their catalogue versions. */
@Path("suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suppliers and catalogues")
public class SuppliersResource {

    @Inject
    SupplierService suppliers;

    /** The answer to a catalogue upload. */
    public record ImportedCatalogueView(long id, int version, int productCount) {
    }

    /** A cooperative to register, as the coordinator sends it. */
    public record NewSupplierDto(String code, String name, String kbo, String vatNumber, String iban, String bic, AddressDto address,
                                 String email, BigDecimal minimumOrderValue) {

        static Registrations.NewSupplier toCommand(NewSupplierDto s) {
            return s == null ? null : new Registrations.NewSupplier(s.code(), s.name(), s.kbo(), s.vatNumber(), s.iban(), s.bic(),
                    AddressDto.toInput(s.address()), s.email(), s.minimumOrderValue());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.COORDINATOR)
    @Operation(operationId = "registerSupplier", summary = "Register a cooperative (coordinator): code, name, KBO, VAT number, IBAN, bic?, address, email?, "
            + "minimumOrderValue? (a cycle under it can be closed but not sent)")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(ref = "SupplierView")))
    @APIResponse(responseCode = "409", description = "A supplier with this code exists (of concurrent registrations of one code, one is 201, the others 409)")
    public Response register(NewSupplierDto supplier, @Context UriInfo uri) {
        SupplierView created = SupplierView.of(suppliers.register(NewSupplierDto.toCommand(supplier)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @GET
    @Allowed({Role.COORDINATOR, Role.SUPPLIER})
    @Operation(operationId = "listSuppliers", summary = "The cooperatives (coordinator: all; a supplier: its own)")
    public List<SupplierView> list() {
        return suppliers.list().stream().map(SupplierView::of).toList();
    }

    @GET
    @Path("{code}")
    @Allowed({Role.COORDINATOR, Role.SUPPLIER})
    @Operation(operationId = "getSupplier", summary = "One cooperative (coordinator, or that supplier)")
    public SupplierView get(@PathParam("code") String code) {
        return SupplierView.of(suppliers.get(code));
    }

    @POST
    @Path("{code}/catalogues")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Allowed({Role.COORDINATOR, Role.SUPPLIER})
    @Operation(summary = "Import a catalogue CSV as the supplier's next version (that supplier, coordinator). "
            + "400 with every error by line and column when anything is wrong; then nothing is imported.")
    @RequestBody(description = "The catalogue in the core CSV format (see README): ; or , separated, UTF-8 with or without BOM")
    public Response upload(@PathParam("code") String code, InputStream csv, @Context UriInfo uri) {
        CatalogueImportService.ImportedCatalogue imported = suppliers.uploadCatalogue(code, csv);
        return Response.created(uri.getBaseUriBuilder().path("catalogues").path(Long.toString(imported.id())).path("products").build())
                .entity(new ImportedCatalogueView(imported.id(), imported.version(), imported.productCount()))
                .build();
    }

    @GET
    @Path("{code}/catalogues")
    @Allowed({Role.COORDINATOR, Role.SUPPLIER})
    @Operation(summary = "The supplier's catalogue versions, newest first")
    public List<CatalogueView> catalogues(@PathParam("code") String code) {
        return suppliers.catalogues(code).stream().map(CatalogueView::of).toList();
    }
}
