package be.groupage.service.interfaces.rest.openapi;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI filter derives 401/403 from each resource's {@code @Allowed}: it must know every resource. */
class OpenApiDescriptionTest {

    @Test
    void everyResourceOfTheApiIsKnownToTheDescription() {
        Set<String> resources = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.groupage.service.interfaces.rest").stream()
                .filter(c -> c.isAnnotatedWith(Path.class)).map(JavaClass::getName).collect(Collectors.toSet());
        Set<String> known = OpenApiDescription.RESOURCES.stream().map(Class::getName).collect(Collectors.toSet());
        assertThat(resources).hasSizeGreaterThan(15);
        assertThat(known).containsExactlyInAnyOrderElementsOf(resources);
    }

    @Test
    void everyOperationHasItsRulesOfAccessUnderItsOperationId() {
        long operations = OpenApiDescription.RESOURCES.stream().flatMap(r -> java.util.Arrays.stream(r.getMethods()))
                .filter(OpenApiDescription::isOperation).count();
        assertThat(operations).isGreaterThan(50);
        assertThat(OpenApiDescription.allowedByOperationId()).containsKeys("createCycle", "registerMember", "me");
        assertThat(OpenApiDescription.allowedByOperationId().get("me").value()).isEmpty();
    }
}
