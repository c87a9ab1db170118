package be.groupage.service.interfaces.rest.agreements;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.agreements.FrameworkAgreementService;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;

/** Framework agreements (public procurement) with their lots, ceilings and consumption. */
@Path("framework-agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Framework agreements")
public class FrameworkAgreementsResource {

    @Inject
    FrameworkAgreementService agreements;

    /** A framework agreement to record: dates as ISO text, lots with their ceilings. */
    public record NewAgreementDto(String number, String supplier, String validFrom, String validTo, List<NewLotDto> lots) {

        FrameworkAgreementService.NewAgreement toCommand() {
            return new FrameworkAgreementService.NewAgreement(number, supplier, validFrom, validTo, lots == null ? null
                    : lots.stream().map(l -> l == null ? null : new FrameworkAgreementService.NewLot(l.code(), l.ceiling())).toList());
        }
    }

    /** A lot and its ceiling in EUR excl. VAT. */
    public record NewLotDto(String code, BigDecimal ceiling) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.COORDINATOR)
    @Operation(summary = "Records a framework agreement with its lots and their ceilings in EUR excl. VAT (coordinator)")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = FrameworkAgreementView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, every error listed; nothing saved")
    @APIResponse(responseCode = "409", description = "An agreement with this number exists")
    public Response createFrameworkAgreement(NewAgreementDto request, @Context UriInfo uri) {
        FrameworkAgreementView view = FrameworkAgreementView.of(agreements.create(requireBody(request).toCommand()));
        return Response.created(uri.getAbsolutePathBuilder().path(view.number()).build()).entity(view).build();
    }

    @GET
    @Allowed(Role.COORDINATOR)
    @Operation(summary = "All framework agreements with, per lot, consumed, remaining, percent and a warning from 90% (coordinator)")
    public List<FrameworkAgreementView> listFrameworkAgreements() {
        return agreements.list().stream().map(FrameworkAgreementView::of).toList();
    }

    @GET
    @Path("{number}")
    @Allowed(Role.COORDINATOR)
    @Operation(summary = "One framework agreement with its lots' consumption (coordinator)")
    @APIResponse(responseCode = "404", description = "No such agreement")
    public FrameworkAgreementView getFrameworkAgreement(@PathParam("number") String number) {
        return FrameworkAgreementView.of(agreements.get(number));
    }

    public static <T> T requireBody(T body) {
        if (body == null) {
            throw be.groupage.service.application.common.InvalidInputException.of("body", "A JSON body is required.");
        }
        return body;
    }
}
