-- Groupage schema, part 4: invoices, credit notes, their number series and the documents as issued.
-- Written for MariaDB 10.11 and 11.4 alike. Money is DECIMAL, never floating point.

-- One counter per number series and year (e.g. invoices '' 2026, credit notes 'NC' 2026). A number is
-- taken with SELECT ... FOR UPDATE on its row inside the transaction that issues the document, so two
-- transactions (or two service instances) never take the same number and a rollback gives it back.
CREATE TABLE document_series (
    series        VARCHAR(24) NOT NULL,
    year          INT         NOT NULL,
    last_sequence INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (series, year),
    CONSTRAINT ck_document_series_sequence CHECK (last_sequence >= 0 AND last_sequence <= 999999)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An issued invoice: one per member purchase order of a cycle. Never updated.
CREATE TABLE invoice (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number          VARCHAR(30)    NOT NULL,
    series          VARCHAR(24)    NOT NULL,
    year            INT            NOT NULL,
    sequence        INT            NOT NULL,
    cycle_id        BIGINT         NOT NULL,
    member_id       BIGINT         NOT NULL,
    order_reference VARCHAR(60)    NULL,
    issue_date      DATE           NOT NULL,
    due_date        DATE           NOT NULL,
    delivery_date   DATE           NOT NULL,
    net             DECIMAL(14, 2) NOT NULL,
    vat             DECIMAL(14, 2) NOT NULL,
    gross           DECIMAL(14, 2) NOT NULL,
    prepaid         DECIMAL(14, 2) NOT NULL,
    payable         DECIMAL(14, 2) NOT NULL,
    ogm             CHAR(20)       NOT NULL,
    issued_at       TIMESTAMP(3)   NOT NULL,
    issued_by       VARCHAR(80)    NOT NULL,
    CONSTRAINT uq_invoice_number UNIQUE (number),
    CONSTRAINT uq_invoice_sequence UNIQUE (series, year, sequence),
    CONSTRAINT uq_invoice_cycle_member UNIQUE (cycle_id, member_id),
    CONSTRAINT fk_invoice_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
    CONSTRAINT fk_invoice_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_invoice_member_date ON invoice (member_id, issue_date);
CREATE INDEX ix_invoice_issue_date ON invoice (issue_date);

CREATE TABLE invoice_line (
    id          BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    invoice_id  BIGINT         NOT NULL,
    position    INT            NOT NULL,
    kind        VARCHAR(12)    NOT NULL,
    code        VARCHAR(100)   NOT NULL,
    description VARCHAR(300)   NOT NULL,
    quantity    DECIMAL(14, 3) NOT NULL,
    unit        CHAR(3)        NOT NULL,
    unit_price  DECIMAL(14, 4) NOT NULL,
    vat_rate    DECIMAL(5, 2)  NULL,
    weighed     BOOLEAN        NOT NULL,
    net         DECIMAL(14, 2) NOT NULL,
    CONSTRAINT fk_invoice_line_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id),
    CONSTRAINT uq_invoice_line UNIQUE (invoice_id, position),
    CONSTRAINT ck_invoice_line_kind CHECK (kind IN ('GOODS', 'COST_SHARE', 'SUBSIDY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A credit note, of its own series, correcting one invoice in whole or in part. Never updated.
CREATE TABLE credit_note (
    id         BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number     VARCHAR(30)    NOT NULL,
    series     VARCHAR(24)    NOT NULL,
    year       INT            NOT NULL,
    sequence   INT            NOT NULL,
    invoice_id BIGINT         NOT NULL,
    issue_date DATE           NOT NULL,
    reason     VARCHAR(500)   NOT NULL,
    net        DECIMAL(14, 2) NOT NULL,
    vat        DECIMAL(14, 2) NOT NULL,
    gross      DECIMAL(14, 2) NOT NULL,
    prepaid    DECIMAL(14, 2) NOT NULL,
    payable    DECIMAL(14, 2) NOT NULL,
    issued_at  TIMESTAMP(3)   NOT NULL,
    issued_by  VARCHAR(80)    NOT NULL,
    CONSTRAINT uq_credit_note_number UNIQUE (number),
    CONSTRAINT uq_credit_note_sequence UNIQUE (series, year, sequence),
    CONSTRAINT fk_credit_note_invoice FOREIGN KEY (invoice_id) REFERENCES invoice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_credit_note_issue_date ON credit_note (issue_date);

-- Which invoice line (by position, from 0) and how much of it a credit note credits.
CREATE TABLE credit_note_line (
    id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    credit_note_id        BIGINT         NOT NULL,
    position              INT            NOT NULL,
    invoice_line_position INT            NOT NULL,
    quantity              DECIMAL(14, 3) NOT NULL,
    CONSTRAINT fk_credit_note_line_note FOREIGN KEY (credit_note_id) REFERENCES credit_note (id),
    CONSTRAINT uq_credit_note_line UNIQUE (credit_note_id, position),
    CONSTRAINT ck_credit_note_line_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The documents exactly as issued (PDF and UBL), served byte for byte; the SHA-256 proves it.
CREATE TABLE stored_document (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind       VARCHAR(12)  NOT NULL,
    number     VARCHAR(30)  NOT NULL,
    format     VARCHAR(4)   NOT NULL,
    media_type VARCHAR(60)  NOT NULL,
    content    LONGBLOB     NOT NULL,
    sha256     CHAR(64)     NOT NULL,
    size_bytes INT          NOT NULL,
    created_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_stored_document UNIQUE (kind, number, format),
    CONSTRAINT ck_stored_document_kind CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
    CONSTRAINT ck_stored_document_format CHECK (format IN ('PDF', 'UBL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
