package be.groupage.core.cycle;

import java.util.Optional;

/** Where cycles are kept; implemented outside {@code core}. */
public interface CycleRepository {

    Optional<Cycle> findById(long id);

    void save(Cycle cycle);
}
