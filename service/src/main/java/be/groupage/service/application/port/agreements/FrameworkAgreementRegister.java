package be.groupage.service.application.port.agreements;

import be.groupage.core.cycle.FrameworkAgreement;

import java.time.Instant;
import java.util.List;

/**
 * Recording framework agreements, inside the caller's transaction; reading one with its consumption is
 * the {@code core} {@link be.groupage.core.cycle.FrameworkAgreementRepository}.
 */
public interface FrameworkAgreementRegister {

    boolean exists(String number);

    /**
     * Stores the agreement with its lots and their ceilings; the supplier must be registered.
     * {@code false} when an agreement with that number was stored at the same moment (numbers are unique).
     */
    boolean record(FrameworkAgreement agreement, Instant recordedAt);

    /** The numbers of every agreement, in order. */
    List<String> numbers();
}
