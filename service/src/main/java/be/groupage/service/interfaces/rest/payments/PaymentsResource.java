package be.groupage.service.interfaces.rest.payments;

import be.groupage.core.money.Money;
import be.groupage.core.receivables.Allocation;
import be.groupage.core.receivables.PaymentState;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.common.InvalidInputException.InputError;
import be.groupage.service.application.payments.PaymentsService;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The platform's bank account against the members' invoices: statements imported (CODA or CAMT.053), credits waiting
 * for a person and their confirmation, each invoice's state, the aged balance and the payments for the accounts.
 * Finance staff and the coordinator; a buyer reads the state of its own member's invoices.
 */
@Path("payments")
@Tag(name = "Payments")
public class PaymentsResource {

    @Inject
    PaymentsService payments;

    @POST
    @Path("statements")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, "text/xml", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(operationId = "importBankStatement", summary = "Imports a bank statement file, CODA (text) or CAMT.053 (XML): each credit "
            + "with an invoice's structured communication pays it, the others wait for a person; a statement or a movement seen before "
            + "is never counted again")
    @RequestBody(description = "the CODA or CAMT.053 file as it came from the bank (at most 10 MiB)")
    @APIResponse(responseCode = "200", description = "what each statement of the file did (alreadyImported: true for one imported before)")
    @APIResponse(responseCode = "400", description = "the file has errors (each with its line, column and field), or is of another "
            + "account than the platform's; nothing was imported")
    @APIResponse(responseCode = "403", description = "not finance staff nor the coordinator")
    @APIResponse(responseCode = "413", description = "the file is larger than 10 MiB")
    public PaymentViews.ImportView importStatement(@Parameter(description = "the file's name, kept with the statement") @QueryParam("fileName")
                                                   String fileName, byte[] content) {
        return PaymentViews.ImportView.of(payments.importFile(fileName, content));
    }

    @GET
    @Path("statements")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(operationId = "listBankStatements", summary = "The bank statements imported, latest first")
    @APIResponse(responseCode = "403", description = "not finance staff nor the coordinator")
    public List<PaymentViews.StatementView> statements() {
        return payments.statements().stream().map(PaymentViews.StatementView::of).toList();
    }

    @GET
    @Path("unmatched")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(operationId = "listUnmatchedCredits", summary = "The credits waiting for a person (no valid OGM of an open invoice), each with "
            + "the matcher's suggestions, best first")
    @APIResponse(responseCode = "403", description = "not finance staff nor the coordinator")
    public List<PaymentViews.WaitingView> unmatched() {
        return payments.waiting().stream().map(PaymentViews.WaitingView::of).toList();
    }

    @POST
    @Path("unmatched/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(operationId = "confirmCredit", summary = "Applies a waiting credit as a person decided: to these invoices of the member, the "
            + "rest kept as the member's credit")
    @APIResponse(responseCode = "200", description = "the credit as applied")
    @APIResponse(responseCode = "400", description = "no such member, an invoice not the member's, an amount over what is open or over "
            + "the credit (each error names its field)")
    @APIResponse(responseCode = "404", description = "no credit waits with that id")
    @APIResponse(responseCode = "409", description = "the credit was applied already")
    public PaymentViews.AppliedView confirm(@PathParam("id") long id, PaymentViews.ConfirmationRequest request) {
        if (request == null) {
            throw InvalidInputException.of("member", "is required");
        }
        List<InputError> errors = new ArrayList<>();
        List<Allocation> allocations = new ArrayList<>();
        List<PaymentViews.AllocationRequest> asked = request.allocations() == null ? List.of() : request.allocations();
        for (int i = 0; i < asked.size(); i++) {
            PaymentViews.AllocationRequest a = asked.get(i);
            String field = "allocations[" + i + "]";
            if (a == null || a.invoice() == null || a.invoice().isBlank()) {
                errors.add(InputError.field(field + ".invoice", "is required"));
            } else if (a.amount() == null || a.amount().signum() <= 0 || a.amount().stripTrailingZeros().scale() > 2) {
                errors.add(InputError.field(field + ".amount", "is a positive amount in EUR with at most two decimals"));
            } else if (allocations.stream().anyMatch(x -> x.invoiceNumber().equals(a.invoice().strip()))) {
                errors.add(InputError.field(field + ".invoice", "invoice " + a.invoice().strip() + " is allocated twice"));
            } else {
                allocations.add(Allocation.of(a.invoice().strip(), Money.euros(a.amount())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The confirmation has " + errors.size() + " error(s); nothing was applied.", errors);
        }
        return PaymentViews.AppliedView.of(payments.confirm(id, request.member() == null ? null : request.member().strip(), allocations));
    }

    @GET
    @Path("receivables")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.FINANCE, Role.COORDINATOR, Role.BUYER})
    @Operation(operationId = "listReceivables", summary = "Every invoice's state on a day (ISSUED, PARTLY_PAID, PAID, OVERDUE, CANCELLED) "
            + "with what was paid and credited, what is open and the payments and credit notes that settled it; a buyer: its member's only")
    @APIResponse(responseCode = "400", description = "asOf is not a date or state is not a state")
    @APIResponse(responseCode = "403", description = "not finance staff nor the coordinator")
    public List<PaymentViews.ReceivableView> receivables(@Parameter(description = "the day, YYYY-MM-DD (today)") @QueryParam("asOf") String asOf,
                                                         @Parameter(description = "member code") @QueryParam("member") String member,
                                                         @Parameter(description = "ISSUED, PARTLY_PAID, PAID, OVERDUE or CANCELLED") @QueryParam("state")
                                                         String state) {
        return payments.receivables(day(asOf), Optional.ofNullable(member).filter(m -> !m.isBlank()).map(String::strip), state(state))
                .stream().map(PaymentViews.ReceivableView::of).toList();
    }

    @GET
    @Path("receivables/{invoice}")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.FINANCE, Role.COORDINATOR, Role.BUYER})
    @Operation(operationId = "getReceivable", summary = "One invoice's state on a day, with the payments and credit notes that settled it")
    @APIResponse(responseCode = "400", description = "asOf is not a date")
    @APIResponse(responseCode = "404", description = "no such invoice (or, to a buyer, another member's)")
    public PaymentViews.ReceivableView receivable(@PathParam("invoice") String invoice,
                                                  @Parameter(description = "the day, YYYY-MM-DD (today)") @QueryParam("asOf") String asOf) {
        return PaymentViews.ReceivableView.of(payments.receivable(invoice, day(asOf)));
    }

    @GET
    @Path("aged-balance")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(operationId = "agedBalance", summary = "Each member's open amounts by days past the due date (0–30, 31–60, 61–90, > 90) "
            + "and its credit on account")
    @APIResponse(responseCode = "400", description = "asOf is not a date")
    @APIResponse(responseCode = "403", description = "not finance staff nor the coordinator")
    public List<PaymentViews.AgedBalanceView> agedBalance(@Parameter(description = "the day, YYYY-MM-DD (today)") @QueryParam("asOf") String asOf) {
        return payments.agedBalances(day(asOf)).stream().map(PaymentViews.AgedBalanceView::of).toList();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(operationId = "exportPayments", summary = "The payments booked between two dates for the accounts: a line per invoice a "
            + "credit paid and per amount kept as a member's credit, with how it was matched (';', decimal comma, UTF-8 with BOM)")
    @APIResponse(responseCode = "400", description = "from or to missing or not a date, or to before from")
    @APIResponse(responseCode = "403", description = "not finance staff nor the coordinator")
    public Response export(@Parameter(description = "YYYY-MM-DD", required = true) @QueryParam("from") String from,
                           @Parameter(description = "YYYY-MM-DD", required = true) @QueryParam("to") String to) {
        LocalDate f = QueryDates.required("from", from);
        LocalDate t = QueryDates.required("to", to);
        return Response.ok(payments.paymentsCsv(f, t), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"paiements-" + f + "-" + t + ".csv\"").build();
    }

    private LocalDate day(String asOf) {
        return QueryDates.optional("asOf", asOf).orElseGet(payments::today);
    }

    private static Optional<PaymentState> state(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PaymentState.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("state", "is ISSUED, PARTLY_PAID, PAID, OVERDUE or CANCELLED, not '" + text + "'");
        }
    }
}
