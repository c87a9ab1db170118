package be.groupage.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * Journeys through the pages in headless Chromium against the built WAR, deployed once per class: a fresh browser
 * for each test, and a screenshot of where each one ended in {@code target/screenshots/last/}, to look at when one
 * fails.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class InChromium {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(base);
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        if (browser != null) {
            try {
                browser.screenshot("last/" + test.getTestMethod().map(m -> m.getName()).orElse("test"));
            } finally {
                browser.close();
            }
        }
    }
}
