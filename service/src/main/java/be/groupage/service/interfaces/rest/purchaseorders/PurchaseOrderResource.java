package be.groupage.service.interfaces.rest.purchaseorders;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.purchaseorders.PurchaseOrderService;
import be.groupage.service.interfaces.rest.common.Allowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** The purchase order to the cooperative. */
@Path("cycles/{id}/purchase-order")
@Tag(name = "Purchase order")
public class PurchaseOrderResource {

    @Inject
    PurchaseOrderService orders;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.COORDINATOR, Role.SUPPLIER})
    @Operation(summary = "The purchase order of a sent cycle as JSON (coordinator; the cycle's supplier)")
    public PurchaseOrderViews.PurchaseOrderView json(@PathParam("id") long id) {
        return PurchaseOrderViews.PurchaseOrderView.of(orders.purchaseOrder(id));
    }

    @GET
    @Produces("application/pdf;qs=0.9")
    @Allowed({Role.COORDINATOR, Role.SUPPLIER})
    @Operation(summary = "The purchase order as PDF, with a packing list per delivery point")
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(orders.pdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"bon-de-commande-cycle-" + id + ".pdf\"").build();
    }

    @GET
    @Produces("text/csv;qs=0.8")
    @Allowed({Role.COORDINATOR, Role.SUPPLIER})
    @Operation(summary = "The purchase order as CSV (UTF-8 with BOM, ';', decimal comma)")
    public Response csv(@PathParam("id") long id) {
        return Response.ok(orders.csv(id), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"bon-de-commande-cycle-" + id + ".csv\"").build();
    }
}
