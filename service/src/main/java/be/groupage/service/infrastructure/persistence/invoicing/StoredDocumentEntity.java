package be.groupage.service.infrastructure.persistence.invoicing;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A document (PDF or UBL) exactly as it was issued, with its SHA-256; served byte for byte, never changed. */
@Entity
@Table(name = "stored_document")
@NamedQuery(name = "StoredDocument.find",
        query = "SELECT d FROM StoredDocumentEntity d WHERE d.kind = :kind AND d.number = :number AND d.format = :format")
public class StoredDocumentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String number;
    @Column(nullable = false)
    private String format;
    @Column(name = "media_type", nullable = false)
    private String mediaType;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredDocumentEntity() {
    }

    public StoredDocumentEntity(String kind, String number, String format, String mediaType, byte[] content, String sha256, Instant createdAt) {
        this.kind = kind;
        this.number = number;
        this.format = format;
        this.mediaType = mediaType;
        this.content = content;
        this.sha256 = sha256;
        this.sizeBytes = content.length;
        this.createdAt = createdAt;
    }

    public String number() {
        return number;
    }

    public String format() {
        return format;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] content() {
        return content;
    }

    public String sha256() {
        return sha256;
    }
}
