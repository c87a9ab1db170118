package be.groupage.service.interfaces.rest.cycles;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.cycles.CycleService;
import be.groupage.service.application.cycles.OrderService;
import be.groupage.service.application.reception.ReceptionService;
import be.groupage.service.interfaces.rest.agreements.FrameworkAgreementsResource;
import be.groupage.service.interfaces.rest.common.Allowed;
import be.groupage.service.interfaces.rest.common.DeadlockVictims;
import be.groupage.service.interfaces.rest.common.Decimals;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Cycles (group orders): creation, life (open, close, send, cancel), members' orders, consolidation
 * and reception. Times are ISO-8601 instants, amounts EUR excl. VAT unless named gross.
 */
@Path("cycles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cycles")
public class CyclesResource {

    @Inject
    CycleService cycles;

    @Inject
    OrderService orders;

    @Inject
    ReceptionService receptions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.COORDINATOR)
    @Operation(summary = "Creates a cycle in DRAFT on a catalogue version of a supplier (coordinator)",
            description = "caseRounding: ROUND_DOWN, ROUND_UP or TOLERANCE; allocation: PROPORTIONAL or FIRST_COME; shared cost rule: "
                    + "BY_VALUE, BY_WEIGHT, EQUAL or PER_DELIVERY_POINT. Without catalogue, the supplier's latest version. "
                    + "frameworkAgreement and lot go together.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CycleView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, every error listed; nothing saved")
    public Response createCycle(CycleService.NewCycle request, @Context UriInfo uri) {
        CycleView view = CycleView.of(cycles.create(FrameworkAgreementsResource.requireBody(request)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(view.id())).build()).entity(view).build();
    }

    @GET
    @Allowed
    @Operation(summary = "Cycles the caller may see, latest closing first (a buyer: opened cycles; a supplier: its cooperative's)")
    @APIResponse(responseCode = "400", description = "Unknown status")
    public List<CycleView> listCycles(@Parameter(description = "DRAFT, OPEN, CLOSED, ORDERED, RECEIVED, INVOICED or CANCELLED")
                                @QueryParam("status") String status) {
        return cycles.list(Optional.ofNullable(status).filter(s -> !s.isBlank())).stream().map(CycleView::of).toList();
    }

    @GET
    @Path("{id}")
    @Allowed
    @Operation(summary = "One cycle: staff and its supplier see figures over all orders, a buyer only its own order's totals")
    @APIResponse(responseCode = "404", description = "No such cycle, or not one the caller may see")
    @APIResponse(responseCode = "200", description = "The cycle", content = @Content(schema = @Schema(ref = "CycleView")))
    public CycleView getCycle(@PathParam("id") long id) {
        return CycleView.of(cycles.get(id));
    }

    @POST
    @Path("{id}/open")
    @Allowed(Role.COORDINATOR)
    @Operation(summary = "Opens a DRAFT cycle for orders (coordinator)")
    @APIResponse(responseCode = "409", description = "Not DRAFT, or its closing time has passed")
    @APIResponse(responseCode = "200", description = "The cycle, now OPEN", content = @Content(schema = @Schema(ref = "CycleView")))
    public CycleView openCycle(@PathParam("id") long id) {
        return CycleView.of(cycles.open(id));
    }

    @POST
    @Path("{id}/close")
    @Allowed(Role.COORDINATOR)
    @Operation(summary = "Closes an OPEN cycle now and pools its orders into whole cases (coordinator); the deadline timer does the same at closesAt")
    @APIResponse(responseCode = "409", description = "Not OPEN")
    @APIResponse(responseCode = "200", description = "The cycle, now CLOSED, its orders pooled", content = @Content(schema = @Schema(ref = "CycleView")))
    public CycleView closeCycle(@PathParam("id") long id) {
        return CycleView.of(cycles.close(id));
    }

    @POST
    @Path("{id}/send")
    @Allowed(Role.COORDINATOR)
    @Operation(summary = "Sends the consolidated order to the supplier: CLOSED → ORDERED (coordinator)")
    @APIResponse(responseCode = "409", description = "Not CLOSED, or under the supplier's minimum order value (the problem says how much is missing)")
    @APIResponse(responseCode = "200", description = "The cycle, now ORDERED", content = @Content(schema = @Schema(ref = "CycleView")))
    public CycleView sendCycle(@PathParam("id") long id) {
        return CycleView.of(cycles.send(id));
    }

    @POST
    @Path("{id}/cancel")
    @Allowed(Role.COORDINATOR)
    @Operation(summary = "Cancels a cycle before reception (coordinator); its orders stop counting on a framework-agreement lot")
    @APIResponse(responseCode = "409", description = "Already received, invoiced or cancelled")
    @APIResponse(responseCode = "200", description = "The cycle, now CANCELLED", content = @Content(schema = @Schema(ref = "CycleView")))
    public CycleView cancelCycle(@PathParam("id") long id) {
        return CycleView.of(cycles.cancel(id));
    }

    @PUT
    @Path("{id}/orders/{member}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.BUYER, Role.COORDINATOR})
    @Operation(summary = "Replaces a member's order in an OPEN cycle (the member's buyer, coordinator)",
            description = "Send the version you read (body field version, or If-Match) so that a concurrent change is refused with 409 "
                    + "instead of being overwritten. Lines: product code, quantity in the selling unit, optional max accepted when "
                    + "filling cases. An empty line list empties the order.")
    @APIResponse(responseCode = "200", description = "The order as stored, with its new version and estimated total",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid lines (unknown product, quantity not positive or not whole…); nothing saved")
    @APIResponse(responseCode = "404", description = "No such cycle or member, or not the caller's member")
    @APIResponse(responseCode = "409", description = "Cycle not open, framework-agreement ceiling passed (remaining given), or the order changed meanwhile")
    public Response replaceOrder(@PathParam("id") long id, @PathParam("member") String member, OrderService.NewOrder request,
                                 @Parameter(description = "the order version the change is based on, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        OrderService.NewOrder body = FrameworkAgreementsResource.requireBody(request);
        if (body.version() == null && ifMatch != null && !ifMatch.isBlank()) {
            body = new OrderService.NewOrder(body.purchaseOrderRef(), body.lines(), parseVersion(ifMatch));
        }
        OrderService.NewOrder order = body;
        OrderView view = OrderView.of(DeadlockVictims.retried("Replacing the order of " + member + " in cycle " + id,
                () -> orders.replace(id, member, order)));
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @GET
    @Path("{id}/orders/{member}")
    @Allowed({Role.BUYER, Role.COORDINATOR})
    @Operation(summary = "A member's order: lines, and once closed what each line is allocated and why; once received what was delivered")
    @APIResponse(responseCode = "404", description = "No such cycle or member, or not the caller's member")
    public Response getOrder(@PathParam("id") long id, @PathParam("member") String member) {
        OrderView view = OrderView.of(orders.get(id, member));
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    @GET
    @Path("{id}/consolidation")
    @Allowed({Role.COORDINATOR, Role.SUPPLIER})
    @Operation(summary = "The consolidated order: per product ordered, case size, whole cases, allocated, surplus, per member shares; "
            + "per delivery point what to pack (coordinator, the cycle's supplier). A preview until the cycle is closed.")
    @APIResponse(responseCode = "404", description = "No such cycle, or another cooperative's")
    public ConsolidationView getConsolidation(@PathParam("id") long id) {
        return ConsolidationView.of(cycles.consolidation(id));
    }

    /** One product's pooled fill: ordered by all members together, whole cases, what sits in the case being filled. */
    public record CaseFillView(String product, String unit, BigDecimal caseSize, BigDecimal ordered, long fullCases,
                               BigDecimal inOpenCase, BigDecimal missingForNextCase) {
    }

    @GET
    @Path("{id}/case-fill")
    @Allowed
    @Operation(summary = "How full the cases are so far: per product the quantity ordered by all members together, "
            + "the whole cases it makes, what is in the case being filled and what it still misses (totals only; "
            + "anyone who may see the cycle)")
    @APIResponse(responseCode = "404", description = "No such cycle, or one the caller may not see")
    public List<CaseFillView> getCaseFill(@PathParam("id") long id) {
        return cycles.caseFill(id).stream().map(f -> {
            BigDecimal caseSize = f.product().caseSize().amount();
            BigDecimal missing = f.inOpenCase().signum() == 0 ? BigDecimal.ZERO : caseSize.subtract(f.inOpenCase());
            return new CaseFillView(f.product().code(), f.product().unit().code(), Decimals.plain(caseSize), Decimals.plain(f.ordered()),
                    f.fullCases(), Decimals.plain(f.inOpenCase()), Decimals.plain(missing));
        }).toList();
    }

    /** What a reception recorded, and what the coordinator should know (lots withheld past their use-by date, short deliveries…). */
    public record ReceptionView(long cycle, String status, int lines, int deliveries, List<NoticeView> notices) {

        /** Over its key alone, consistent with equals: JSON-B hashes every object it writes (see {@code OrderView#hashCode}). */
        @Override
        public int hashCode() {
            return Long.hashCode(cycle);
        }
    }

    public record NoticeView(String kind, String product, String lot, String message) {
    }

    /** The goods received, per product (per member for weighed goods), with lot and use-by or best-before date. */
    public record ReceptionRequest(List<ReceptionService.ReceivedLine> lines) {
    }

    @POST
    @Path("{id}/reception")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed({Role.COORDINATOR, Role.SUPPLIER})
    @Operation(summary = "Records the delivery of an ORDERED cycle with lots and dates: the cycle becomes RECEIVED (coordinator, the cycle's supplier)",
            description = "Every line names its lot. A line without member is (part of) a product received as a whole, shared "
                    + "among the members as allocated (a short delivery shared with the cycle's allocation strategy; lots served earliest "
                    + "date first); a line with member is the weighing of variable-weight goods for that member. A lot has a useBy or a "
                    + "bestBefore date (or none), not both; a lot past its use-by date is withheld and reported in notices.")
    @APIResponse(responseCode = "400", description = "Invalid lines; nothing saved")
    @APIResponse(responseCode = "409", description = "The cycle is not ORDERED")
    @APIResponse(responseCode = "200", description = "The cycle, now RECEIVED, with what was withheld or short", content = @Content(schema = @Schema(ref = "ReceptionView")))
    public ReceptionView recordReception(@PathParam("id") long id, ReceptionRequest request) {
        ReceptionService.Received received = receptions.receive(id, FrameworkAgreementsResource.requireBody(request).lines());
        return new ReceptionView(received.cycleId(), received.status(), received.lineCount(), received.deliveryCount(),
                received.notices().stream().map(n -> new NoticeView(n.kind().name(), n.productCode(), n.lotNumber().isEmpty() ? null : n.lotNumber(),
                        n.message())).toList());
    }

    private static Long parseVersion(String ifMatch) {
        String text = ifMatch.strip();
        if (text.startsWith("W/")) {
            text = text.substring(2);
        }
        text = text.replace("\"", "");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw be.groupage.service.application.common.InvalidInputException.of("If-Match", "must be the order version, e.g. \"3\": " + ifMatch);
        }
    }
}
