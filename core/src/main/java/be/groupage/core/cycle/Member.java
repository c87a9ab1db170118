package be.groupage.core.cycle;

import java.util.Objects;

/**
 * A buyer of the platform: a CPAS or an association, identified by a short code (used in pooling and
 * its tie-break) and by its KBO number, with its delivery point.
 */
public record Member(String code, String name, MemberType type, KboNumber kbo, DeliveryPoint deliveryPoint) {

    public Member {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kbo, "kbo");
        Objects.requireNonNull(deliveryPoint, "deliveryPoint");
        if (code.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("A member needs a code and a name");
        }
    }

    public static Member of(String code, String name, MemberType type, KboNumber kbo, DeliveryPoint deliveryPoint) {
        return new Member(code, name, type, kbo, deliveryPoint);
    }
}
