package vn.ansinh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the modules of DESIGN.md §2 honest with Spring Modulith: no cycle, no module reaching into another's
 * internals, the {@code allowedDependencies} of each {@code package-info.java} — and the one-way order itself: a
 * module may use only the modules listed before it; {@code audit} hears from all of them through events and uses only
 * the shared kernel {@code common}, which uses no module. Allowed exceptions: none. The kernel being usable by every
 * module is not an exception but its definition ({@code @Modulithic(sharedModules = "common")}, open type).
 */
class ModularityTests {

    /** DESIGN.md §2, top to bottom; {@code policy} counts once its package exists. */
    static final List<String> ORDER = List.of("common", "geography", "identity", "household", "assessment",
            "eligibility", "casework", "payment", "policy", "reporting", "demo");
    static final String AUDIT = "audit";

    static final ApplicationModules MODULES = ApplicationModules.of(AnSinhApplication.class);

    @Test
    void theModulesKeepTheirDoorsShut() {
        MODULES.verify();
    }

    @Test
    void everyModuleUsesOnlyTheModulesBeforeItAndAuditOnlyTheKernel() {
        List<String> violations = new ArrayList<>();
        for (ApplicationModule module : MODULES) {
            String name = module.getName();
            module.getDirectDependencies(MODULES).uniqueModules().map(ApplicationModule::getName)
                    .filter(used -> !used.equals(name) && !allowed(name, used))
                    .forEach(used -> violations.add(name + " uses " + used));
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyModuleIsKnownAndHasAPackageInfo() {
        assertThat(MODULES.stream().map(ApplicationModule::getName))
                .allSatisfy(name -> assertThat(name).isIn(known()));
        for (ApplicationModule module : MODULES) {
            Path info = Path.of("src/main/java/vn/ansinh", module.getName(), "package-info.java");
            assertThat(Files.exists(info)).as(info.toString()).isTrue();
        }
        assertThat(MODULES.getSharedModules()).extracting(ApplicationModule::getName).containsExactly("common");
    }

    /** Writes the component diagram of all modules, one per module, and each module's canvas into docs/modules. */
    @Test
    void writesTheModuleDiagramsAndCanvases() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        sortRelations(Path.of("docs/modules"));
        assertThat(Path.of("docs/modules/components.puml")).exists();
        assertThat(Path.of("docs/modules/module-audit.adoc")).exists();
    }

    /**
     * The Documenter writes relations and the canvases' lists (events, beans) in hash order; sorted, a run on unchanged
     * code leaves the files as they are.
     */
    private static void sortRelations(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml") || f.toString().endsWith(".adoc")).toList()) {
                List<String> lines = Files.readAllLines(file);
                List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
                Iterator<String> next = relations.iterator();
                Files.write(file, sortCells(lines.stream().map(l -> l.startsWith("Rel(") ? next.next() : l).toList()));
            }
        }
    }

    /** A canvas cell's list: a {@code |* } line followed by {@code * } lines, sorted by item. */
    private static List<String> sortCells(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("|* ")) {
                out.add(lines.get(i));
                continue;
            }
            List<String> items = new ArrayList<>(List.of(lines.get(i).substring(1)));
            while (i + 1 < lines.size() && lines.get(i + 1).startsWith("* ")) {
                items.add(lines.get(++i));
            }
            items.sort(null);
            out.add("|" + items.get(0));
            out.addAll(items.subList(1, items.size()));
        }
        return out;
    }

    private static List<String> known() {
        List<String> names = new ArrayList<>(ORDER);
        names.add(AUDIT);
        return names;
    }

    private static boolean allowed(String module, String used) {
        if (module.equals(AUDIT) || used.equals(AUDIT)) {
            return module.equals(AUDIT) && used.equals("common");
        }
        return ORDER.indexOf(used) < ORDER.indexOf(module);
    }
}
