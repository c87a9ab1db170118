package be.groupage.service.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API: JSON with camelCase names, errors as problem+json, HTTP Basic. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Groupage API", version = "1.0",
                description = "Group purchasing for food-aid platforms: members, catalogues, cycles, orders, "
                        + "consolidation, reception, invoices. Amounts in EUR excl. VAT unless named gross; "
                        + "errors are application/problem+json (RFC 9457)."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class GroupageApplication extends Application {
}
