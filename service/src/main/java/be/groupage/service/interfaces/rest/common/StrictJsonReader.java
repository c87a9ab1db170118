package be.groupage.service.interfaces.rest.common;

import be.groupage.service.application.common.InvalidInputException;
import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;

/**
 * Reads every JSON request body of the API (a {@code *Dto} or request record of this service) strictly,
 * in place of JSON-B's lenient binding: parsed with JSON-P, then checked against the record's shape and
 * bound by {@link JsonRequestBinding}. The one rule for unknown fields: <b>refused</b>, as every other
 * mismatch (an array for an object, 2<sup>64</sup> or 1.5 for an integer, a number or a boolean for a
 * string). Each answers 400 {@code application/problem+json} naming the field ({@code lines[3].quantity}).
 *
 * <p>The body itself: an empty one, {@code null} or anything but a JSON object is 400 {@code invalid-input}
 * on the field {@code body}; text that is not JSON (cut short, a trailing second value, a duplicated member
 * name, nested deeper than {@value #MAX_DEPTH}) or bytes that are not text in its charset (invalid UTF-8) is
 * 400 {@code malformed-body} with where the parser stopped. What a string may hold is the use cases' rule
 * ({@code InputChecks}, after core's {@code PlainText}: no control character, no lone surrogate).
 *
 * <p>It claims the record types whatever the declared media type (the resources only consume JSON), so no
 * request record reaches the lenient reader; its generic type ({@code Record}, closer than JSON-B's
 * {@code Object}) and its priority make the runtime choose it first.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", MediaType.WILDCARD})
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonReader implements MessageBodyReader<Record> {

    /** No request of this API nests deeper; the parser's own bound (1000) is far more than a body needs. */
    static final int MAX_DEPTH = 32;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of(
            JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE,
            "org.eclipse.parsson.rejectDuplicateKeys", true,
            "org.eclipse.parsson.maxDepth", MAX_DEPTH));

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getName().startsWith("be.groupage.");
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        return JsonRequestBinding.bind(parse(entity, charset(mediaType)), type);
    }

    /** The one JSON value of the body; {@code null} when the body is empty. */
    static JsonValue parse(InputStream entity, Charset charset) throws IOException {
        PushbackInputStream body = new PushbackInputStream(entity, 1);
        if (isEmpty(body, charset)) {
            return null;
        }
        // A reporting decoder: bytes that are not text in the charset (invalid UTF-8) are refused, never read as U+FFFD.
        Reader text = new InputStreamReader(body, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try (JsonParser parser = PARSERS.createParser(text)) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                JsonLocation at = parser.getLocation();
                throw new MalformedBodyException("is not one JSON value: more follows at line " + at.getLineNumber() + ", column "
                        + at.getColumnNumber());
            }
            return value;
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
            throw new MalformedBodyException("is not valid JSON" + where + ": " + e.getMessage());
        } catch (JsonException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new MalformedBodyException("is not valid " + charset.name() + " text: a byte sequence is not a character");
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new MalformedBodyException("is not valid JSON: " + e.getMessage());
        } catch (WebApplicationException e) {
            throw e;
        } catch (RuntimeException e) {
            // JSON-P's own limits come as plain runtime exceptions: a member name given twice ({"line": 1, "line": 2}:
            // which one was meant?) and nesting deeper than MAX_DEPTH.
            throw new MalformedBodyException("is not valid JSON: " + e.getMessage());
        }
    }

    /** Nothing but white space before the end; reads only that white space (for UTF-8 and the one-byte charsets). */
    private static boolean isEmpty(PushbackInputStream body, Charset charset) throws IOException {
        boolean oneByteSpace = charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)
                || charset.equals(StandardCharsets.ISO_8859_1);
        int b = body.read();
        while (oneByteSpace && (b == ' ' || b == '\t' || b == '\n' || b == '\r')) {
            b = body.read();
        }
        if (b < 0) {
            return true;
        }
        body.unread(b);
        return false;
    }

    private static Charset charset(MediaType mediaType) {
        String name = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw InvalidInputException.of("Content-Type", "names a charset that is not known: " + name + " (JSON is UTF-8)");
        }
    }

    /** The body is not (one) JSON text: answered 400 {@code malformed-body} on the field {@code body}. */
    static final class MalformedBodyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedBodyException(String message) {
            super(message);
        }
    }
}
