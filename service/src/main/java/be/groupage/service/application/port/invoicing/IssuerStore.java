package be.groupage.service.application.port.invoicing;

import java.util.Optional;

/** The one invoicing party of the platform, inside the caller's transaction. */
public interface IssuerStore {

    /** The invoicing party, if it was set. */
    Optional<IssuerDetails> current();

    /** Sets the invoicing party, replacing the one set before. */
    IssuerDetails save(IssuerDetails issuer);
}
