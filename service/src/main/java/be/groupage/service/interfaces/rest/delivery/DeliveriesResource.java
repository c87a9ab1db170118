package be.groupage.service.interfaces.rest.delivery;

import be.groupage.core.delivery.DeliveryState;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.delivery.PeppolDeliveries;
import be.groupage.service.interfaces.rest.common.Allowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Peppol delivery of issued invoices and credit notes: states, one document's, resending a failed one. */
@Path("deliveries")
@Tag(name = "Peppol delivery")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveriesResource {

    @Inject
    PeppolDeliveries deliveries;

    /** Whether delivery is configured, and to what. */
    public record DeliveryStatusView(boolean configured, String accessPoint) {
    }

    @GET
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(operationId = "listDeliveries", summary = "The Peppol deliveries of issued invoices and credit notes, most recently changed first "
            + "(at most 500), in one state or all")
    @APIResponse(responseCode = "200", description = "the deliveries")
    @APIResponse(responseCode = "400", description = "state is not QUEUED, SENT, DELIVERED, FAILED or TO_SEND_BY_HAND")
    public List<DeliveryView> list(@Parameter(description = "QUEUED, SENT, DELIVERED, FAILED or TO_SEND_BY_HAND") @QueryParam("state") String state) {
        return deliveries.list(state(state)).stream().map(DeliveryView::of).toList();
    }

    @GET
    @Path("status")
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(operationId = "getDeliveryStatus", summary = "Whether an access point is configured (without one, deliveries stay queued) and which")
    @APIResponse(responseCode = "200", description = "configured or not, and the endpoint or SMP used")
    public DeliveryStatusView status() {
        PeppolDeliveries.Status status = deliveries.status();
        return new DeliveryStatusView(status.configured(), status.accessPoint());
    }

    @GET
    @Path("{number}")
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(operationId = "getDelivery", summary = "The Peppol delivery of one invoice or credit note, by its number")
    @APIResponse(responseCode = "200", description = "its state, attempts, next attempt, reason, AS4 message and receipt")
    @APIResponse(responseCode = "404", description = "no document of that number, or its UBL is not stored yet")
    public DeliveryView get(@PathParam("number") String number) {
        return DeliveryView.of(deliveries.ofDocument(number));
    }

    @POST
    @Path("{number}/resend")
    @Allowed(Role.FINANCE)
    @Operation(operationId = "resendDelivery", summary = "Sends a failed delivery (or one to send by hand) again: queued for the next tick, "
            + "attempts from zero")
    @APIResponse(responseCode = "200", description = "the delivery, queued again")
    @APIResponse(responseCode = "404", description = "no delivery for that number")
    @APIResponse(responseCode = "409", description = "the delivery is queued, sent or delivered, or its member has no Peppol identifier")
    public DeliveryView resend(@PathParam("number") String number) {
        return DeliveryView.of(deliveries.resend(number));
    }

    private static Optional<DeliveryState> state(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DeliveryState.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("state", "is one of " + Arrays.stream(DeliveryState.values()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ", not '" + text + "'");
        }
    }
}
