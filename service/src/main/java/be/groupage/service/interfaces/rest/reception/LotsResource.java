package be.groupage.service.interfaces.rest.reception;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.reception.ReceptionService;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Traceability: which members received a lot (Reg. 178/2002 art. 18). */
@Path("lots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Traceability")
public class LotsResource {

    @Inject
    ReceptionService receptions;

    @GET
    @Path("{lot}/recipients")
    @Allowed(Role.COORDINATOR)
    @Operation(summary = "Recall: the members who received a lot, with quantities, products and cycles (coordinator)")
    @APIResponse(responseCode = "404", description = "No goods of this lot were delivered")
    public RecallView lotRecipients(@PathParam("lot") String lot,
                                    @Parameter(description = "a product code, when two producers use the same lot number") @QueryParam("product") String product) {
        return RecallView.of(receptions.recipients(lot, java.util.Optional.ofNullable(product).filter(p -> !p.isBlank())));
    }
}
