package be.groupage.core.cycle;

import java.util.Objects;

/** Where a member's goods are delivered: a short name and the address. */
public record DeliveryPoint(String name, String address) {

    public DeliveryPoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A delivery point needs a name");
        }
    }

    public static DeliveryPoint of(String name, String address) {
        return new DeliveryPoint(name, address);
    }
}
