package be.groupage.core.purchasing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Finance's decision about a supplier's invoice, who took it and when. A dispute always says why (a note); an
 * approval needs a note only when the match found something, so that paying an invoice that does not match is a
 * written, deliberate decision. The note is plain text, stripped, at most {@value #MAX_NOTE} characters.
 */
public record InvoiceDecision(Verdict verdict, Optional<String> note, String by, Instant at) {

    public static final int MAX_NOTE = 1000;

    public InvoiceDecision {
        Objects.requireNonNull(verdict, "verdict");
        note = Objects.requireNonNull(note, "note").map(String::strip).filter(n -> !n.isEmpty());
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (note.isPresent() && note.get().length() > MAX_NOTE) {
            throw new IllegalArgumentException("A note has at most " + MAX_NOTE + " characters");
        }
    }

    /**
     * Decides about an invoice whose match is {@code report}.
     *
     * @throws IllegalArgumentException when the note the decision needs is missing (the message says why)
     */
    public static InvoiceDecision decide(Verdict verdict, Optional<String> note, MatchReport report, String by, Instant at) {
        InvoiceDecision decision = new InvoiceDecision(verdict, note, by, at);
        if (decision.note().isEmpty() && verdict == Verdict.DISPUTED) {
            throw new IllegalArgumentException("a dispute says why: a note is required");
        }
        if (decision.note().isEmpty() && !Objects.requireNonNull(report, "report").matches()) {
            throw new IllegalArgumentException("the invoice does not match the purchase order and the reception: approving it needs a note");
        }
        return decision;
    }
}
