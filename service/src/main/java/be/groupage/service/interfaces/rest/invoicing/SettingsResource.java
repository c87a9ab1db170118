package be.groupage.service.interfaces.rest.invoicing;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.Registrations;
import be.groupage.service.application.invoicing.IssuerService;
import be.groupage.service.interfaces.rest.common.AddressDto;
import be.groupage.service.interfaces.rest.common.Allowed;
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

    /** The invoicing party as the coordinator sends it. */
    public record IssuerSettingsDto(String name, String kbo, String vatNumber, String iban, String bic, AddressDto address, String email,
                                    String seriesPrefix, Integer paymentTermsDays) {

        static Registrations.IssuerSettings toCommand(IssuerSettingsDto i) {
            return i == null ? null : new Registrations.IssuerSettings(i.name(), i.kbo(), i.vatNumber(), i.iban(), i.bic(),
                    AddressDto.toInput(i.address()), i.email(), i.seriesPrefix(), i.paymentTermsDays());
        }
    }

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
    public IssuerView putIssuer(IssuerSettingsDto settings) {
        return IssuerView.of(issuer.put(IssuerSettingsDto.toCommand(settings)));
    }
}
