package dev.gatekeeper.release;

import java.util.List;
import java.util.Properties;
import org.apache.maven.model.Model;
import org.codehaus.plexus.interpolation.InterpolationException;
import org.codehaus.plexus.interpolation.ObjectBasedValueSource;
import org.codehaus.plexus.interpolation.PrefixAwareRecursionInterceptor;
import org.codehaus.plexus.interpolation.PrefixedObjectValueSource;
import org.codehaus.plexus.interpolation.PropertiesBasedValueSource;
import org.codehaus.plexus.interpolation.StringSearchInterpolator;

/**
 * A POM value's {@code ${…}} references filled in as Maven's model interpolator fills them, with
 * plexus-interpolation (the library Maven itself uses): the model's {@code project.}/{@code pom.} fields,
 * the build's user properties, the model's properties, then the unprefixed model fields; a property whose
 * value holds a reference is resolved in turn. A reference nothing resolves stays as written; a value whose
 * references form a cycle is returned as written.
 */
public final class PomExpressions {
    private static final List<String> PROJECT_PREFIXES = List.of("project.", "pom.");

    private PomExpressions() {}

    /**
     * @param value          the value as the POM writes it; null stays null
     * @param model          the module's effective model (its coordinates, parent and properties)
     * @param userProperties the build's {@code -D} properties, which win over the POM's
     */
    public static String resolve(String value, Model model, Properties userProperties) {
        if (value == null || !value.contains("${")) {
            return value;
        }
        StringSearchInterpolator interpolator = new StringSearchInterpolator();
        interpolator.addValueSource(new PrefixedObjectValueSource(PROJECT_PREFIXES, model, false));
        interpolator.addValueSource(
                new PropertiesBasedValueSource(userProperties == null ? new Properties() : userProperties));
        interpolator.addValueSource(new PropertiesBasedValueSource(model.getProperties()));
        interpolator.addValueSource(new ObjectBasedValueSource(model));
        try {
            return interpolator.interpolate(value, new PrefixAwareRecursionInterceptor(PROJECT_PREFIXES));
        } catch (InterpolationException cycle) {
            return value;
        }
    }
}
