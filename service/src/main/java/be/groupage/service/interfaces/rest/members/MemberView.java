package be.groupage.service.interfaces.rest.members;

import be.groupage.service.application.port.members.MemberDetails;
import be.groupage.service.interfaces.rest.common.AddressView;

import java.time.LocalDate;

/** A member as the API shows it. */
public record MemberView(String code, String name, String kind, String kbo, String vatNumber, AddressView address,
                         String deliveryPoint, String email, LocalDate joinedOn) {

    static MemberView of(MemberDetails m) {
        return new MemberView(m.code(), m.name(), m.kind().name(), m.kbo(), m.vatNumber().orElse(null), AddressView.of(m.address()),
                m.deliveryPoint(), m.email().orElse(null), m.joinedOn());
    }
}
