package be.groupage.core.costsplit;

import java.util.Objects;

/**
 * Something the coordinator should know about how a cost was split, e.g. that a cost to split by
 * weight was split equally because no member had a weight.
 *
 * @param label     the cost concerned
 * @param requested the rule the cost asked for
 * @param applied   the rule actually applied
 * @param message   a sentence for people
 */
public record SplitNotice(String label, SplitRule requested, SplitRule applied, String message) {
    public SplitNotice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(applied, "applied");
        Objects.requireNonNull(message, "message");
    }
}
