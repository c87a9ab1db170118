package be.groupage.service.interfaces.rest.supplierinvoices;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.port.supplierinvoices.SupplierInvoiceBook;
import be.groupage.service.application.supplierinvoices.SupplierInvoiceService;
import be.groupage.service.interfaces.rest.common.Allowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One of the cooperative's invoices: its match, its file, finance's decision. */
@Path("supplier-invoices/{id}")
@Tag(name = "Supplier invoices")
public class SupplierInvoicesResource {

    @Inject
    SupplierInvoiceService invoices;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(operationId = "getSupplierInvoice", summary = "A supplier invoice with its line-by-line three-way match: each line MATCHED or "
            + "DIFFERS with its findings (unknown product, price, quantity above received or ordered, VAT, unit, line net) and their exact "
            + "amounts, products received but not invoiced, totals checked per VAT rate, and the decision")
    @APIResponse(responseCode = "404", description = "no such supplier invoice")
    public SupplierInvoiceViews.SupplierInvoiceView get(@PathParam("id") long id) {
        return SupplierInvoiceViews.SupplierInvoiceView.of(invoices.invoice(id));
    }

    @GET
    @Path("ubl")
    @Produces(MediaType.APPLICATION_XML)
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(operationId = "getSupplierInvoiceUbl", summary = "The UBL file of a supplier invoice, byte for byte as received (ETag = its SHA-256)")
    @APIResponse(responseCode = "200", description = "the UBL 2.1 XML")
    @APIResponse(responseCode = "404", description = "no such supplier invoice")
    public Response ubl(@PathParam("id") long id) {
        SupplierInvoiceBook.Stored stored = invoices.file(id);
        String name = stored.number().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(stored.content(), MediaType.APPLICATION_XML)
                .header("Content-Disposition", "attachment; filename=\"facture-fournisseur-" + name + ".xml\"")
                .header("ETag", "\"" + stored.sha256() + "\"")
                .build();
    }

    @PUT
    @Path("decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.FINANCE)
    @Operation(operationId = "decideSupplierInvoice", summary = "Records finance's decision, replacing an earlier one: {verdict: APPROVED|DISPUTED, "
            + "note}; a dispute needs a note, and so does approving an invoice that does not match")
    @APIResponse(responseCode = "200", description = "the invoice with its match and the decision")
    @APIResponse(responseCode = "400", description = "no or an unknown verdict, or the note the decision needs is missing or too long")
    @APIResponse(responseCode = "404", description = "no such supplier invoice")
    public SupplierInvoiceViews.SupplierInvoiceView decide(@PathParam("id") long id, SupplierInvoiceViews.DecisionDto decision) {
        if (decision == null) {
            throw InvalidInputException.of("verdict", "is required: APPROVED or DISPUTED");
        }
        return SupplierInvoiceViews.SupplierInvoiceView.of(invoices.decide(id, decision.verdict(), decision.note()));
    }
}
