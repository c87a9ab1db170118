package be.groupage.service.application.common;

/** The thing asked for does not exist, or the caller may not know that it exists (answered 404). */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String detail) {
        super(detail);
    }
}
