package be.groupage.service.interfaces.rest;

import be.groupage.service.infrastructure.persistence.MemberEntity;

import java.time.LocalDate;

/** A member as the API shows it. */
public record MemberView(String code, String name, String kind, String kbo, String vatNumber, AddressView address,
                         String deliveryPoint, String email, LocalDate joinedOn) {

    static MemberView of(MemberEntity m) {
        return new MemberView(m.code(), m.name(), m.kind(), m.kbo(), m.vatNumber(), AddressView.of(m.address()),
                m.deliveryPoint(), m.email(), m.joinedOn());
    }
}
