package be.groupage.service.interfaces.rest.access;

import be.groupage.service.application.access.Account;
import be.groupage.service.application.access.CurrentAccount;
import be.groupage.service.interfaces.rest.common.Allowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who is signed in: what the web pages ask first to know whose data to show and which page is theirs. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class MeResource {

    @Inject
    CurrentAccount caller;

    /** The signed-in account: login, role, and the member (a buyer's) or supplier (a supplier's) it acts for. */
    public record MeView(String login, String role, String member, String supplier) {
    }

    @GET
    @Allowed
    @Operation(summary = "The signed-in account: login, role, member?, supplier? (any signed-in user)")
    public MeView me() {
        Account account = caller.require();
        return new MeView(account.login(), account.role().name(), account.memberCode().orElse(null),
                account.supplierCode().orElse(null));
    }
}
