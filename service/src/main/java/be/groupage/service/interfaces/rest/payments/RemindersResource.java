package be.groupage.service.interfaces.rest.payments;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.payments.ReminderService;
import be.groupage.service.interfaces.rest.common.Allowed;
import be.groupage.service.interfaces.rest.common.QueryDates;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Payment reminders (rappels): which are due, sending them, and each one's PDF with the amount open, the invoice's
 * OGM and its EPC QR code. The first comes {@code groupage.reminders.first-after-days} days after the due date, the
 * second {@code groupage.reminders.second-after-days} days after the first. Finance staff and the coordinator only.
 */
@Path("reminders")
@Tag(name = "Payments")
public class RemindersResource {

    @Inject
    ReminderService reminders;

    @GET
    @Path("due")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(operationId = "listDueReminders", summary = "The reminders due on a day (not sent yet), earliest due invoice first")
    @APIResponse(responseCode = "400", description = "asOf is not a date")
    @APIResponse(responseCode = "403", description = "not finance staff nor the coordinator")
    public List<PaymentViews.DueReminderView> due(@Parameter(description = "the day, YYYY-MM-DD (today)") @QueryParam("asOf") String asOf) {
        return reminders.due(QueryDates.optional("asOf", asOf)).stream().map(PaymentViews.DueReminderView::of).toList();
    }

    @GET
    @Path("policy")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(operationId = "getReminderPolicy", summary = "When reminders are due: the first so many days after the due date, the "
            + "second so many days after the first (groupage.reminders.first-after-days and second-after-days)")
    @APIResponse(responseCode = "403", description = "not finance staff nor the coordinator")
    public PaymentViews.ReminderPolicyView policy() {
        return PaymentViews.ReminderPolicyView.of(reminders.policy());
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(operationId = "sendDueReminders", summary = "Sends every reminder due on the letters' date (today, or up to 31 days ahead "
            + "for a prepared mailing): each is recorded once, with what was open, and its PDF is ready")
    @APIResponse(responseCode = "200", description = "the reminders sent (empty when none was due)")
    @APIResponse(responseCode = "400", description = "date is not a date, is in the past or more than 31 days ahead")
    @APIResponse(responseCode = "409", description = "the invoicing party is not set")
    public List<PaymentViews.SentReminderView> send(@Parameter(description = "the letters' date, YYYY-MM-DD (today)") @QueryParam("date") String date) {
        return reminders.sendDue(QueryDates.optional("date", date)).stream().map(PaymentViews.SentReminderView::of).toList();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(operationId = "listReminders", summary = "The reminders sent, latest first")
    @APIResponse(responseCode = "403", description = "not finance staff nor the coordinator")
    public List<PaymentViews.SentReminderView> sent() {
        return reminders.sent().stream().map(PaymentViews.SentReminderView::of).toList();
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Allowed({Role.FINANCE, Role.COORDINATOR})
    @Operation(operationId = "getReminderPdf", summary = "A reminder as PDF, in French: the amount open when it was sent, the invoice's OGM "
            + "and the EPC QR code to pay it")
    @APIResponse(responseCode = "200", description = "the PDF")
    @APIResponse(responseCode = "404", description = "no such reminder")
    @APIResponse(responseCode = "409", description = "the invoicing party is not set")
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(reminders.pdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"rappel-" + id + ".pdf\"").build();
    }
}
