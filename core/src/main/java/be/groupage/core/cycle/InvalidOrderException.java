package be.groupage.core.cycle;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Lines of a whole order are not acceptable: every refused line, by its position in the order as submitted. */
public final class InvalidOrderException extends CycleException {
    private static final long serialVersionUID = 1L;

    private final SortedMap<Integer, String> refusedLines;

    public InvalidOrderException(String memberCode, SortedMap<Integer, String> refusedLines) {
        super("The order of " + memberCode + " has " + refusedLines.size() + " refused line(s): " + refusedLines.entrySet().stream()
                .map(e -> "line " + (e.getKey() + 1) + ": " + e.getValue()).collect(Collectors.joining("; ")));
        this.refusedLines = Collections.unmodifiableSortedMap(new TreeMap<>(refusedLines));
    }

    /** Why each refused line was refused, by its position (from 0) in the order as submitted. */
    public SortedMap<Integer, String> refusedLines() {
        return refusedLines;
    }
}
