-- A recurring cycle: a first cycle repeated every week or every two weeks, with the same cooperative, pooling rule,
-- framework-agreement lot, shared costs and subsidies (read from that cycle), each on the cooperative's current catalogue.
CREATE TABLE cycle_template (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_cycle_id BIGINT       NOT NULL,
    cadence         VARCHAR(12)  NOT NULL,
    created_at      TIMESTAMP(3) NOT NULL,
    created_by      VARCHAR(80)  NOT NULL,
    stopped_at      TIMESTAMP(3) NULL,
    stopped_by      VARCHAR(80)  NULL,
    CONSTRAINT fk_cycle_template_source FOREIGN KEY (source_cycle_id) REFERENCES cycle (id),
    CONSTRAINT ck_cycle_template_cadence CHECK (cadence IN ('WEEKLY', 'FORTNIGHTLY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_cycle_template_source ON cycle_template (source_cycle_id);

-- One row per template and occurrence number, inserted first in the transaction that creates that cycle: the key makes
-- the timers of several instances create each occurrence once (the second insert waits, then finds the row).
CREATE TABLE cycle_template_occurrence (
    template_id BIGINT       NOT NULL,
    occurrence  INT          NOT NULL,
    cycle_id    BIGINT       NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (template_id, occurrence),
    CONSTRAINT fk_cycle_template_occurrence_template FOREIGN KEY (template_id) REFERENCES cycle_template (id),
    CONSTRAINT fk_cycle_template_occurrence_cycle FOREIGN KEY (cycle_id) REFERENCES cycle (id),
    CONSTRAINT uq_cycle_template_occurrence_cycle UNIQUE (cycle_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
