-- Groupage schema, part 11: the Peppol delivery of issued invoices and credit notes (issue 11).
-- Written for MariaDB 10.11 and 11.4 alike.

-- One delivery per stored UBL document, created by the outbox scan once the document is stored (the stored UBL
-- is what is sent, byte for byte). The state machine lives in core (be.groupage.core.delivery.Delivery):
-- QUEUED -> SENT -> DELIVERED on the AS4 receipt, or FAILED with its reason; TO_SEND_BY_HAND for a member that
-- cannot receive over Peppol. next_attempt_at is when the scheduler may (re)try it: NULL once delivered, sent by
-- hand, or failed with no automatic attempt left (a person resends it).
CREATE TABLE peppol_delivery (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id     BIGINT        NOT NULL,
    kind            VARCHAR(12)   NOT NULL,
    number          VARCHAR(30)   NOT NULL,
    member_id       BIGINT        NOT NULL,
    recipient       VARCHAR(64)   NULL,
    state           VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3)  NULL,
    reason          VARCHAR(1000) NULL,
    message_id      VARCHAR(200)  NULL,
    receipt_id      VARCHAR(200)  NULL,
    queued_at       TIMESTAMP(3)  NOT NULL,
    updated_at      TIMESTAMP(3)  NOT NULL,
    delivered_at    TIMESTAMP(3)  NULL,
    CONSTRAINT uq_peppol_delivery_document UNIQUE (document_id),
    CONSTRAINT uq_peppol_delivery_number UNIQUE (kind, number),
    CONSTRAINT fk_peppol_delivery_document FOREIGN KEY (document_id) REFERENCES stored_document (id),
    CONSTRAINT fk_peppol_delivery_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_peppol_delivery_kind CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
    CONSTRAINT ck_peppol_delivery_state CHECK (state IN ('QUEUED', 'SENT', 'DELIVERED', 'FAILED', 'TO_SEND_BY_HAND')),
    CONSTRAINT ck_peppol_delivery_attempts CHECK (attempts >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The scheduler's question: what is due now.
CREATE INDEX ix_peppol_delivery_due ON peppol_delivery (next_attempt_at);
CREATE INDEX ix_peppol_delivery_state ON peppol_delivery (state, updated_at);

-- Documents issued before Peppol delivery existed were sent otherwise: they are listed as to send by hand (a
-- person may still send one over Peppol with "resend"), never sent on their own when delivery is switched on.
INSERT INTO peppol_delivery (document_id, kind, number, member_id, recipient, state, attempts, next_attempt_at, reason, queued_at,
                             updated_at)
SELECT d.id, d.kind, d.number, COALESCE(i.member_id, ci.member_id),
       CONCAT('0208:', m.kbo), 'TO_SEND_BY_HAND', 0, NULL, 'Issued before Peppol delivery was in place', d.created_at,
       CURRENT_TIMESTAMP(3)
FROM stored_document d
         LEFT JOIN invoice i ON d.kind = 'INVOICE' AND i.number = d.number
         LEFT JOIN credit_note n ON d.kind = 'CREDIT_NOTE' AND n.number = d.number
         LEFT JOIN invoice ci ON ci.id = n.invoice_id
         JOIN member m ON m.id = COALESCE(i.member_id, ci.member_id)
WHERE d.format = 'UBL';
