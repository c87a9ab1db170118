package be.groupage.core.receivables;

import be.groupage.core.banking.StatementEntry;

import java.util.List;
import java.util.Objects;

/**
 * A credit that was not applied on its own, with the suggestions for it, best first (possibly none: then a
 * person allocates it by hand, or keeps it on a member's account).
 */
public record PendingCredit(StatementEntry credit, List<Suggestion> suggestions) {

    public PendingCredit {
        Objects.requireNonNull(credit, "credit");
        suggestions = List.copyOf(Objects.requireNonNull(suggestions, "suggestions"));
    }
}
