-- The weight of one selling unit in kg, for products sold by the piece or unit (empty when the catalogue gives none).
ALTER TABLE product ADD COLUMN piece_weight_kg DECIMAL(10, 3) NULL;
