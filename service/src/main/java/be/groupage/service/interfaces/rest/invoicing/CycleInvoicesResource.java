package be.groupage.service.interfaces.rest.invoicing;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.invoicing.InvoiceQueries;
import be.groupage.service.application.invoicing.InvoicingService;
import be.groupage.service.interfaces.rest.common.Allowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

/** Issuing and listing a cycle's invoices. */
@Path("cycles/{id}/invoices")
@Tag(name = "Invoices")
public class CycleInvoicesResource {

    @Inject
    InvoicingService invoicing;

    @Inject
    InvoiceQueries queries;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(summary = "Issues one invoice per member purchase order of a RECEIVED cycle (numbers, PDF, UBL); the cycle becomes INVOICED."
            + " Issuing again issues nothing new and answers 200 with the same invoices")
    @APIResponse(responseCode = "201", description = "invoices issued (as listed by listCycleInvoices)", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "200", description = "already invoiced: the invoices as issued", content = @Content(mediaType = MediaType.APPLICATION_JSON))
    @APIResponse(responseCode = "409", description = "the cycle is not RECEIVED")
    public Response issue(@PathParam("id") long id) {
        InvoicingService.Issued issued = invoicing.issueForCycle(id);
        return Response.status(issued.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(issued.invoices().stream().map(InvoiceViews.InvoiceSummaryView::of).toList()).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.FINANCE, Role.COORDINATOR, Role.BUYER})
    @Operation(operationId = "listCycleInvoices", summary = "The invoices of a cycle (a buyer: its own)")
    public List<InvoiceViews.InvoiceSummaryView> list(@PathParam("id") long id) {
        return queries.list(Optional.of(id), Optional.empty(), Optional.empty(), Optional.empty()).stream()
                .map(InvoiceViews.InvoiceSummaryView::of).toList();
    }
}
