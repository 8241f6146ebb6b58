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
                        "..checker.ruleset..", "..checker.engine..", "..checker.domain..")
                .layer("base").definedBy("..checker.calendar..", "..checker.text..")
                .whereLayer("adapters").mayNotBeAccessedByAnyLayer()
                .whereLayer("application").mayOnlyBeAccessedByLayers("adapters")
                .whereLayer("services").mayOnlyBeAccessedByLayers("adapters", "application")
                .whereLayer("core").mayOnlyBeAccessedByLayers("adapters", "application", "services")
                .check(classes);
    }

    @Test
    void theEngineAndTheCalendarKnowNoDomainAndNoFramework() {
        noClasses().that().resideInAnyPackage("..checker.ruleset..", "..checker.engine..", "..checker.calendar..",
                        "..checker.text..")
                .should().dependOnClassesThat().resideInAnyPackage("..checker.domain..", "..checker.judging..",
                        "..checker.app..", "jakarta.ws.rs..", "io.vertx..", "io.quarkus..")
                .check(classes);
    }

    /**
     * The run side (sessions, evaluation, fired rules) reads and tests alone, and a warm start never loads a compiler:
     * it knows nothing of building rule sets (ruleset), the DRL parser, the executable-model or decision-table
     * compilers, MVEL, ECJ, POI or JavaParser.
     */
    @Test
    void theRunSideImportsNoCompilerSideType() {
        noClasses().that().resideInAPackage("..checker.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("..checker.ruleset..", "org.drools.drl..",
                        "org.drools.compiler..", "org.drools.model.codegen..", "org.drools.modelcompiler..",
                        "org.drools.decisiontable..", "org.drools.mvel..", "org.mvel2..", "org.eclipse.jdt..",
                        "org.apache.poi..", "com.github.javaparser..")
                .check(classes);
    }

    /** The base (the calendar; words, messages and amounts in words) is used by every layer and uses none. */
    @Test
    void theBaseKnowsNoOtherPackageOfTheService() {
        noClasses().that().resideInAnyPackage("..checker.calendar..", "..checker.text..")
                .should().dependOnClassesThat().resideInAnyPackage("..checker.api..", "..checker.web..",
                        "..checker.evaluation..", "..checker.history..", "..checker.register..", "..checker.audit..",
                        "..checker.notify..", "..checker.security..", "..checker.archive..", "..checker.judging..",
                        "..checker.problem..", "..checker.app..", "..checker.engine..", "..checker.domain..")
                .check(classes);
    }

    @Test
    void theApplicationAndTheCoreUseNoHttpTypes() {
        noClasses().that().resideOutsideOfPackages("..checker.api..", "..checker.web..", "..checker.security..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.vertx..",
                        "org.jboss.resteasy..")
                .check(classes);
    }

    /** Spreadsheets are read in one place (ruleset: DecisionSheet, DecisionTable); nothing else knows the library. */
    @Test
    void onlyTheRuleSetBuilderReadsSpreadsheets() {
        noClasses().that().resideOutsideOfPackage("..checker.ruleset..")
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
