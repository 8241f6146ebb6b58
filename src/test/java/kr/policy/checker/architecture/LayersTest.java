package kr.policy.checker.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture.md, checked on the compiled classes: arrows point down only. */
class LayersTest {
    private static final String BASE = "kr.policy.checker.";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kr.policy.checker");
    }

    @Test
    void arrowsPointDownOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("adapters").definedBy("..checker.api..", "..checker.web..")
                .layer("application").definedBy("..checker.evaluation..", "..checker.history..")
                .layer("services").definedBy("..checker.register..", "..checker.audit..", "..checker.notify..",
                        "..checker.security..", "..checker.archive..")
                .layer("core").definedBy("..checker.judging..", "..checker.problem..", "..checker.app..",
                        "..checker.engine..", "..checker.domain..")
                .layer("base").definedBy("..checker.calendar..")
                .whereLayer("adapters").mayNotBeAccessedByAnyLayer()
                .whereLayer("application").mayOnlyBeAccessedByLayers("adapters")
                .whereLayer("services").mayOnlyBeAccessedByLayers("adapters", "application")
                .whereLayer("core").mayOnlyBeAccessedByLayers("adapters", "application", "services")
                .check(classes);
    }

    @Test
    void theEngineAndTheCalendarKnowNoDomainAndNoFramework() {
        noClasses().that().resideInAnyPackage("..checker.engine..", "..checker.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("..checker.domain..", "..checker.judging..",
                        "..checker.app..", "jakarta.ws.rs..", "io.vertx..", "io.quarkus..")
                .check(classes);
    }

    @Test
    void theApplicationAndTheCoreUseNoHttpTypes() {
        noClasses().that().resideOutsideOfPackages("..checker.api..", "..checker.web..", "..checker.security..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.vertx..",
                        "org.jboss.resteasy..")
                .check(classes);
    }

    /** Spreadsheets are read in one place (the engine's DecisionTable); nothing else knows the library. */
    @Test
    void onlyTheEngineReadsSpreadsheets() {
        noClasses().that().resideOutsideOfPackage("..checker.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.drools.decisiontable..")
                .check(classes);
    }

    /** Adding a domain touches its own folders and Domains: the adapters iterate, they never name one. */
    @Test
    void adaptersNameNoDomain() {
        noClasses().that().resideInAnyPackage("..checker.api..", "..checker.web..", "..checker.evaluation..",
                        "..checker.history..")
                .should().dependOnClassesThat(insideADomainFolder())
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("kr.policy.checker.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** kr.policy.checker.domain.&lt;name&gt;, except the shared reference data in domain.region. */
    private static DescribedPredicate<JavaClass> insideADomainFolder() {
        return DescribedPredicate.describe("reside in a domain's own package", c ->
                c.getPackageName().startsWith(BASE + "domain.")
                        && !c.getPackageName().startsWith(BASE + "domain.region"));
    }
}
