package be.groupage.service.infrastructure.persistence.common;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** The first answer to a POST sent with an Idempotency-Key, kept so that a retry gets the same answer. */
@Entity
@Table(name = "idempotency_record")
@NamedQuery(name = "Idempotency.byKey", query = "SELECT r FROM IdempotencyRecordEntity r WHERE r.key = :key")
public class IdempotencyRecordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "record_key", nullable = false, unique = true)
    private String key;
    @Column(name = "request_hash", nullable = false)
    private String requestHash;
    @Column(name = "request_line", nullable = false)
    private String requestLine;
    private Integer status;
    @Column(name = "content_type")
    private String contentType;
    private String location;
    @Lob
    private byte[] body;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecordEntity() {
    }

    public IdempotencyRecordEntity(String key, String requestHash, String requestLine, Instant createdAt) {
        this.key = key;
        this.requestHash = requestHash;
        this.requestLine = requestLine;
        this.createdAt = createdAt;
    }

    public void complete(int statusCode, String type, String locationHeader, byte[] content) {
        this.status = statusCode;
        this.contentType = type;
        this.location = locationHeader;
        this.body = content;
    }

    public String key() {
        return key;
    }

    public String requestHash() {
        return requestHash;
    }

    public String requestLine() {
        return requestLine;
    }

    public Integer status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public String location() {
        return location;
    }

    public byte[] body() {
        return body;
    }
}
