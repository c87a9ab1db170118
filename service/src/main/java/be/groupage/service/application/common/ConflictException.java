package be.groupage.service.application.common;

/** The request is well-formed but the current state forbids it (answered 409 with the reason). */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String detail) {
        super(detail);
    }
}
