package be.groupage.it;

import com.helger.base.io.iface.IHasInputStream;
import com.helger.collection.commons.CommonsArrayList;
import com.helger.collection.commons.ICommonsList;
import com.helger.http.header.HttpHeaderMap;
import com.helger.mime.IMimeType;
import com.helger.phase4.attachment.IAS4IncomingAttachmentFactory;
import com.helger.phase4.attachment.WSS4JAttachment;
import com.helger.phase4.crypto.AS4CryptoFactoryInMemoryKeyStore;
import com.helger.phase4.ebms3header.Ebms3SignalMessage;
import com.helger.phase4.ebms3header.Ebms3UserMessage;
import com.helger.phase4.error.AS4ErrorList;
import com.helger.phase4.incoming.AS4IncomingMessageMetadata;
import com.helger.phase4.incoming.AS4IncomingProfileSelectorConstant;
import com.helger.phase4.incoming.AS4IncomingReceiverConfiguration;
import com.helger.phase4.incoming.AS4RequestHandler;
import com.helger.phase4.incoming.IAS4IncomingMessageMetadata;
import com.helger.phase4.incoming.IAS4IncomingMessageState;
import com.helger.phase4.incoming.IAS4ResponseAbstraction;
import com.helger.phase4.incoming.crypto.AS4IncomingSecurityConfiguration;
import com.helger.phase4.incoming.spi.AS4MessageProcessorResult;
import com.helger.phase4.incoming.spi.AS4SignalMessageProcessorResult;
import com.helger.phase4.incoming.spi.IAS4IncomingMessageProcessorSPI;
import com.helger.phase4.model.pmode.IPMode;
import com.helger.phase4.model.pmode.resolve.AS4DefaultPModeResolver;
import com.helger.phase4.profile.peppol.AS4PeppolProfileRegistarSPI;
import com.helger.scope.mgr.ScopeManager;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.w3c.dom.Node;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * A Peppol access point of our own on a loopback port, for the tests: phase4's AS4 request handler (the one its
 * servlet runs) behind the JDK's HTTP server, with the Peppol AS4 profile, a self-signed key and no SMP. It checks the
 * signature and decrypts what it receives, keeps each user message's payload (the SBD with the invoice) and answers the
 * signed AS4 receipt, as a real receiving access point does.
 */
final class LocalAs4Receiver implements AutoCloseable {

    /** One user message received: its AS4 message id, the sending party and the payload as decrypted and decompressed. */
    record Received(String messageId, String fromParty, byte[] payload) {
    }

    private static final Object SCOPE_LOCK = new Object();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final AS4CryptoFactoryInMemoryKeyStore crypto;
    private final String endpoint;
    private final List<Received> received;

    private LocalAs4Receiver(int port, AS4CryptoFactoryInMemoryKeyStore crypto, List<Received> received) throws IOException {
        this.crypto = crypto;
        this.received = received;
        this.endpoint = "http://127.0.0.1:" + port + "/as4";
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
        server.createContext("/as4", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Starts a receiver on {@code port} (0: any free one) with this key, trusting what the truststore holds. */
    static LocalAs4Receiver start(int port, KeyStore keys, String alias, char[] password, KeyStore trust) throws IOException {
        return start(port, new AS4CryptoFactoryInMemoryKeyStore(keys, alias, password, trust), new CopyOnWriteArrayList<>());
    }

    /** Starts again on the same port with the same key, keeping what was received. */
    LocalAs4Receiver restart() throws IOException {
        return start(port(), crypto, received);
    }

    private static LocalAs4Receiver start(int port, AS4CryptoFactoryInMemoryKeyStore crypto, List<Received> received) throws IOException {
        synchronized (SCOPE_LOCK) {
            if (!ScopeManager.isGlobalScopePresent()) {
                ScopeManager.onGlobalBegin("local-as4-receiver");
            }
        }
        return new LocalAs4Receiver(port, crypto, received);
    }

    int port() {
        return server.getAddress().getPort();
    }

    String endpoint() {
        return "http://127.0.0.1:" + port() + "/as4";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        HttpHeaderMap headers = new HttpHeaderMap();
        exchange.getRequestHeaders().forEach((name, values) -> values.forEach(v -> headers.addHeader(name, v)));
        Response response = new Response();
        try (InputStream body = exchange.getRequestBody();
             AS4RequestHandler handler = new AS4RequestHandler(AS4IncomingMessageMetadata.createForRequest()
                     .setRemoteAddr(exchange.getRemoteAddress().getAddress().getHostAddress())
                     .setRemotePort(exchange.getRemoteAddress().getPort()))) {
            handler.setCryptoFactory(crypto)
                    .setPModeResolver(new AS4DefaultPModeResolver(AS4PeppolProfileRegistarSPI.AS4_PROFILE_ID))
                    .setIncomingProfileSelector(new AS4IncomingProfileSelectorConstant(AS4PeppolProfileRegistarSPI.AS4_PROFILE_ID))
                    .setIncomingReceiverConfiguration(new AS4IncomingReceiverConfiguration().setReceiverEndpointAddress(endpoint))
                    .setIncomingSecurityConfiguration(AS4IncomingSecurityConfiguration.createDefaultInstance())
                    .setIncomingAttachmentFactory(IAS4IncomingAttachmentFactory.DEFAULT_INSTANCE)
                    .setProcessorSupplier(() -> new CommonsArrayList<>(new Keeper()));
            handler.handleRequest(body, headers, response);
        } catch (Exception e) {
            response.status = 500;
            response.content = ("AS4 request failed: " + e).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            response.mimeType = "text/plain";
        }
        if (response.mimeType != null) {
            exchange.getResponseHeaders().set("Content-Type", response.mimeType);
        }
        response.headers.forEachSingleHeader((name, value) -> exchange.getResponseHeaders().add(name, value), false);
        byte[] content = response.content == null ? new byte[0] : response.content;
        exchange.sendResponseHeaders(response.status, content.length == 0 ? -1 : content.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(content);
        }
    }

    /** Keeps the payload of each user message and accepts it, so that the handler answers the receipt. */
    private final class Keeper implements IAS4IncomingMessageProcessorSPI {

        @Override
        public AS4MessageProcessorResult processAS4UserMessage(IAS4IncomingMessageMetadata metadata, HttpHeaderMap headers,
                                                               Ebms3UserMessage userMessage, IPMode pmode, Node payload,
                                                               ICommonsList<WSS4JAttachment> attachments, IAS4IncomingMessageState state,
                                                               AS4ErrorList errors) {
            if (attachments == null || attachments.size() != 1) {
                return AS4MessageProcessorResult.createFailure();
            }
            try (InputStream in = attachments.get(0).getSourceStream()) {
                String from = userMessage.getPartyInfo().getFrom().getPartyIdAtIndex(0).getValue();
                received.add(new Received(userMessage.getMessageInfo().getMessageId(), from, in.readAllBytes()));
                return AS4MessageProcessorResult.createSuccess();
            } catch (IOException e) {
                return AS4MessageProcessorResult.createFailure();
            }
        }

        @Override
        public AS4SignalMessageProcessorResult processAS4SignalMessage(IAS4IncomingMessageMetadata metadata, HttpHeaderMap headers,
                                                                       Ebms3SignalMessage signal, IPMode pmode, IAS4IncomingMessageState state,
                                                                       AS4ErrorList errors) {
            return AS4SignalMessageProcessorResult.createSuccess();
        }

        @Override
        public void processAS4ResponseMessage(IAS4IncomingMessageMetadata metadata, IAS4IncomingMessageState state, String messageId,
                                              byte[] response, boolean wasSent, AS4ErrorList errors) {
            // the receipt goes back synchronously; nothing to keep
        }
    }

    /** What the handler answers, written back to the HTTP exchange. */
    private static final class Response implements IAS4ResponseAbstraction {
        int status = 200;
        String mimeType;
        byte[] content;
        final HttpHeaderMap headers = new HttpHeaderMap();

        @Override
        public void setContent(byte[] bytes, Charset charset) {
            content = bytes;
        }

        @Override
        public void setContent(HttpHeaderMap extraHeaders, IHasInputStream stream) {
            extraHeaders.forEachSingleHeader(headers::addHeader, false);
            try (InputStream in = stream.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                in.transferTo(out);
                content = out.toByteArray();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void setMimeType(IMimeType type) {
            mimeType = type.getAsString();
        }

        @Override
        public void setStatus(int code) {
            status = code;
        }
    }

    /** Stops listening: the endpoint refuses connections until {@link #restart()}. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
