package dev.gatekeeper.sbom;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;

/** The components of an SBOM, nested ones included, each with what its purl says. */
final class SbomComponents {
    private SbomComponents() {}

    /** One component and its parsed purl. */
    record Entry(Component component, PackageURL purl, String purlProblem) {
        Optional<MavenGav> gav() {
            return purl == null ? Optional.empty() : MavenGav.of(purl);
        }

        /** How a finding names the component: its Maven coordinates, else group, name and version. */
        String displayName() {
            return gav().map(MavenGav::toString).orElseGet(() -> nameOf(component));
        }

        boolean isLibrary() {
            Component.Type type = component.getType();
            return type == null || type == Component.Type.LIBRARY || type == Component.Type.FRAMEWORK;
        }
    }

    /** Every component, depth first in document order; the metadata component is not one of them. */
    static List<Entry> of(Bom bom) {
        List<Entry> entries = new ArrayList<>();
        Deque<Component> pending = new ArrayDeque<>();
        pushInOrder(bom.getComponents(), pending);
        while (!pending.isEmpty()) {
            Component component = pending.pop();
            entries.add(entry(component));
            pushInOrder(component.getComponents(), pending);
        }
        return entries;
    }

    private static void pushInOrder(List<Component> components, Deque<Component> stack) {
        if (components != null) {
            for (int i = components.size() - 1; i >= 0; i--) {
                stack.push(components.get(i));
            }
        }
    }

    static Entry entry(Component component) {
        String purl = component.getPurl();
        if (purl == null || purl.isBlank()) {
            return new Entry(component, null, null);
        }
        try {
            return new Entry(component, new PackageURL(purl), null);
        } catch (MalformedPackageURLException | RuntimeException e) {
            return new Entry(
                    component, null, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    static String nameOf(Component component) {
        String group = component.getGroup() == null || component.getGroup().isBlank() ? "" : component.getGroup() + ":";
        String version = component.getVersion() == null ? "" : ":" + component.getVersion();
        return group + component.getName() + version;
    }
}
