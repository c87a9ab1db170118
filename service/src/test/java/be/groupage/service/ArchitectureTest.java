package be.groupage.service;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.OptimisticLockException;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers of the service, as sentences: entry points ({@code interfaces}: REST, pages, timers, demo
 * data) call use cases ({@code application}), which decide through {@code core} and reach storage and
 * documents through ports ({@code application.port}) implemented in {@code infrastructure}. Nothing
 * calls back up, and JPA entities never leave persistence.
 *
 * <p>Every rule holds for every class, with one exception named in its rule: the REST error mapping
 * recognises JPA's {@code OptimisticLockException}, which a transaction's commit raises through the use
 * case when two people changed the same row, to answer 409 instead of 500. (The rules were frozen while
 * the cycle, order, reception and invoice queries moved onto ports; that record is empty and gone.)
 *
 * <p>Inside each layer, one package per business capability ({@code access}, {@code agreements}, {@code catalogue},
 * {@code cycles}, {@code document}, {@code invoicing}, {@code members}, {@code purchaseorders}, {@code reception},
 * {@code reports}, {@code suppliers}, {@code users}) beside the layer's shared package ({@code common}, and in
 * persistence {@code schema} and {@code jdbc}); the last rules keep it so: nothing lands flat in a layer's root, the
 * shared package depends on no capability, and the capabilities of the use cases, each with its ports, depend on one
 * another without a cycle.
 */
class ArchitectureTest {

    /** The main classes of the module, imported once; every rule below is checked against them. */
    private static final JavaClasses MAIN = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("be.groupage.service");

    /** One test per rule (each static {@link ArchRule} field), named after the field. */
    @TestFactory
    Stream<DynamicTest> everyRuleHolds() {
        return Arrays.stream(ArchitectureTest.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && ArchRule.class.isAssignableFrom(f.getType()))
                .map(f -> DynamicTest.dynamicTest(f.getName(), () -> rule(f).check(MAIN)));
    }

    private static ArchRule rule(Field field) throws IllegalAccessException {
        field.setAccessible(true);
        return (ArchRule) field.get(null);
    }

    static final ArchRule useCasesNeverCallTheEntryPoints = noClasses().that().resideInAPackage("..service.application..")
            .should().dependOnClassesThat().resideInAPackage("..service.interfaces..")
            .because("the use cases are called by the entry points, never the other way round");

    static final ArchRule adaptersNeverCallTheEntryPoints = noClasses().that().resideInAPackage("..service.infrastructure..")
            .should().dependOnClassesThat().resideInAPackage("..service.interfaces..")
            .because("adapters implement ports; timers and loaders that drive use cases are entry points in interfaces");

    static final ArchRule entitiesLiveInPersistence = classes().that().areAnnotatedWith(Entity.class).or().areAnnotatedWith(Embeddable.class)
            .should().resideInAPackage("..service.infrastructure.persistence..");

    static final ArchRule portsAndDocumentsArePlainJavaOverCore = classes().that()
            .resideInAnyPackage("..service.application.port..", "..service.application.document..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "be.groupage.core..", "be.groupage.service.application..")
            .because("a port says what a use case needs in the domain's words, whatever implements it");

    static final ArchRule useCasesReachAdaptersOnlyThroughPorts = noClasses().that().resideInAPackage("..service.application..")
            .should().dependOnClassesThat().resideInAPackage("..service.infrastructure..")
            .because("use cases depend on ports; the adapters implement them");

    static final ArchRule entryPointsNeverSeeAdapters = noClasses().that().resideInAPackage("..service.interfaces..")
            .should().dependOnClassesThat().resideInAPackage("..service.infrastructure..")
            .because("resources map application read models to views; entities never leave persistence");

    static final ArchRule bankStatementsAreReadIntoCoreForThePaymentsPort = classes().that()
            .resideInAPackage("..service.infrastructure.banking..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.xml.stream..", "jakarta.enterprise.context..",
                    "be.groupage.core..", "..service.application.port.payments..", "..service.infrastructure.banking..")
            .because("a statement file becomes core's statements; what is done with them is the use cases' business");

    static final ArchRule onlyPersistenceUsesJpa = noClasses().that().resideOutsideOfPackage("..service.infrastructure.persistence..")
            .should().dependOnClassesThat(resideInAPackage("jakarta.persistence..").and(not(equivalentTo(OptimisticLockException.class))))
            .because("no EntityManager, JPQL or SQL outside persistence (the REST error mapping may recognise a concurrent update)");

    static final ArchRule everyClassResidesInACapabilityOrTheSharedPackage = noClasses().that().doNotHaveSimpleName("package-info")
            .should().resideInAnyPackage(
                    "be.groupage.service.application", "be.groupage.service.application.port",
                    "be.groupage.service.infrastructure.persistence", "be.groupage.service.interfaces.rest")
            .because("a class belongs to one capability's package (or the layer's shared one), so the folder names say where a change goes");

    static final ArchRule theSharedPackageOfUseCasesDependsOnNoCapability = classes().that()
            .resideInAnyPackage("..service.application.common..", "..service.application.port.common..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta..", "be.groupage.core..",
                    "..service.application.common..", "..service.application.port.common..")
            .because("what every capability shares must not pull one capability into all the others");

    static final ArchRule capabilitiesOfTheUseCasesAreFreeOfCycles = slices().assignedFrom(new CapabilityOfTheUseCases())
            .should().beFreeOfCycles()
            .because("a capability builds on the ones below it; two that need each other are one capability, or share through common");

    static final ArchRule capabilitiesOfPersistenceAreFreeOfCycles = slices().matching("..service.infrastructure.persistence.(*)..")
            .should().beFreeOfCycles();

    static final ArchRule capabilitiesOfTheRestApiAreFreeOfCycles = slices().matching("..service.interfaces.rest.(*)..")
            .should().beFreeOfCycles();

    /** The capability of a class of {@code application}: {@code application.X…} and its ports {@code application.port.X…} are X. */
    static final class CapabilityOfTheUseCases implements SliceAssignment {

        private static final String APPLICATION = "be.groupage.service.application.";

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName() + ".";
            if (!name.startsWith(APPLICATION)) {
                return SliceIdentifier.ignore();
            }
            String rest = name.substring(APPLICATION.length());
            if (rest.startsWith("port.")) {
                rest = rest.substring("port.".length());
            }
            return rest.isEmpty() ? SliceIdentifier.ignore() : SliceIdentifier.of(rest.substring(0, rest.indexOf('.')));
        }

        @Override
        public String getDescription() {
            return "capabilities of the use cases, each with its ports";
        }
    }
}
