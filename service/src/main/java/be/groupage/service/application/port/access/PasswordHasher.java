package be.groupage.service.application.port.access;

/** Turns a password into a salted, slow hash that can be stored, and checks a password against one. */
public interface PasswordHasher {

    String hash(String password);

    boolean verify(String password, String storedHash);
}
