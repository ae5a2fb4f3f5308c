package nl.voortgang.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of {@code core} in words; the Maven enforcer keeps the same rule for its dependencies. */
@AnalyzeClasses(packages = "nl.voortgang.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule core_uses_nothing_but_the_jdk_and_commons_csv = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("nl.voortgang.core..", "java..", "org.apache.commons.csv..")
            .because("core is embedded by other tools and must stay free of Spring, JDBC and JasperReports");

    @ArchTest
    static final ArchRule core_knows_nothing_of_the_modules_built_on_it = classes()
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("nl.voortgang.batch..", "nl.voortgang.reports..", "nl.voortgang.samples..");

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_circles = slices()
            .matching("nl.voortgang.core.(*)..").should().beFreeOfCycles();
}
