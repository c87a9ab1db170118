package be.groupage.service.interfaces.rest;

import be.groupage.service.application.IssuerService;
import be.groupage.service.application.Registrations;
import be.groupage.service.application.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Platform settings. */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class SettingsResource {

    @Inject
    IssuerService issuer;

    @GET
    @Path("issuer")
    @Allowed(Role.COORDINATOR)
    @Operation(summary = "The invoicing party (coordinator)")
    public IssuerView getIssuer() {
        return IssuerView.of(issuer.get());
    }

    @PUT
    @Path("issuer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.COORDINATOR)
    @Operation(summary = "Set the invoicing party (coordinator): name, KBO, VAT number, IBAN, BIC, address, series prefix, "
            + "payment terms in days")
    public IssuerView putIssuer(Registrations.IssuerSettings settings) {
        return IssuerView.of(issuer.put(settings));
    }
}
