package be.groupage.service.interfaces.rest.supplierinvoices;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.supplierinvoices.SupplierInvoiceService;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The cooperative's invoices for a cycle: upload one (UBL), list them. */
@Path("cycles/{id}/supplier-invoices")
@Tag(name = "Supplier invoices")
public class CycleSupplierInvoicesResource {

    @Inject
    SupplierInvoiceService invoices;

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.FINANCE)
    @Operation(operationId = "uploadSupplierInvoice", summary = "Uploads the cooperative's Peppol BIS Billing 3.0 UBL invoice for a received "
            + "cycle; answers it with its line-by-line three-way match against the purchase order and the reception")
    @RequestBody(description = "the UBL 2.1 Invoice file, as the cooperative sent it (at most 1 MiB)", required = true)
    @APIResponse(responseCode = "201", description = "stored; Location names it; the body is its match")
    @APIResponse(responseCode = "400", description = "not well-formed XML, not a valid UBL 2.1 Invoice (each error with line and column), "
            + "an element the match needs missing (each named by its path), or a seller that is not the cycle's supplier")
    @APIResponse(responseCode = "404", description = "no such cycle")
    @APIResponse(responseCode = "409", description = "the cycle is not received yet, or the supplier's invoice of that number was received before")
    @APIResponse(responseCode = "413", description = "a body over 1 MiB")
    public Response upload(@PathParam("id") long id, byte[] ubl, @Context UriInfo uri) {
        SupplierInvoiceService.Matched matched = invoices.upload(id, ubl);
        return Response.created(uri.getBaseUriBuilder().path("supplier-invoices").path(String.valueOf(matched.stored().id())).build())
                .entity(SupplierInvoiceViews.SupplierInvoiceView.of(matched)).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(operationId = "listCycleSupplierInvoices", summary = "The cooperative's invoices for a cycle, by number, each with whether it "
            + "matches and its decision")
    @APIResponse(responseCode = "404", description = "no such cycle")
    public List<SupplierInvoiceViews.SupplierInvoiceSummaryView> list(@PathParam("id") long id) {
        return invoices.ofCycle(id).stream().map(SupplierInvoiceViews.SupplierInvoiceSummaryView::of).toList();
    }
}
