-- Groupage schema, part 12: the cooperative's invoices to the platform, as received, and finance's decision.
-- Written for MariaDB 10.11 and 11.4 alike. Money is DECIMAL, never floating point.
--
-- The UBL file is kept byte for byte (its SHA-256 proves it); the header columns are what a list shows. The
-- line-by-line three-way match is not stored: it is recomputed from the stored file, the cycle's catalogue
-- version, its pools and its reception (none of which change once the cycle is received), so it never
-- disagrees with them. The decision is stored: APPROVED or DISPUTED, with its note, who and when.
CREATE TABLE supplier_invoice (
    id              BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id     BIGINT         NOT NULL,
    number          VARCHAR(100)   NOT NULL,
    cycle_id        BIGINT         NOT NULL,
    issue_date      DATE           NOT NULL,
    due_date        DATE           NULL,
    order_reference VARCHAR(200)   NULL,
    seller_name     VARCHAR(300)   NOT NULL,
    net             DECIMAL(14, 2) NOT NULL,
    vat             DECIMAL(14, 2) NOT NULL,
    gross           DECIMAL(14, 2) NOT NULL,
    payable         DECIMAL(14, 2) NOT NULL,
    line_count      INT            NOT NULL,
    channel         VARCHAR(12)    NOT NULL,
    content         LONGBLOB       NOT NULL,
    sha256          CHAR(64)       NOT NULL,
    received_at     TIMESTAMP(3)   NOT NULL,
    received_by     VARCHAR(80)    NOT NULL,
    verdict         VARCHAR(12)    NULL,
    decision_note   VARCHAR(1000)  NULL,
    decided_by      VARCHAR(80)    NULL,
    decided_at      TIMESTAMP(3)   NULL,
    CONSTRAINT uq_supplier_invoice_number UNIQUE (supplier_id, number),
    CONSTRAINT fk_supplier_invoice_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_supplier_invoice_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
    CONSTRAINT ck_supplier_invoice_channel CHECK (channel IN ('UPLOAD', 'PEPPOL')),
    CONSTRAINT ck_supplier_invoice_verdict CHECK (verdict IS NULL OR verdict IN ('APPROVED', 'DISPUTED')),
    CONSTRAINT ck_supplier_invoice_decision CHECK ((verdict IS NULL AND decided_by IS NULL AND decided_at IS NULL)
        OR (verdict IS NOT NULL AND decided_by IS NOT NULL AND decided_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_supplier_invoice_cycle ON supplier_invoice (cycle_id);
