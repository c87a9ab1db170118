package be.groupage.service.application.access;

/** The caller is signed in but its role may not do this (answered 403). */
public class ForbiddenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String detail) {
        super(detail);
    }
}
