package be.groupage.service.interfaces.rest.users;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.Registrations;
import be.groupage.service.application.users.UserService;
import be.groupage.service.interfaces.rest.common.Allowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Accounts of the people who sign in. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UsersResource {

    @Inject
    UserService users;

    /** An account to create, as the coordinator sends it. */
    public record NewUserDto(String login, String password, String role, String member, String supplier) {

        static Registrations.NewUser toCommand(NewUserDto u) {
            return u == null ? null : new Registrations.NewUser(u.login(), u.password(), u.role(), u.member(), u.supplier());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.COORDINATOR)
    @Operation(summary = "Create an account (coordinator): login, password (8+ characters), role "
            + "COORDINATOR|BUYER|SUPPLIER|FINANCE, member (a buyer's) or supplier (a supplier's)")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(ref = "UserView")))
    @APIResponse(responseCode = "409", description = "An account with this login exists (of concurrent registrations of one code, one is 201, the others 409)")
    public Response create(NewUserDto user, @Context UriInfo uri) {
        UserView created = UserView.of(users.create(NewUserDto.toCommand(user)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.login()).build()).entity(created).build();
    }

    @GET
    @Allowed(Role.COORDINATOR)
    @Operation(operationId = "listUsers", summary = "All accounts (coordinator)")
    public List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }
}
