package be.groupage.service.application.port.catalogue;

import be.groupage.core.catalogue.Label;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Which products of a catalogue version to list: each criterion is optional; category and producer
 * match whole, case ignored; text is searched in code, name and producer, case ignored.
 */
public record ProductQuery(Optional<Label> label, Optional<String> category, Optional<String> producer, Optional<String> text) {

    public ProductQuery {
        requireNonNull(label, "label");
        requireNonNull(category, "category");
        requireNonNull(producer, "producer");
        requireNonNull(text, "text");
    }
}
