package com.icr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The package structure, kept by the build (Spring Modulith's rules, by hand on Boot
 * 2.7): the front doors on top, then the product adapters, then the domain modules,
 * tenant and intake, and core and web at the bottom; no cycles; Connect only behind its
 * door; each domain module one door, its machinery in {@code internal}; HTTP only in the
 * web layer. ARCHITECTURE.md draws the same table.
 */
class ArchitectureTest {

    private static final String BASE = "com.icr";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
    }

    /**
     * Each package, with the packages it may use (besides itself and the JDK/libraries).
     */
    static final String[][] ALLOWED = { { "core" }, { "web", "core" }, { "tenant", "web", "core" },
            { "intake", "tenant", "web", "core" }, { "privacy", "intake", "tenant", "web", "core" },
            { "department", "tenant", "web", "core" }, { "relationship", "department", "tenant", "web", "core" },
            { "request", "relationship", "department", "intake", "tenant", "web", "core" },
            { "satisfaction", "request", "relationship", "department", "intake", "tenant", "web", "core" },
            { "objective", "relationship", "department", "tenant", "web", "core" },
            { "measure", "objective", "relationship", "department", "tenant", "web", "core" },
            { "appreciation", "satisfaction", "request", "relationship", "department", "intake", "tenant", "web",
                    "core" },
            { "review", "appreciation", "measure", "objective", "satisfaction", "request", "relationship", "department",
                    "intake", "tenant", "web", "core" },
            { "digest", "review", "appreciation", "measure", "objective", "satisfaction", "request", "relationship",
                    "department", "intake", "tenant", "web", "core" },
            { "jira", "privacy", "review", "appreciation", "measure", "objective", "satisfaction", "request",
                    "relationship", "department", "intake", "tenant", "web", "core" },
            { "confluence", "digest", "review", "appreciation", "measure", "objective", "satisfaction", "request",
                    "relationship", "department", "intake", "tenant", "web", "core" },
            { "connect", "jira", "privacy", "confluence", "digest", "review", "appreciation", "measure", "objective",
                    "satisfaction", "request", "relationship", "department", "intake", "tenant", "web", "core" },
            { "forge", "jira", "privacy", "confluence", "digest", "review", "appreciation", "measure", "objective",
                    "satisfaction", "request", "relationship", "department", "intake", "tenant", "web", "core" },
            { "preview", "connect", "forge", "jira", "privacy", "confluence", "digest", "review", "appreciation",
                    "measure", "objective", "satisfaction", "request", "relationship", "department", "intake", "tenant",
                    "web", "core" }, };

    /**
     * The modules of the domain: each shows one door, and none speaks HTTP outside its
     * controllers.
     */
    static final List<String> DOMAIN = List.of("tenant", "intake", "department", "relationship", "request",
            "satisfaction", "objective", "measure", "appreciation", "review", "privacy", "digest");

    @Test
    void dependenciesPointDownOnly() {
        for (String[] rule : ALLOWED) {
            List<String> allowed = Arrays.asList(rule);
            String[] others = Arrays.stream(ALLOWED)
                .map(r -> r[0])
                .filter(p -> !allowed.contains(p))
                .map(p -> BASE + "." + p + "..")
                .toArray(String[]::new);
            if (others.length == 0) {
                continue;
            }
            noClasses().that()
                .resideInAPackage(BASE + "." + rule[0] + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .because(rule[0] + " may use only " + String.join(", ", Arrays.copyOfRange(rule, 1, rule.length)))
                .allowEmptyShould(true)
                .check(classes);
        }
    }

    /**
     * ARCHITECTURE.md draws the table: its diagram's arrows, followed to the end, allow
     * exactly what the table allows.
     */
    @Test
    void theDiagramInArchitectureMdDrawsThisTable() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("ARCHITECTURE.md"));
        String diagram = doc.substring(doc.indexOf("```mermaid"), doc.indexOf("```", doc.indexOf("```mermaid") + 3));
        Map<String, java.util.Set<String>> arrows = new java.util.HashMap<>();
        java.util.regex.Matcher arrow = java.util.regex.Pattern.compile("(\\w+) --> (\\w+)").matcher(diagram);
        while (arrow.find()) {
            arrows.computeIfAbsent(arrow.group(1), k -> new java.util.TreeSet<>()).add(arrow.group(2));
        }
        for (String[] rule : ALLOWED) {
            java.util.Set<String> reached = new java.util.TreeSet<>();
            java.util.Deque<String> next = new java.util.ArrayDeque<>(arrows.getOrDefault(rule[0], java.util.Set.of()));
            while (!next.isEmpty()) {
                String p = next.pop();
                if (reached.add(p)) {
                    next.addAll(arrows.getOrDefault(p, java.util.Set.of()));
                }
            }
            assertThat(reached).as("what the diagram lets " + rule[0] + " use")
                .containsExactlyInAnyOrder(Arrays.copyOfRange(rule, 1, rule.length));
        }
    }

    @Test
    void everyPackageIsInTheTable() {
        List<String> known = Arrays.stream(ALLOWED).map(r -> r[0]).toList();
        assertThat(classes.stream()
            .map(JavaClass::getPackageName)
            .filter(p -> p.startsWith(BASE + "."))
            .map(p -> p.substring(BASE.length() + 1).split("\\.")[0])
            .distinct()).allMatch(known::contains);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noModuleReachesIntoAnothersInternals() {
        for (String module : Arrays.stream(ALLOWED).map(r -> r[0]).toList()) {
            noClasses().that()
                .resideOutsideOfPackage(BASE + "." + module + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(BASE + "." + module + ".internal..")
                .because(module + ".internal is the machinery behind " + module + "'s door")
                .allowEmptyShould(true)
                .check(classes);
        }
    }

    /**
     * A domain module shows one public facade, named ...Management, beside its API's
     * records, enums and ports; its other beans are package-private or in its
     * {@code internal} package.
     */
    @Test
    void eachDomainModuleShowsOneDoor() {
        Map<String, List<String>> doors = classes.stream()
            .filter(c -> DOMAIN.stream().anyMatch(m -> c.getPackageName().equals(BASE + "." + m)))
            .filter(c -> c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
            .filter(c -> c.isAnnotatedWith(Service.class) || c.isAnnotatedWith(Component.class)
                    || c.isAnnotatedWith(Configuration.class) || c.isAnnotatedWith(RestController.class))
            .collect(Collectors.groupingBy(JavaClass::getPackageName,
                    Collectors.mapping(JavaClass::getSimpleName, Collectors.toList())));
        for (String module : DOMAIN) {
            List<String> found = doors.getOrDefault(BASE + "." + module, List.of());
            assertThat(found).as("the Spring beans at the top of " + module).hasSize(1);
            assertThat(found.get(0)).as("the door of " + module)
                .matches(module.equals("intake") ? "Intake" : "[A-Z][A-Za-z]*Management");
        }
    }

    /**
     * The domain speaks its own language: it refuses with core's exceptions and leaves
     * statuses, requests and responses to its controllers and to web.
     */
    @Test
    void onlyTheWebLayerSpeaksHttp() {
        DescribedPredicate<JavaClass> webLayer = DescribedPredicate.describe("the web layer",
                c -> c.isAnnotatedWith(RestController.class) || c.isAnnotatedWith(RestControllerAdvice.class)
                        || c.getEnclosingClass().map(e -> e.isAnnotatedWith(RestController.class)).orElse(false));
        noClasses().that()
            .resideInAnyPackage(DOMAIN.stream().map(m -> BASE + "." + m + "..").toArray(String[]::new))
            .and(DescribedPredicate.not(webLayer))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(BASE + ".web..", "org.springframework.web..", "org.springframework.http..",
                    "javax.servlet..")
            .check(classes);
        noClasses().that()
            .resideInAPackage(BASE + ".core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(BASE + ".web..", "org.springframework..", "javax.servlet..")
            .check(classes);
    }

    @Test
    void onlyTheConnectDoorAndThePreviewKnowConnect() {
        noClasses().that()
            .resideOutsideOfPackages(BASE + ".connect..", BASE + ".preview..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.atlassian.connect..")
            .because("the domain sees a TenantId, never an AtlassianHost, so a Forge front door is an adapter")
            .check(classes);
    }

    /**
     * A repository is its module's machinery: package-private, or in the module's
     * internal package.
     */
    @Test
    void repositoriesStayInTheirModulesMachinery() {
        classes().that()
            .areAssignableTo(Repository.class)
            .and()
            .resideInAPackage(BASE + "..")
            .should(ArchConditions.<JavaClass>notBePublic().or(ArchConditions.resideInAPackage("..internal..")))
            .check(classes);
    }

    @Test
    void controllersAreNotPublic() {
        classes().that().areAnnotatedWith(RestController.class).should().notBePublic().check(classes);
    }

    /**
     * Spring's proxies ignore @Transactional on a method that is not public: the use case
     * would run without one.
     */
    @Test
    void transactionalMethodsArePublic() {
        methods().that().areAnnotatedWith(Transactional.class).should().bePublic().check(classes);
    }

    @Test
    void noFieldInjection() {
        noClasses().should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
            .because("constructor injection only")
            .check(classes);
    }

}
