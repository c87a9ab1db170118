package be.groupage.service.interfaces.rest.invoicing;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.invoicing.InvoiceQueries;
import be.groupage.service.application.invoicing.InvoicingService;
import be.groupage.service.interfaces.rest.common.Allowed;
import be.groupage.service.interfaces.rest.common.QueryDates;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

/** Issued invoices and credit notes: list, read as JSON, PDF or UBL, and credit. */
@Path("invoices")
@Tag(name = "Invoices")
public class InvoicesResource {

    static final String UBL_XML = "application/xml";
    static final String PDF = "application/pdf";

    @Inject
    InvoiceQueries queries;

    @Inject
    InvoicingService invoicing;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.FINANCE, Role.COORDINATOR, Role.BUYER})
    @Operation(operationId = "listInvoices", summary = "Issued invoices, by number (finance and coordinator: all; a buyer: its member's only)")
    public List<InvoiceViews.InvoiceSummaryView> list(@Parameter(description = "cycle id") @QueryParam("cycle") Long cycle,
                                                      @Parameter(description = "member code") @QueryParam("member") String member,
                                                      @Parameter(description = "issued on or after, YYYY-MM-DD") @QueryParam("from") String from,
                                                      @Parameter(description = "issued on or before, YYYY-MM-DD") @QueryParam("to") String to) {
        return queries.list(Optional.ofNullable(cycle), Optional.ofNullable(member).filter(m -> !m.isBlank()), QueryDates.optional("from", from), QueryDates.optional("to", to))
                .stream().map(InvoiceViews.InvoiceSummaryView::of).toList();
    }

    @GET
    @Path("{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.FINANCE, Role.COORDINATOR, Role.BUYER})
    @Operation(summary = "An invoice (or credit note) as JSON: lines, VAT per rate, totals, OGM, credit notes; another member's is 404")
    public Object json(@PathParam("number") String number) {
        Optional<InvoiceQueries.CreditNoteDetail> note = queries.creditNote(number);
        if (note.isPresent()) {
            return InvoiceViews.CreditNoteView.of(note.get());
        }
        return InvoiceViews.InvoiceView.of(queries.invoice(number));
    }

    @GET
    @Path("{number}")
    @Produces(PDF + ";qs=0.9")
    @Allowed({Role.FINANCE, Role.COORDINATOR, Role.BUYER})
    @Operation(summary = "The PDF of an invoice or credit note, byte for byte as issued (ETag = its SHA-256)")
    @APIResponse(responseCode = "200", description = "the PDF")
    public Response pdf(@PathParam("number") String number) {
        return document(queries.document(number, "PDF"));
    }

    @GET
    @Path("{number}")
    @Produces(UBL_XML + ";qs=0.8")
    @Allowed({Role.FINANCE, Role.COORDINATOR, Role.BUYER})
    @Operation(summary = "The Peppol BIS Billing 3.0 UBL (Invoice or CreditNote) of a document, byte for byte as issued")
    @APIResponse(responseCode = "200", description = "the UBL 2.1 XML")
    public Response ubl(@PathParam("number") String number) {
        return document(queries.document(number, "UBL"));
    }

    @POST
    @Path("{number}/credit-notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(summary = "Issues a credit note for an invoice: the given quantities of its lines (numbered as printed), or all that remains")
    @APIResponse(responseCode = "201", description = "the credit note issued")
    @APIResponse(responseCode = "409", description = "more than remains of a line, or nothing left to credit")
    public Response credit(@PathParam("number") String number, InvoiceViews.CreditNoteRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw InvalidInputException.of("reason", "is required");
        }
        List<InvoicingService.CreditRequest> lines = request.lines() == null ? List.of()
                : request.lines().stream().map(l -> l == null ? null : new InvoicingService.CreditRequest(l.line(), l.quantity())).toList();
        String note = invoicing.creditNote(number, request.reason(), lines);
        return Response.created(uri.getBaseUriBuilder().path("invoices").path(note).build())
                .entity(InvoiceViews.CreditNoteView.of(queries.creditNote(note).orElseThrow())).type(MediaType.APPLICATION_JSON).build();
    }

    static Response document(InvoiceQueries.Document d) {
        return Response.ok(d.content(), d.mediaType())
                .header("Content-Disposition", "inline; filename=\"" + d.fileName() + "\"")
                .header("ETag", "\"" + d.sha256() + "\"")
                .header("Cache-Control", "private, max-age=86400, immutable")
                .build();
    }
}
