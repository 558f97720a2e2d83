package dev.gatekeeper;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * The package layout of docs/architecture.md, checked on the compiled main classes: the goals and the
 * Maven-side machinery are the only places that see Maven's running build, {@code core} is the bottom
 * floor, and no two packages lean on each other.
 */
@AnalyzeClasses(packages = "dev.gatekeeper", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The packages that adapt Maven's running build to the gates: the goals, their machinery, a gate's own adapters. */
    private static final String[] MAVEN_FACING = {
        "dev.gatekeeper.mojo..", "dev.gatekeeper.maven..", "dev.gatekeeper.*.maven.."
    };

    @ArchTest
    static void onlyMavenFacingPackagesImportMavenPluginProjectOrExecution(JavaClasses classes) {
        noClasses()
                .that()
                .resideOutsideOfPackages(MAVEN_FACING)
                .should()
                .dependOnClassesThat(resideInAnyPackage(
                                "org.apache.maven.plugin..",
                                "org.apache.maven.project..",
                                "org.apache.maven.execution..")
                        // The plugin descriptor model is the parser of a plugin.xml file (the docs gate renders
                        // parameter tables from it), not the running build.
                        .and(not(resideInAPackage("org.apache.maven.plugin.descriptor.."))))
                .because(
                        "a gate is plain Java that runs without Maven; only the goals and their adapters see the build")
                .check(classes);
    }

    @ArchTest
    static void coreDependsOnNoOtherGatekeeperPackage(JavaClasses classes) {
        noClasses()
                .that()
                .resideInAPackage("dev.gatekeeper.core..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("dev.gatekeeper..").and(not(resideInAPackage("dev.gatekeeper.core.."))))
                .because("core is the bottom floor every gate stands on")
                .check(classes);
    }

    @ArchTest
    static void packagesFormNoCycle(JavaClasses classes) {
        // (**) captures the whole package below dev.gatekeeper, so audit and audit.osv are two slices.
        slices().matching("dev.gatekeeper.(**)").should().beFreeOfCycles().check(classes);
    }

    @ArchTest
    static void nothingButTheGoalsDependsOnTheGoalPackage(JavaClasses classes) {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.gatekeeper.mojo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.gatekeeper.mojo..")
                .because("the goals are the top floor: gates, reuse and the Maven machinery must not lean on them")
                .check(classes);
    }
}
