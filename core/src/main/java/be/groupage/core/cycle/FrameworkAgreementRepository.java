package be.groupage.core.cycle;

import java.util.Optional;

/**
 * Where framework agreements are kept; implemented outside {@code core}. The lots it returns carry
 * their consumption summed over every stored order on them.
 */
public interface FrameworkAgreementRepository {

    Optional<FrameworkAgreement> findByNumber(String number);
}
