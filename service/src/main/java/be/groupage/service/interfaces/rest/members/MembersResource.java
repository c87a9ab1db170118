package be.groupage.service.interfaces.rest.members;

import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.Registrations;
import be.groupage.service.application.members.MemberService;
import be.groupage.service.interfaces.rest.common.AddressDto;
import be.groupage.service.interfaces.rest.common.Allowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** The members (CPAS and associations) of the platform. */
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MembersResource {

    @Inject
    MemberService members;

    /** A member to register, as the coordinator sends it. */
    public record NewMemberDto(String code, String name, String kind, String kbo, String vatNumber, AddressDto address,
                               String deliveryPoint, String email) {

        static Registrations.NewMember toCommand(NewMemberDto m) {
            return m == null ? null : new Registrations.NewMember(m.code(), m.name(), m.kind(), m.kbo(), m.vatNumber(),
                    AddressDto.toInput(m.address()), m.deliveryPoint(), m.email());
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.COORDINATOR)
    @Operation(operationId = "registerMember", summary = "Register a member (coordinator): code, name, kind CPAS|ASSOCIATION, KBO number (mod-97 checked), "
            + "vatNumber?, address, deliveryPoint, email?")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(ref = "MemberView")))
    @APIResponse(responseCode = "409", description = "A member with this code exists (of concurrent registrations of one code, one is 201, the others 409)")
    public Response register(NewMemberDto member, @Context UriInfo uri) {
        MemberView created = MemberView.of(members.register(NewMemberDto.toCommand(member)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @GET
    @Allowed(Role.COORDINATOR)
    @Operation(operationId = "listMembers", summary = "All members, by code (coordinator)")
    public List<MemberView> list() {
        return members.list().stream().map(MemberView::of).toList();
    }

    @GET
    @Path("{code}")
    @Allowed({Role.COORDINATOR, Role.BUYER})
    @Operation(operationId = "getMember", summary = "One member (coordinator; a buyer sees its own member only)")
    public MemberView get(@PathParam("code") String code) {
        return MemberView.of(members.get(code));
    }
}
