-- Groupage schema, part 3: framework agreements, cycles, member orders, pooling results, reception.
-- Written for MariaDB 10.11 and 11.4 alike. Money and quantities are DECIMAL, never floating point.

-- A framework agreement of the central purchasing body with a supplier, and its lots with a ceiling
-- in value (EUR excl. VAT).
CREATE TABLE framework_agreement (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number      VARCHAR(40)  NOT NULL,
    supplier_id BIGINT       NOT NULL,
    valid_from  DATE         NOT NULL,
    valid_to    DATE         NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_framework_agreement_number UNIQUE (number),
    CONSTRAINT fk_framework_agreement_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT ck_framework_agreement_period CHECK (valid_to >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE framework_lot (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agreement_id BIGINT         NOT NULL,
    code         VARCHAR(40)    NOT NULL,
    ceiling      DECIMAL(14, 2) NOT NULL,
    CONSTRAINT fk_framework_lot_agreement FOREIGN KEY (agreement_id) REFERENCES framework_agreement (id),
    CONSTRAINT uq_framework_lot_code UNIQUE (agreement_id, code),
    CONSTRAINT ck_framework_lot_ceiling CHECK (ceiling > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A group order on one catalogue version (prices frozen), optionally under a framework-agreement lot.
CREATE TABLE cycle (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title         VARCHAR(200) NOT NULL,
    supplier_id   BIGINT       NOT NULL,
    catalogue_id  BIGINT       NOT NULL,
    status        VARCHAR(12)  NOT NULL,
    opens_at      TIMESTAMP(3) NOT NULL,
    closes_at     TIMESTAMP(3) NOT NULL,
    delivery_date DATE         NOT NULL,
    case_rounding VARCHAR(12)  NOT NULL,
    allocation    VARCHAR(12)  NOT NULL,
    lot_id        BIGINT       NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    created_by    VARCHAR(80)  NOT NULL,
    opened_at     TIMESTAMP(3) NULL,
    closed_at     TIMESTAMP(3) NULL,
    closed_by     VARCHAR(80)  NULL,
    ordered_at    TIMESTAMP(3) NULL,
    received_at   TIMESTAMP(3) NULL,
    invoiced_at   TIMESTAMP(3) NULL,
    cancelled_at  TIMESTAMP(3) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_cycle_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_cycle_catalogue FOREIGN KEY (catalogue_id) REFERENCES catalogue (id),
    CONSTRAINT fk_cycle_lot FOREIGN KEY (lot_id) REFERENCES framework_lot (id),
    CONSTRAINT ck_cycle_status CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'ORDERED', 'RECEIVED', 'INVOICED', 'CANCELLED')),
    CONSTRAINT ck_cycle_rounding CHECK (case_rounding IN ('ROUND_DOWN', 'ROUND_UP', 'TOLERANCE')),
    CONSTRAINT ck_cycle_allocation CHECK (allocation IN ('PROPORTIONAL', 'FIRST_COME')),
    CONSTRAINT ck_cycle_period CHECK (closes_at > opens_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The automatic closing looks for OPEN cycles past their closing time.
CREATE INDEX ix_cycle_status_closes ON cycle (status, closes_at);

CREATE TABLE cycle_shared_cost (
    id       BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id BIGINT         NOT NULL,
    position INT            NOT NULL,
    label    VARCHAR(100)   NOT NULL,
    amount   DECIMAL(12, 2) NOT NULL,
    vat_rate DECIMAL(5, 2)  NOT NULL,
    rule     VARCHAR(20)    NOT NULL,
    CONSTRAINT fk_cycle_shared_cost_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
    CONSTRAINT uq_cycle_shared_cost UNIQUE (cycle_id, label),
    CONSTRAINT ck_cycle_shared_cost_rule CHECK (rule IN ('BY_VALUE', 'BY_WEIGHT', 'EQUAL', 'PER_DELIVERY_POINT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cycle_subsidy (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id       BIGINT         NOT NULL,
    position       INT            NOT NULL,
    label          VARCHAR(100)   NOT NULL,
    percent        DECIMAL(5, 2)  NOT NULL,
    cap_per_member DECIMAL(12, 2) NULL,
    CONSTRAINT fk_cycle_subsidy_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
    CONSTRAINT uq_cycle_subsidy UNIQUE (cycle_id, label),
    CONSTRAINT ck_cycle_subsidy_percent CHECK (percent >= 0 AND percent <= 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A member's order in a cycle. committed_value is what it weighs on a framework-agreement lot
-- (each line's maximum, or quantity, at catalogue price); version guards concurrent edits.
CREATE TABLE member_order (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id           BIGINT         NOT NULL,
    member_id          BIGINT         NOT NULL,
    purchase_order_ref VARCHAR(60)    NULL,
    committed_value    DECIMAL(14, 2) NOT NULL DEFAULT 0,
    updated_at         TIMESTAMP(3)   NOT NULL,
    updated_by         VARCHAR(80)    NOT NULL,
    version            BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_member_order_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
    CONSTRAINT fk_member_order_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uq_member_order UNIQUE (cycle_id, member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_member_order_member ON member_order (member_id);

CREATE TABLE order_line (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id     BIGINT         NOT NULL,
    product_code VARCHAR(40)    NOT NULL,
    quantity     DECIMAL(12, 3) NOT NULL,
    maximum      DECIMAL(12, 3) NULL,
    ordered_at   TIMESTAMP(3)   NOT NULL,
    CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES member_order (id) ON DELETE CASCADE,
    CONSTRAINT uq_order_line UNIQUE (order_id, product_code),
    CONSTRAINT ck_order_line_quantity CHECK (quantity > 0),
    CONSTRAINT ck_order_line_maximum CHECK (maximum IS NULL OR maximum >= quantity)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What closing decided: per product the whole cases to order, per member line what it is allocated.
CREATE TABLE cycle_pool (
    id             BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id       BIGINT         NOT NULL,
    product_code   VARCHAR(40)    NOT NULL,
    case_size      DECIMAL(12, 3) NOT NULL,
    cases          INT            NOT NULL,
    ordered        DECIMAL(14, 3) NOT NULL,
    allocated      DECIMAL(14, 3) NOT NULL,
    platform_stock DECIMAL(14, 3) NOT NULL,
    CONSTRAINT fk_cycle_pool_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
    CONSTRAINT uq_cycle_pool UNIQUE (cycle_id, product_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cycle_allocation (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id     BIGINT         NOT NULL,
    member_id    BIGINT         NOT NULL,
    product_code VARCHAR(40)    NOT NULL,
    ordered      DECIMAL(12, 3) NOT NULL,
    allocated    DECIMAL(12, 3) NOT NULL,
    reason       VARCHAR(24)    NOT NULL,
    explanation  VARCHAR(500)   NOT NULL,
    CONSTRAINT fk_cycle_allocation_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
    CONSTRAINT fk_cycle_allocation_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uq_cycle_allocation UNIQUE (cycle_id, member_id, product_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Goods in (one step up): what the supplier delivered, with the lot and its date type.
CREATE TABLE reception_line (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id     BIGINT         NOT NULL,
    product_code VARCHAR(40)    NOT NULL,
    member_id    BIGINT         NULL,
    quantity     DECIMAL(12, 3) NOT NULL,
    lot_code     VARCHAR(60)    NULL,
    use_by       DATE           NULL,
    best_before  DATE           NULL,
    received_at  TIMESTAMP(3)   NOT NULL,
    received_by  VARCHAR(80)    NOT NULL,
    CONSTRAINT fk_reception_line_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
    CONSTRAINT fk_reception_line_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_reception_line_quantity CHECK (quantity >= 0),
    CONSTRAINT ck_reception_line_dates CHECK (use_by IS NULL OR best_before IS NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_reception_line_cycle ON reception_line (cycle_id);

-- Goods out (one step down): what each member received, from which lot. A recall reads it by lot.
CREATE TABLE delivery (
    id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id     BIGINT         NOT NULL,
    member_id    BIGINT         NOT NULL,
    product_code VARCHAR(40)    NOT NULL,
    quantity     DECIMAL(12, 3) NOT NULL,
    lot_code     VARCHAR(60)    NULL,
    use_by       DATE           NULL,
    best_before  DATE           NULL,
    CONSTRAINT fk_delivery_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
    CONSTRAINT fk_delivery_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_delivery_quantity CHECK (quantity >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_delivery_lot ON delivery (lot_code);
CREATE INDEX ix_delivery_cycle_member ON delivery (cycle_id, member_id);
