package be.groupage.service.interfaces.rest.invoicing;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.invoicing.InvoiceQueries;
import be.groupage.service.interfaces.rest.common.Allowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** Every PDF and UBL of a cycle's invoices and credit notes. */
@Path("cycles/{id}/invoices.zip")
@Tag(name = "Invoices")
public class CycleInvoicesZipResource {

    @Inject
    InvoiceQueries queries;

    @GET
    @Produces("application/zip")
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(summary = "A ZIP of the cycle's invoices and credit notes, PDF and UBL, as issued")
    public Response zip(@PathParam("id") long id) {
        return Response.ok(queries.cycleZip(id), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"cycle-" + id + "-factures.zip\"").build();
    }
}
