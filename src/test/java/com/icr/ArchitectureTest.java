package com.icr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * The package structure of STYLE.md, kept by the build: adapters on top, then the domain modules, then
 * tenant; web at the bottom for everyone; no cycles; Connect only in tenant and the adapters.
 */
class ArchitectureTest {

    private static final String BASE = "com.icr";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
    }

    /** Each package, with the packages it may use (besides itself and the JDK/libraries). */
    private static final String[][] ALLOWED = {
            {"core"},
            {"web", "core"},
            {"tenant", "web", "core"},
            {"intake", "tenant", "web", "core"},
            {"department", "tenant", "web", "core"},
            {"relationship", "department", "tenant", "web", "core"},
            {"request", "relationship", "department", "intake", "tenant", "web", "core"},
            {"satisfaction", "request", "relationship", "department", "intake", "tenant", "web", "core"},
            {"objective", "relationship", "department", "tenant", "web", "core"},
            {"measure", "objective", "relationship", "department", "tenant", "web", "core"},
            {"appreciation", "satisfaction", "relationship", "department", "tenant", "web", "core"},
            {"review", "appreciation", "measure", "objective", "satisfaction", "request", "relationship", "department", "intake", "tenant", "web", "core"},
            {"jira", "review", "appreciation", "measure", "objective", "satisfaction", "request", "relationship", "department", "intake", "tenant", "web", "core"},
            {"confluence", "review", "appreciation", "measure", "objective", "satisfaction", "request", "relationship", "department", "intake", "tenant", "web", "core"},
            {"connect", "jira", "confluence", "review", "appreciation", "measure", "objective", "satisfaction", "request", "relationship", "department", "intake", "tenant", "web", "core"},
            {"preview", "connect", "jira", "confluence", "review", "appreciation", "measure", "objective", "satisfaction", "request", "relationship", "department", "intake", "tenant", "web", "core"},
    };

    @Test
    void dependenciesPointDownOnly() {
        for (String[] rule : ALLOWED) {
            String[] others = java.util.Arrays.stream(ALLOWED).map(r -> r[0])
                    .filter(p -> !java.util.Arrays.asList(rule).contains(p))
                    .map(p -> BASE + "." + p + "..").toArray(String[]::new);
            if (others.length == 0) {
                continue;
            }
            noClasses().that().resideInAPackage(BASE + "." + rule[0] + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because(rule[0] + " may use only " + String.join(", ", java.util.Arrays.copyOfRange(rule, 1, rule.length)))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheConnectDoorAndThePreviewKnowConnect() {
        noClasses().that().resideOutsideOfPackages(BASE + ".connect..", BASE + ".preview..")
                .should().dependOnClassesThat().resideInAPackage("com.atlassian.connect..")
                .because("the domain sees a TenantId, never an AtlassianHost, so a Forge front door is an adapter")
                .check(classes);
    }

    @Test
    void repositoriesAreUsedOnlyInTheirOwnPackage() {
        classes().that().areAssignableTo(Repository.class).and().resideInAPackage(BASE + "..")
                .should().notBePublic()
                .check(classes);
        for (String pkg : java.util.Arrays.stream(ALLOWED).map(r -> r[0]).toList()) {
            noClasses().that().resideOutsideOfPackage(BASE + "." + pkg + "..")
                    .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.<com.tngtech.archunit.core.domain.JavaClass>describe(
                            "repositories of " + pkg, c -> c.getPackageName().startsWith(BASE + "." + pkg) && c.isAssignableTo(Repository.class)))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void controllersAreNotPublic() {
        classes().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().notBePublic()
                .check(classes);
    }

    /** Spring's proxies ignore @Transactional on a method that is not public: the use case would run without one. */
    @Test
    void transactionalMethodsArePublic() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods().that()
                .areAnnotatedWith(org.springframework.transaction.annotation.Transactional.class)
                .should().bePublic()
                .check(classes);
    }

    @Test
    void noFieldInjection() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
                .because("constructor injection only")
                .check(classes);
    }
}
