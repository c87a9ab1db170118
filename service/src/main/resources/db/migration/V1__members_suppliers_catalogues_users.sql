-- Groupage schema, part 1: parties, catalogues, users, settings, audit.
-- Written for MariaDB 10.11 and 11.4 alike. Money is DECIMAL, never floating point.

CREATE TABLE supplier (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                VARCHAR(40)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    kbo                 CHAR(10)     NOT NULL,
    vat_number          VARCHAR(20)  NULL,
    iban                VARCHAR(34)  NULL,
    bic                 VARCHAR(11)  NULL,
    street              VARCHAR(200) NOT NULL,
    postal_code         VARCHAR(10)  NOT NULL,
    city                VARCHAR(100) NOT NULL,
    country             CHAR(2)      NOT NULL,
    email               VARCHAR(200) NULL,
    minimum_order_value DECIMAL(12, 2) NOT NULL DEFAULT 0,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_supplier_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE member (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    kind           VARCHAR(12)  NOT NULL,
    kbo            CHAR(10)     NOT NULL,
    vat_number     VARCHAR(20)  NULL,
    street         VARCHAR(200) NOT NULL,
    postal_code    VARCHAR(10)  NOT NULL,
    city           VARCHAR(100) NOT NULL,
    country        CHAR(2)      NOT NULL,
    delivery_point VARCHAR(200) NOT NULL,
    email          VARCHAR(200) NULL,
    joined_on      DATE         NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_member_code UNIQUE (code),
    CONSTRAINT ck_member_kind CHECK (kind IN ('CPAS', 'ASSOCIATION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE catalogue (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    supplier_id   BIGINT      NOT NULL,
    version       INT         NOT NULL,
    imported_at   TIMESTAMP(3) NOT NULL,
    imported_by   VARCHAR(80) NOT NULL,
    product_count INT         NOT NULL,
    CONSTRAINT fk_catalogue_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT uq_catalogue_version UNIQUE (supplier_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE product (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    catalogue_id    BIGINT        NOT NULL,
    code            VARCHAR(40)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    producer        VARCHAR(200)  NULL,
    origin          VARCHAR(200)  NULL,
    distance_km     INT           NULL,
    label           VARCHAR(10)   NOT NULL,
    category        VARCHAR(100)  NULL,
    unit            CHAR(3)       NOT NULL,
    case_size       DECIMAL(12, 3) NOT NULL,
    price           DECIMAL(12, 4) NOT NULL,
    vat_rate        DECIMAL(5, 2) NOT NULL,
    variable_weight BOOLEAN       NOT NULL,
    chilled         BOOLEAN       NOT NULL,
    gtin            VARCHAR(14)   NULL,
    min_cases       INT           NOT NULL,
    CONSTRAINT fk_product_catalogue FOREIGN KEY (catalogue_id) REFERENCES catalogue (id),
    CONSTRAINT uq_product_code UNIQUE (catalogue_id, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_product_category ON product (catalogue_id, category);

CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    login         VARCHAR(80)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    member_id     BIGINT       NULL,
    supplier_id   BIGINT       NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP(3) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_user_login UNIQUE (login),
    CONSTRAINT fk_user_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_user_supplier FOREIGN KEY (supplier_id) REFERENCES supplier (id),
    CONSTRAINT ck_user_role CHECK (role IN ('COORDINATOR', 'BUYER', 'SUPPLIER', 'FINANCE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The invoicing party: one row.
CREATE TABLE issuer (
    id                 INT          NOT NULL PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    kbo                CHAR(10)     NOT NULL,
    vat_number         VARCHAR(20)  NOT NULL,
    iban               VARCHAR(34)  NOT NULL,
    bic                VARCHAR(11)  NULL,
    street             VARCHAR(200) NOT NULL,
    postal_code        VARCHAR(10)  NOT NULL,
    city               VARCHAR(100) NOT NULL,
    country            CHAR(2)      NOT NULL,
    email              VARCHAR(200) NULL,
    series_prefix      VARCHAR(10)  NOT NULL DEFAULT '',
    payment_terms_days INT          NOT NULL DEFAULT 30,
    version            BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  TIMESTAMP(3) NOT NULL,
    actor        VARCHAR(80)  NOT NULL,
    action       VARCHAR(60)  NOT NULL,
    subject_type VARCHAR(40)  NOT NULL,
    subject_id   VARCHAR(80)  NOT NULL,
    detail       TEXT         NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_subject ON audit_event (subject_type, subject_id);
