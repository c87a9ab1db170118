-- An invoice line and an allocation are found by what they belong to, never by a number of their own: an invoice's
-- lines by (invoice_id, position), a cycle's allocations by (cycle_id, member_id, product_code). Each table had both an
-- AUTO_INCREMENT id as its clustered key and that natural key as a unique secondary index, so every row was written
-- into two B-trees. The natural key becomes the primary key and the id goes: one B-tree per row. Issuing 3,000
-- invoices of 333 lines writes a million invoice lines inside the numbering transaction, and closing a cycle of a
-- million order lines a million allocations. Neither id was read by anything.
ALTER TABLE invoice_line
    DROP COLUMN id,
    DROP INDEX uq_invoice_line,
    ADD PRIMARY KEY (invoice_id, position);

ALTER TABLE cycle_allocation
    DROP COLUMN id,
    DROP INDEX uq_cycle_allocation,
    ADD PRIMARY KEY (cycle_id, member_id, product_code);
