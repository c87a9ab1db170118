package be.groupage.service.interfaces.peppol;

import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.port.supplierinvoices.PeppolInbox;
import be.groupage.service.application.port.supplierinvoices.PeppolInbox.Decision;
import be.groupage.service.application.port.supplierinvoices.PeppolInbox.Incoming;
import be.groupage.service.application.supplierinvoices.SupplierInvoiceService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * {@code POST /as4}: the Peppol AS4 endpoint where the cooperative's access point delivers its invoices. Each business
 * document is handed to {@link SupplierInvoiceService#receiveOverPeppol} (one transaction): taken, the sender gets the
 * signed AS4 receipt; refused (not a BIS Billing 3.0 invoice, not for us, unknown cycle, another seller, a different
 * file under a number already received, a cycle not received yet), the refusal and its reason are written to the audit
 * trail and the log, and the sender gets an AS4 error with the reason. Without a keystore or our participant id, or
 * with {@code groupage.peppol.inbound.enabled=false}, the endpoint answers 503 (problem+json) and takes nothing.
 */
@WebServlet(urlPatterns = PeppolInboxServlet.PATH)
public class PeppolInboxServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/as4";
    private static final Logger LOG = Logger.getLogger(PeppolInboxServlet.class.getName());
    /** An AS4 message larger than this is refused before it is read (Peppol documents are far smaller). */
    private static final long MAX_BYTES = 100L * 1024 * 1024;

    @Inject
    transient PeppolInbox inbox;

    @Inject
    transient SupplierInvoiceService invoices;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!inbox.enabled()) {
            problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "peppol-not-receiving", "Service Unavailable",
                    "This Groupage does not receive Peppol documents: " + inbox.description() + ".");
            return;
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            problem(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too-large", "Content Too Large",
                    "An AS4 message is at most " + MAX_BYTES + " bytes.");
            return;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        PeppolInbox.Reply reply;
        try (InputStream body = new BoundedBody(request.getInputStream(), MAX_BYTES)) {
            reply = inbox.handle(new PeppolInbox.Request(request.getRemoteAddr(), request.getRemotePort(), request.getRequestURL().toString(),
                    headers, body), this::take);
        }
        response.setStatus(reply.status());
        reply.contentType().ifPresent(response::setContentType);
        reply.headers().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        response.setContentLength(reply.body().length);
        response.getOutputStream().write(reply.body());
    }

    /** Takes one received document through the use case; a refusal is recorded before the sender is told. */
    private Decision take(Incoming incoming) {
        String reason;
        try {
            SupplierInvoiceService.Matched matched = invoices.receiveOverPeppol(incoming);
            LOG.info(() -> "Peppol: supplier invoice " + matched.invoice().number() + " of " + matched.stored().supplierCode()
                    + " taken from AS4 message " + incoming.messageId() + " (supplier invoice " + matched.stored().id() + ")");
            return new Decision.Taken("supplier invoice " + matched.stored().id());
        } catch (InvalidInputException e) {
            reason = e.getMessage() + e.errors().stream().map(x -> x.field() + (x.line() == null ? "" : " line " + x.line()) + ": " + x.message())
                    .collect(Collectors.joining("; ", " [", "]"));
        } catch (ConflictException | NotFoundException e) {
            reason = e.getMessage();
        }
        String why = reason;
        LOG.warning(() -> "Peppol: AS4 message " + incoming.messageId() + " from " + incoming.sender() + " refused: " + why);
        try {
            invoices.refusedOverPeppol(incoming, why);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Peppol: the refusal of AS4 message " + incoming.messageId() + " could not be recorded", e);
        }
        return new Decision.Refused(why);
    }

    /** The request body, cut off with an error past the limit (a chunked body states no length beforehand). */
    private static final class BoundedBody extends FilterInputStream {
        private final long limit;
        private long read;

        BoundedBody(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException("An AS4 message is at most " + limit + " bytes");
            }
        }
    }

    private static void problem(HttpServletResponse response, int status, String type, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("type", "https://groupage.be/problems/" + type).add("title", title)
                .add("status", status).add("detail", detail).build().toString());
    }
}
