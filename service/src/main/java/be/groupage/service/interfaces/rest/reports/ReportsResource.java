package be.groupage.service.interfaces.rest.reports;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.reports.ReportService;
import be.groupage.service.interfaces.rest.common.Allowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reports over received cycles. */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportsResource {

    @Inject
    ReportService reports;

    @GET
    @Path("members")
    @Allowed({Role.COORDINATOR, Role.FINANCE})
    @Operation(summary = "Per member over a period of delivery dates: kg, value excl. VAT of what was delivered, organic and "
            + "short-circuit shares in percent (coordinator, finance)")
    @APIResponse(responseCode = "400", description = "from or to missing or not an ISO date, or to before from")
    public MembersReportView membersReport(@Parameter(description = "first delivery date, e.g. 2026-01-01") @QueryParam("from") String from,
                                     @Parameter(description = "last delivery date, inclusive") @QueryParam("to") String to) {
        return MembersReportView.of(reports.members(from, to));
    }
}
