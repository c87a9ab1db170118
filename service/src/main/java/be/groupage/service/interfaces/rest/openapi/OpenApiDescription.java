package be.groupage.service.interfaces.rest.openapi;

import be.groupage.service.application.access.Role;
import be.groupage.service.interfaces.rest.access.MeResource;
import be.groupage.service.interfaces.rest.agreements.FrameworkAgreementsResource;
import be.groupage.service.interfaces.rest.catalogue.CataloguesResource;
import be.groupage.service.interfaces.rest.common.Allowed;
import be.groupage.service.interfaces.rest.common.Problem;
import be.groupage.service.interfaces.rest.cycles.CycleTemplatesResource;
import be.groupage.service.interfaces.rest.cycles.CyclesResource;
import be.groupage.service.interfaces.rest.delivery.DeliveriesResource;
import be.groupage.service.interfaces.rest.invoicing.CycleInvoicesResource;
import be.groupage.service.interfaces.rest.invoicing.CycleInvoicesZipResource;
import be.groupage.service.interfaces.rest.invoicing.ExportsResource;
import be.groupage.service.interfaces.rest.invoicing.InvoicesResource;
import be.groupage.service.interfaces.rest.invoicing.SettingsResource;
import be.groupage.service.interfaces.rest.members.MembersResource;
import be.groupage.service.interfaces.rest.payments.PaymentsResource;
import be.groupage.service.interfaces.rest.payments.RemindersResource;
import be.groupage.service.interfaces.rest.purchaseorders.PurchaseOrderResource;
import be.groupage.service.interfaces.rest.reception.LotsResource;
import be.groupage.service.interfaces.rest.reports.ReportsResource;
import be.groupage.service.interfaces.rest.supplierinvoices.CycleSupplierInvoicesResource;
import be.groupage.service.interfaces.rest.supplierinvoices.SupplierInvoicesResource;
import be.groupage.service.interfaces.rest.suppliers.SuppliersResource;
import be.groupage.service.interfaces.rest.users.UsersResource;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Completes the OpenAPI document so that a standard linter passes it and a generated client knows every error:
 * <ul>
 *   <li>one server, {@code /} (the host that serves the document), instead of the runtime's absolute URL with a
 *       trailing slash, and without Payara's top-level {@code endpoints} member, which OpenAPI 3.0 does not allow;</li>
 *   <li>a {@code Problem} schema (RFC 9457) that every 4xx answer references as {@code application/problem+json};</li>
 *   <li>the answers every operation shares, from the same facts the filters act on: 401 for everyone (nothing under
 *       {@code /api} is open without signing in), 403 when {@link Allowed} lists roles, 404 when the path names
 *       something (it may not exist, or not be the caller's), 400 when a body is read or a POST takes an
 *       {@code Idempotency-Key}, 413 and 415 when a body is read.</li>
 * </ul>
 * What a resource documents itself (a 400 with its own reasons, a 409 and why) is kept as written.
 */
public class OpenApiDescription implements OASFilter {

    /** Every resource of the API; {@code OpenApiDescriptionTest} checks that none is missing. */
    static final List<Class<?>> RESOURCES = List.of(MeResource.class, FrameworkAgreementsResource.class,
            CataloguesResource.class, CyclesResource.class, CycleTemplatesResource.class, DeliveriesResource.class, CycleInvoicesResource.class,
            CycleInvoicesZipResource.class, ExportsResource.class, InvoicesResource.class, SettingsResource.class,
            MembersResource.class, PaymentsResource.class, RemindersResource.class, PurchaseOrderResource.class,
            LotsResource.class, ReportsResource.class, CycleSupplierInvoicesResource.class, SupplierInvoicesResource.class,
            SuppliersResource.class, UsersResource.class);

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url("/")
                .description("The host that serves this document"))));
        dropRuntimeEndpoints(openAPI);
        dropRepeatedTags(openAPI);
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("ProblemError", problemErrorSchema());
        openAPI.getComponents().addSchema("Problem", problemSchema());
        Map<String, Allowed> allowed = allowedByOperationId();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            List<Parameter> shared = Optional.ofNullable(item.getParameters()).orElse(List.of());
            item.getOperations().forEach((method, operation) -> {
                APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
                operation.setResponses(responses);
                boolean body = operation.getRequestBody() != null;
                if (body) {
                    describeFilesAsBinary(operation.getRequestBody().getContent());
                }
                boolean pathNamesSomething = path.contains("{") || shared.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
                if (body) {
                    add(responses, "400", "The body is not one JSON object of the fields this operation takes (malformed-body), "
                            + "or a value is invalid (invalid-input, every error listed with its field or line); nothing is done");
                } else if (method == PathItem.HttpMethod.POST) {
                    add(responses, "400", "The Idempotency-Key header is not a valid key; nothing is done");
                }
                add(responses, "401", "Not signed in (HTTP Basic), or a wrong login or password");
                Allowed rule = allowed.get(operation.getOperationId());
                if (rule == null || rule.value().length > 0) {
                    add(responses, "403", rule == null ? "Open to no one"
                            : "Your role may not do this; it needs " + roles(rule.value()));
                }
                if (pathNamesSomething) {
                    add(responses, "404", "Nothing with this identifier, or nothing the caller may see");
                }
                if (body) {
                    add(responses, "413", "The body is larger than allowed (1 MiB of JSON, 10 MiB of a file)");
                    add(responses, "415", "The body is not of a type this operation takes");
                }
                responses.getAPIResponses().forEach((code, response) -> {
                    if (code.startsWith("4")) {
                        response.setContent(problemContent());
                    }
                });
                operation.setResponses(sorted(responses));
            });
        });
    }

    /**
     * A body read as bytes or a stream (a CSV, a bank statement, a UBL invoice) is described by the runtime as an array
     * without items or an empty object; it is a file: a binary string.
     */
    private static void describeFilesAsBinary(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            Schema schema = media.getSchema();
            boolean json = type.contains("json");
            boolean bare = schema != null && schema.getRef() == null
                    && (schema.getProperties() == null || schema.getProperties().isEmpty())
                    && (schema.getType() == Schema.SchemaType.ARRAY && isEmpty(schema.getItems())
                    || schema.getType() == Schema.SchemaType.OBJECT);
            if (!json && bare) {
                media.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"));
            }
        });
    }

    private static boolean isEmpty(Schema schema) {
        return schema == null || schema.getType() == null && schema.getRef() == null;
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    /** The answers in order of their code, the default last, as a reader looks for them. */
    private static APIResponses sorted(APIResponses responses) {
        Map<String, APIResponse> byCode = new TreeMap<>(responses.getAPIResponses());
        APIResponses ordered = OASFactory.createAPIResponses();
        byCode.forEach((code, response) -> {
            if (!"default".equals(code)) {
                ordered.addAPIResponse(code, response);
            }
        });
        Optional.ofNullable(byCode.get("default")).ifPresent(ordered::defaultValue);
        return ordered;
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An error (RFC 9457): a stable type, a short title, the HTTP status, a human detail, and for bad "
                        + "input every error with the field, or the line and column, it concerns")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri")
                        .description("Stable identifier of the kind of error, e.g. https://groupage.be/problems/conflict"))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/ProblemError")))
                .required(new ArrayList<>(List.of("type", "title", "status")));
    }

    private static Schema problemErrorSchema() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("One thing wrong with the input: a field (lines[3].quantity), or a line and column of a file")
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("line", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("column", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING));
    }

    /**
     * Payara adds a top-level {@code endpoints} map to the document, which OpenAPI 3.0 does not allow; the portable
     * model has no access to it, so it is emptied on Payara's own class (an empty map is not written).
     */
    private static void dropRuntimeEndpoints(OpenAPI openAPI) {
        try {
            Method setEndpoints = openAPI.getClass().getMethod("setEndpoints", Map.class);
            setEndpoints.invoke(openAPI, new TreeMap<String, Object>());
        } catch (NoSuchMethodException elsewhere) {
            // another runtime: nothing of the kind to remove
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Could not remove the runtime's endpoints from the OpenAPI document", e);
        }
    }

    /** Several resources share a tag; the document lists each tag once, by name (so that the document is the same on every start). */
    private static void dropRepeatedTags(OpenAPI openAPI) {
        if (openAPI.getTags() == null) {
            return;
        }
        Map<String, Tag> byName = new TreeMap<>();
        openAPI.getTags().forEach(tag -> byName.merge(tag.getName(), tag,
                (first, next) -> first.getDescription() == null && next.getDescription() != null ? next : first));
        openAPI.setTags(new ArrayList<>(byName.values()));
    }

    /** Each operation's {@link Allowed}, by the operationId it is published under (explicit, else the method name). */
    static Map<String, Allowed> allowedByOperationId() {
        Map<String, Allowed> allowed = new TreeMap<>();
        for (Class<?> resource : RESOURCES) {
            for (Method method : resource.getMethods()) {
                if (!isOperation(method)) {
                    continue;
                }
                String id = Optional.ofNullable(method.getAnnotation(Operation.class)).map(Operation::operationId)
                        .filter(s -> !s.isBlank()).orElse(method.getName());
                Allowed rule = Optional.ofNullable(method.getAnnotation(Allowed.class)).orElse(resource.getAnnotation(Allowed.class));
                if (rule != null) {
                    allowed.put(id, rule);
                }
            }
        }
        return allowed;
    }

    static boolean isOperation(Method method) {
        return method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class)
                || method.isAnnotationPresent(PUT.class) || method.isAnnotationPresent(DELETE.class);
    }

    private static String roles(Role[] roles) {
        return Arrays.stream(roles).map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or "));
    }
}
