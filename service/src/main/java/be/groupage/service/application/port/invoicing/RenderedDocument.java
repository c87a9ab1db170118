package be.groupage.service.application.port.invoicing;

import java.util.Objects;

/**
 * The bytes of an issued document in one format, kept as issued with their SHA-256.
 *
 * @param kind   {@code INVOICE} or {@code CREDIT_NOTE}
 * @param format {@code PDF} or {@code UBL}
 */
public record RenderedDocument(String kind, String number, String format, String mediaType, byte[] content, String sha256) {

    public static final String INVOICE = "INVOICE";
    public static final String CREDIT_NOTE = "CREDIT_NOTE";
    public static final String PDF = "PDF";
    public static final String UBL = "UBL";

    public RenderedDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sha256, "sha256");
    }
}
