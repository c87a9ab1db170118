package be.groupage.service.application.port.members;

import be.groupage.core.cycle.MemberType;
import be.groupage.service.application.port.common.PostalAddress;

import java.time.LocalDate;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A member (CPAS or association) as registered: KBO number as 10 digits, VAT number normalised when it
 * has one, the delivery point its goods go to, and the day it joined.
 */
public record MemberDetails(String code, String name, MemberType kind, String kbo, Optional<String> vatNumber,
                            PostalAddress address, String deliveryPoint, Optional<String> email, LocalDate joinedOn) {

    public MemberDetails {
        requireNonNull(code, "code");
        requireNonNull(name, "name");
        requireNonNull(kind, "kind");
        requireNonNull(kbo, "kbo");
        requireNonNull(vatNumber, "vatNumber");
        requireNonNull(address, "address");
        requireNonNull(deliveryPoint, "deliveryPoint");
        requireNonNull(email, "email");
        requireNonNull(joinedOn, "joinedOn");
    }
}
