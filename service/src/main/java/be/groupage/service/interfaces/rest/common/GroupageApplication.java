package be.groupage.service.interfaces.rest.common;

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
                        + "errors are application/problem+json (RFC 9457). Request bodies are strict JSON: an unknown field, "
                        + "a value of another JSON type (a string for a number, an array for an object) or a whole number "
                        + "out of range is refused with 400 naming the field."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class GroupageApplication extends Application {
}
