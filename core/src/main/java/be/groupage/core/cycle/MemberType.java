package be.groupage.core.cycle;

/** What kind of body a member is: a public social-welfare centre or an association (ASBL). */
public enum MemberType {
    CPAS,
    ASSOCIATION
}
