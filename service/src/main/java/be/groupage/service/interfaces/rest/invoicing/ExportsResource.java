package be.groupage.service.interfaces.rest.invoicing;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.invoicing.InvoiceQueries;
import be.groupage.service.interfaces.rest.common.Allowed;
import be.groupage.service.interfaces.rest.common.QueryDates;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/** Exports for the accounts. */
@Path("exports")
@Tag(name = "Invoices")
public class ExportsResource {

    @Inject
    InvoiceQueries queries;

    @GET
    @Path("accounting.csv")
    @Produces("text/csv")
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(summary = "Invoices and credit notes issued between two dates: date, number, kind, member, KBO, base and VAT per rate, "
            + "totals, OGM, due date (';', decimal comma, UTF-8 with BOM; credit notes negative)")
    public Response accounting(@Parameter(description = "YYYY-MM-DD", required = true) @QueryParam("from") String from,
                               @Parameter(description = "YYYY-MM-DD", required = true) @QueryParam("to") String to) {
        LocalDate f = QueryDates.required("from", from);
        LocalDate t = QueryDates.required("to", to);
        return Response.ok(queries.accountingCsv(f, t), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"comptabilite-" + f + "-" + t + ".csv\"").build();
    }
}
