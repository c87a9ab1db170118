package be.groupage.service.interfaces.rest;

import be.groupage.service.application.InvoiceQueries;
import be.groupage.service.application.InvoicingService;
import be.groupage.service.application.PurchaseOrderService;
import be.groupage.service.application.Role;
import be.groupage.service.infrastructure.documents.PurchaseOrderDocument;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
