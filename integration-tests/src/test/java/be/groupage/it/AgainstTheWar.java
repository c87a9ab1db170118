package be.groupage.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * A test class that talks to the built WAR from outside as a client would: Arquillian deploys it once
 * per class on Payara Micro, and {@link #fixtures} makes the class's data through the API at its URL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class AgainstTheWar {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = Fixtures.at(base);
    }

    /** A demo account (password {@code demo}). */
    Api as(String login) {
        return fixtures.as(login);
    }

    Api coordinator() {
        return fixtures.coordinator();
    }
}
