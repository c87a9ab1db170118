package be.groupage.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The WAR that the service module built, as Arquillian deploys it. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive builtWar() {
        File war = new File(System.getProperty("groupage.war", "../service/target/groupage.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("The service WAR is missing at " + war.getAbsolutePath() + "; build the service module first");
        }
        return ShrinkWrap.create(ZipImporter.class, "groupage.war").importFrom(war).as(WebArchive.class);
    }
}
