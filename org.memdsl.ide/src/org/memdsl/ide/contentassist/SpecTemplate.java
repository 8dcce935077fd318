package org.memdsl.ide.contentassist;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template of a common protocol: its name (what the user types), a description, and its body in
 * Eclipse template syntax, where {@code ${name}} is a name to fill in (the same name at every place
 * it appears) and {@code ${cursor}} where the cursor ends. {@code family} is a device family the
 * protocol suits, for the test that checks every template is a valid spec.
 */
public record SpecTemplate(String name, String description, String family, String body) {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

    /** The names to fill in, in order of first appearance (not {@code cursor}). */
    public Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(body);
        while (m.find()) {
            if (!"cursor".equals(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The body with every name filled in by its own name and no cursor mark. */
    public String expanded() {
        return body.replace("${cursor}", "").replaceAll("\\$\\{(\\w+)}", "$1");
    }

    /** The body as a language-server snippet: {@code ${1:name}} placeholders, {@code $0} for the cursor. */
    public String snippet() {
        StringBuilder out = new StringBuilder();
        List<String> order = List.copyOf(variables());
        Matcher m = VARIABLE.matcher(body);
        while (m.find()) {
            String name = m.group(1);
            String replacement = "cursor".equals(name) ? "$0" : "${" + (order.indexOf(name) + 1) + ":" + name + "}";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
