package be.groupage.service.interfaces.rest.cycles;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.cycles.CycleTemplates;
import be.groupage.service.interfaces.rest.agreements.FrameworkAgreementsResource;
import be.groupage.service.interfaces.rest.common.Allowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Recurring cycles: a cycle saved as a template, repeated every week or every two weeks. */
@Path("cycle-templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cycles")
@Allowed(Role.COORDINATOR)
public class CycleTemplatesResource {

    @Inject
    CycleTemplates templates;

    /** Repeat that cycle: {@code cadence} WEEKLY or FORTNIGHTLY. */
    public record NewCycleTemplateDto(Long cycle, String cadence) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCycleTemplate", summary = "Saves a cycle as a template repeated every week or two weeks (coordinator)",
            description = "cadence: WEEKLY or FORTNIGHTLY. The next two cycles are created at once as DRAFTs (same cooperative, "
                    + "rules, lot, shared costs and subsidies, on the cooperative's current catalogue, the same weekday and "
                    + "Brussels hours), then kept two ahead; each opens by itself at its opening time.")
    @APIResponse(responseCode = "201", description = "Saved, with the cycles created from it",
            content = @Content(schema = @Schema(implementation = CycleTemplateView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input (unknown or cancelled cycle, unknown cadence), every error listed; nothing saved")
    @APIResponse(responseCode = "409", description = "The cycle is already repeated by a running template")
    public Response createCycleTemplate(NewCycleTemplateDto request, @Context UriInfo uri) {
        NewCycleTemplateDto body = FrameworkAgreementsResource.requireBody(request);
        CycleTemplateView view = CycleTemplateView.of(templates.create(new CycleTemplates.NewTemplate(body.cycle(), body.cadence())));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()).entity(view).build();
    }

    @GET
    @Operation(operationId = "listCycleTemplates", summary = "Every cycle template, running or stopped, newest first (coordinator)")
    public List<CycleTemplateView> listCycleTemplates() {
        return templates.list().stream().map(CycleTemplateView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCycleTemplate", summary = "One cycle template with the cycles created from it (coordinator)")
    @APIResponse(responseCode = "404", description = "No such template")
    public CycleTemplateView getCycleTemplate(@PathParam("id") long id) {
        return CycleTemplateView.of(templates.get(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "stopCycleTemplate", summary = "Stops a cycle template: no further cycle is created (coordinator)",
            description = "The cycles already created stay; cancel them one by one if they should not take place. Stopping twice is harmless.")
    @APIResponse(responseCode = "404", description = "No such template")
    public CycleTemplateView stopCycleTemplate(@PathParam("id") long id) {
        return CycleTemplateView.of(templates.stop(id));
    }
}
