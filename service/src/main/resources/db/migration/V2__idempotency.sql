-- Idempotency-Key support for POSTs that create things: the first answer is kept and replayed.
CREATE TABLE idempotency_record (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    record_key    VARCHAR(64)  NOT NULL,
    request_hash  CHAR(64)     NOT NULL,
    request_line  VARCHAR(300) NOT NULL,
    status        INT          NULL,
    content_type  VARCHAR(100) NULL,
    location      VARCHAR(500) NULL,
    body          LONGBLOB     NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_idempotency_key UNIQUE (record_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
