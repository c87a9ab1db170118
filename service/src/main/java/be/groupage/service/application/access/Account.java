package be.groupage.service.application.access;

import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in person as the application sees it: login, role, and the member or supplier the account
 * is bound to (a buyer always has a member, a supplier always a cooperative).
 */
public record Account(String login, Role role, Optional<String> memberCode, Optional<String> supplierCode) {

    public Account {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(memberCode, "memberCode");
        Objects.requireNonNull(supplierCode, "supplierCode");
    }

    public boolean is(Role other) {
        return role == other;
    }

    /** Whether this account may act for the given member: a coordinator always, a buyer for its own. */
    public boolean actsForMember(String code) {
        return role == Role.COORDINATOR || (role == Role.BUYER && memberCode.filter(code::equals).isPresent());
    }

    /** Whether this account may act for the given supplier: a coordinator always, a supplier for its own. */
    public boolean actsForSupplier(String code) {
        return role == Role.COORDINATOR || (role == Role.SUPPLIER && supplierCode.filter(code::equals).isPresent());
    }
}
