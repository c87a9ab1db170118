package be.groupage.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Every package of {@code core} depends on what its {@code package-info.java} says and nothing more, as
 * sentences; the library knows no framework, no database and nothing of the service that deploys it.
 */
class CoreArchitectureTest {

    /** The main classes of the module, imported once; every rule below is checked against them. */
    private static final JavaClasses MAIN = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("be.groupage.core");

    /** One test per rule (each static {@link ArchRule} field), named after the field. */
    @TestFactory
    Stream<DynamicTest> everyRuleHolds() {
        return Arrays.stream(CoreArchitectureTest.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && ArchRule.class.isAssignableFrom(f.getType()))
                .map(f -> DynamicTest.dynamicTest(f.getName(), () -> rule(f).check(MAIN)));
    }

    private static ArchRule rule(Field field) throws IllegalAccessException {
        field.setAccessible(true);
        return (ArchRule) field.get(null);
    }

    private static final String JDK = "java..";

    static final ArchRule noFrameworkNoDatabaseNoService = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("jakarta..", "javax..", "java.sql..", "be.groupage.service..", "org.eclipse..", "org.hibernate..");

    static final ArchRule noCyclesBetweenPackages = slices().matching("be.groupage.core.(*)..").should().beFreeOfCycles();

    static final ArchRule moneyDependsOnTheJdkOnly = only("money");

    static final ArchRule textDependsOnTheJdkOnly = only("text");

    static final ArchRule accessDependsOnTheJdkOnly = only("access");

    static final ArchRule nothingDependsOnAccess = noClasses().that().resideOutsideOfPackage("..core.access..")
            .should().dependOnClassesThat().resideInAPackage("..core.access..");

    static final ArchRule catalogueDependsOnMoneyTextAndCommonsCsv = only("catalogue", "..core.money..", "..core.text..", "org.apache.commons.csv..");

    static final ArchRule costSplitDependsOnMoney = only("costsplit", "..core.money..");

    static final ArchRule invoicingDependsOnMoney = only("invoicing", "..core.money..");

    static final ArchRule paymentDependsOnMoney = only("payment", "..core.money..");

    static final ArchRule bankingDependsOnMoneyAndPayment = only("banking", "..core.money..", "..core.payment..");

    static final ArchRule receivablesDependOnMoneyPaymentBankingAndInvoicing = only("receivables", "..core.money..", "..core.payment..",
            "..core.banking..", "..core.invoicing..");

    static final ArchRule deliveryDependsOnCycle = only("delivery", "..core.cycle..");

    static final ArchRule cycleDependsOnMoneyAndCatalogue = only("cycle", "..core.money..", "..core.catalogue..");

    static final ArchRule poolingDependsOnMoneyCatalogueAndCycle = only("pooling", "..core.money..", "..core.catalogue..", "..core.cycle..");

    static final ArchRule receptionDependsOnMoneyAndPooling = only("reception", "..core.money..", "..core.pooling..");

    static final ArchRule reportsDependOnMoneyReceptionAndCatalogue = only("reports", "..core.money..", "..core.reception..",
            "..core.catalogue..");

    static final ArchRule settlementDependsOnWhatItSettles = only("settlement", "..core.money..", "..core.reception..",
            "..core.costsplit..", "..core.invoicing..", "..core.catalogue..", "..core.cycle..");

    static final ArchRule nothingDependsOnSettlement = noClasses().that().resideOutsideOfPackage("..core.settlement..")
            .should().dependOnClassesThat().resideInAPackage("..core.settlement..");

    private static ArchRule only(String pkg, String... allowed) {
        String[] packages = new String[allowed.length + 2];
        packages[0] = JDK;
        packages[1] = "be.groupage.core." + pkg + "..";
        System.arraycopy(allowed, 0, packages, 2, allowed.length);
        return classes().that().resideInAPackage("be.groupage.core." + pkg + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(packages)
                .because("its package-info.java says so");
    }
}
