-- An allocation and a delivery belong to a member's order in the cycle, not only to some member: their member
-- now refers to the order (cycle_id, member_id), which the (cycle_id, member_id, …) key they already have serves.
-- The member-only key each had for its own foreign key goes: one B-tree fewer to write per row, and a cycle of
-- a million order lines writes a million of each (the close and the reception spent most of their time so).
ALTER TABLE cycle_allocation
    DROP FOREIGN KEY fk_cycle_allocation_member,
    ADD CONSTRAINT fk_cycle_allocation_order FOREIGN KEY (cycle_id, member_id) REFERENCES member_order (cycle_id, member_id);
ALTER TABLE cycle_allocation DROP INDEX fk_cycle_allocation_member;

ALTER TABLE delivery
    DROP FOREIGN KEY fk_delivery_member,
    ADD CONSTRAINT fk_delivery_order FOREIGN KEY (cycle_id, member_id) REFERENCES member_order (cycle_id, member_id);
ALTER TABLE delivery DROP INDEX fk_delivery_member;
