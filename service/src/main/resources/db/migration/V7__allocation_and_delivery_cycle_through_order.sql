-- An allocation's and a delivery's cycle is already checked through their order (V6: (cycle_id, member_id) refers to
-- member_order, whose cycle_id refers to cycle), so their own foreign key to cycle checked the same thing again, once
-- per row: a million lookups of the one cycle row in a close or a reception of a million lines.
ALTER TABLE cycle_allocation DROP FOREIGN KEY fk_cycle_allocation_cycle;
ALTER TABLE delivery DROP FOREIGN KEY fk_delivery_cycle;
