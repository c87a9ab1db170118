package be.groupage.service.application.port.suppliers;

import be.groupage.service.application.port.common.TakenKeyException;
import java.util.List;
import java.util.Optional;

/** The registered cooperatives, by code, inside the caller's transaction. */
public interface SupplierDirectory {

    boolean exists(String code);

    /**
     * Stores a new supplier now; its code must not be taken.
     *
     * @throws TakenKeyException when another transaction stored the code first (the database's unique key refused it)
     */
    SupplierDetails register(SupplierDetails supplier);

    Optional<SupplierDetails> byCode(String code);

    /** Every supplier, by code. */
    List<SupplierDetails> all();
}
