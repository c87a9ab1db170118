package be.groupage.core.cycle;

/** A text is not a valid Belgian enterprise (KBO/BCE) number. */
public final class InvalidKboNumberException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidKboNumberException(String message) {
        super(message);
    }
}
