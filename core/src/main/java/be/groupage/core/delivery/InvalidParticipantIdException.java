package be.groupage.core.delivery;

/** A text is not a Peppol participant identifier this platform can address. */
public final class InvalidParticipantIdException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidParticipantIdException(String message) {
        super(message);
    }
}
