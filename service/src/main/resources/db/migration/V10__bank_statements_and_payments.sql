-- Groupage schema, part 10: the platform's bank statements, the payments matched to invoices, and reminders.
-- Written for MariaDB 10.11 and 11.4 alike. Money is DECIMAL, never floating point.

-- One row, locked (SELECT ... FOR UPDATE) by every change to the receivables (a statement import, a
-- confirmation, a reminder run), so two of them never apply the same bank movement or send a reminder twice.
CREATE TABLE receivables_lock (
    id      INT    NOT NULL PRIMARY KEY,
    changes BIGINT NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO receivables_lock (id, changes) VALUES (1, 0);

-- A bank statement imported from a CODA or CAMT.053 file. The same statement (account, year, number,
-- sequence) is imported once; a second import of it is recognised and changes nothing.
CREATE TABLE bank_statement (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_iban       VARCHAR(34)    NOT NULL,
    statement_year     INT            NOT NULL,
    statement_number   INT            NOT NULL,
    statement_sequence INT            NOT NULL,
    file_format        VARCHAR(8)     NOT NULL,
    file_name          VARCHAR(255)   NOT NULL,
    opening_balance    DECIMAL(14, 2) NOT NULL,
    opening_date       DATE           NOT NULL,
    closing_balance    DECIMAL(14, 2) NOT NULL,
    closing_date       DATE           NOT NULL,
    entry_count        INT            NOT NULL,
    imported_at        TIMESTAMP(3)   NOT NULL,
    imported_by        VARCHAR(80)    NOT NULL,
    CONSTRAINT uq_bank_statement UNIQUE (account_iban, statement_year, statement_number, statement_sequence),
    CONSTRAINT ck_bank_statement_format CHECK (file_format IN ('CODA', 'CAMT053'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A movement on the account, stored by the statement that brought it first. Its key (core's EntryKey) is
-- unique through its SHA-256, so a movement found again in an overlapping statement is never stored twice.
-- A credit is APPLIED (to invoices, the rest kept as the member's credit) or PENDING (waiting for a person);
-- a debit is kept as DEBIT, for the accounts.
CREATE TABLE bank_entry (
    id                       BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    statement_id             BIGINT         NOT NULL,
    position                 INT            NOT NULL,
    entry_key                TEXT           NOT NULL,
    key_sha256               CHAR(64)       NOT NULL,
    direction                CHAR(1)        NOT NULL,
    amount                   DECIMAL(14, 2) NOT NULL,
    booking_date             DATE           NOT NULL,
    value_date               DATE           NOT NULL,
    bank_reference           VARCHAR(200)   NOT NULL,
    transaction_code         VARCHAR(40)    NOT NULL,
    counterparty_name        VARCHAR(500)   NOT NULL,
    counterparty_iban        VARCHAR(34)    NULL,
    counterparty_bic         VARCHAR(11)    NOT NULL,
    structured_communication CHAR(12)       NULL,
    free_communication       TEXT           NOT NULL,
    information              TEXT           NOT NULL,
    state                    VARCHAR(8)     NOT NULL,
    member_code              VARCHAR(40)    NULL,
    excess                   DECIMAL(14, 2) NULL,
    confirmed_by             VARCHAR(80)    NULL,
    applied_at               TIMESTAMP(3)   NULL,
    CONSTRAINT uq_bank_entry_key UNIQUE (key_sha256),
    CONSTRAINT uq_bank_entry_position UNIQUE (statement_id, position),
    CONSTRAINT fk_bank_entry_statement FOREIGN KEY (statement_id) REFERENCES bank_statement (id),
    CONSTRAINT ck_bank_entry_direction CHECK (direction IN ('C', 'D')),
    CONSTRAINT ck_bank_entry_amount CHECK (amount > 0),
    CONSTRAINT ck_bank_entry_state CHECK (state IN ('APPLIED', 'PENDING', 'DEBIT')),
    CONSTRAINT ck_bank_entry_applied CHECK ((state = 'APPLIED') = (member_code IS NOT NULL AND excess IS NOT NULL AND applied_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_bank_entry_state ON bank_entry (state, applied_at);

-- What an applied credit paid of each invoice, in the order allocated.
CREATE TABLE payment_allocation (
    entry_id       BIGINT         NOT NULL,
    position       INT            NOT NULL,
    invoice_number VARCHAR(30)    NOT NULL,
    amount         DECIMAL(14, 2) NOT NULL,
    PRIMARY KEY (entry_id, position),
    CONSTRAINT fk_payment_allocation_entry FOREIGN KEY (entry_id) REFERENCES bank_entry (id),
    CONSTRAINT fk_payment_allocation_invoice FOREIGN KEY (invoice_number) REFERENCES invoice (number),
    CONSTRAINT uq_payment_allocation_invoice UNIQUE (entry_id, invoice_number),
    CONSTRAINT ck_payment_allocation_amount CHECK (amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_payment_allocation_invoice ON payment_allocation (invoice_number);

-- A reminder (rappel) sent for an invoice: the first, then the second, each once, with what was open then.
CREATE TABLE payment_reminder (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    invoice_number VARCHAR(30)    NOT NULL,
    level          VARCHAR(6)     NOT NULL,
    sent_on        DATE           NOT NULL,
    open_amount    DECIMAL(14, 2) NOT NULL,
    days_past_due  INT            NOT NULL,
    created_at     TIMESTAMP(3)   NOT NULL,
    created_by     VARCHAR(80)    NOT NULL,
    CONSTRAINT uq_payment_reminder UNIQUE (invoice_number, level),
    CONSTRAINT fk_payment_reminder_invoice FOREIGN KEY (invoice_number) REFERENCES invoice (number),
    CONSTRAINT ck_payment_reminder_level CHECK (level IN ('FIRST', 'SECOND')),
    CONSTRAINT ck_payment_reminder_open CHECK (open_amount > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
