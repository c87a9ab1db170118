package be.groupage.service.application.access;

/** What a signed-in person may do; a buyer acts for one member, a supplier for one cooperative. */
public enum Role {
    COORDINATOR,
    BUYER,
    SUPPLIER,
    FINANCE
}
