package be.groupage.service.interfaces.rest.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over the limit with 413 problem+json: 1 MiB of JSON, 10 MiB of a file (CSV, a bank statement in CODA or CAMT.053 XML, a UBL invoice). A declared
 * length over the limit is refused before reading; a body without one is cut off as it is read.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    static final long JSON_LIMIT = 1L << 20;
    static final long FILE_LIMIT = 10L << 20;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return;
        }
        String type = request.getMediaType() == null ? "" : request.getMediaType().getSubtype();
        long limit = type.contains("csv") || type.equals("plain") || type.equals("xml") || type.equals("octet-stream") ? FILE_LIMIT : JSON_LIMIT;
        if (request.getLength() > limit) {
            request.abortWith(tooLarge(limit));
            return;
        }
        request.setEntityStream(new Limited(request.getEntityStream(), limit));
    }

    private static Response tooLarge(long limit) {
        return Problem.of(413, "Content Too Large", "body-too-large",
                "The request body is larger than the " + (limit >> 20) + " MiB allowed here.").toResponse();
    }

    /** Counts what is read and stops past the limit. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
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

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw new WebApplicationException(tooLarge(limit));
            }
        }
    }
}
