package be.groupage.service.interfaces.rest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response views hash cheaply and consistently with their equality. JSON-B (Yasson) puts every object it writes
 * into a hash set to detect cycles, so a view holding a list, hashed by the record's own rule, walked the whole list for
 * each element it wrote: a third of an order PUT's CPU (BENCHMARKS.md, 7 December).
 */
class ViewHashesTest {

    private static final List<Class<?>> VIEWS = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("be.groupage.service.interfaces.rest").stream()
            .filter(c -> c.getSimpleName().endsWith("View") && c.reflect().isRecord())
            .map(JavaClass::reflect)
            .toList();

    @TestFactory
    Stream<DynamicTest> aViewHoldingAListHashesWithoutWalkingIt() {
        assertThat(VIEWS).hasSizeGreaterThan(20);
        return VIEWS.stream().filter(ViewHashesTest::holdsACollection)
                .map(view -> DynamicTest.dynamicTest(view.getName(), () -> assertThat(declaresItsOwnHash(view))
                        .as("%s holds a list: it declares a hashCode over its key", view.getName()).isTrue()));
    }

    @TestFactory
    Stream<DynamicTest> equalViewsHashAlike() {
        return VIEWS.stream().map(view -> DynamicTest.dynamicTest(view.getName(), () -> {
            Object one = sample(view);
            Object same = sample(view);
            assertThat(one).isEqualTo(same);
            assertThat(one.hashCode()).isEqualTo(same.hashCode());
        }));
    }

    /** The hash code javac writes for a record is {@code public final}; one the record declares itself is not. */
    private static boolean declaresItsOwnHash(Class<?> view) throws NoSuchMethodException {
        return !Modifier.isFinal(view.getDeclaredMethod("hashCode").getModifiers());
    }

    private static boolean holdsACollection(Class<?> view) {
        return Arrays.stream(view.getRecordComponents()).anyMatch(c -> Collection.class.isAssignableFrom(c.getType()));
    }

    /** A view with the same plain value in every component, freshly made (equal, never the same objects). */
    private static Object sample(Class<?> view) throws ReflectiveOperationException {
        RecordComponent[] components = view.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(types[i]);
        }
        Constructor<?> canonical = view.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return canonical.newInstance(values);
    }

    private static Object value(Class<?> type) throws ReflectiveOperationException {
        Map<Class<?>, Object> plain = Map.of(long.class, 7L, int.class, 7, boolean.class, true, Long.class, 7L, Integer.class, 7);
        if (plain.containsKey(type)) {
            return plain.get(type);
        }
        if (type == String.class) {
            return new String("x7");
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("7.50");
        }
        if (type == Instant.class) {
            return Instant.parse("2026-12-07T10:00:00Z");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 12, 7);
        }
        if (List.class.isAssignableFrom(type)) {
            return List.of(new String("a"), new String("b"));
        }
        if (type.isRecord()) {
            return sample(type);
        }
        return null;
    }
}
