package org.memdsl.runtime.catalog;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The values of a kind's parameters for one declaration: what it gave, checked against the
 * parameter list (known name, shape, range, whole numbers), and the defaults for the rest. The
 * names a kind reads are recorded, so a contract test can check that a kind reads every parameter
 * it declares (a misspelt look-up fails at once: an undeclared name is an error).
 */
public final class ParameterValues {

    private final String owner;
    private final List<Parameter> parameters;
    private final Map<String, double[]> numbers = new HashMap<>();
    private final Map<String, Path> files;
    private final Map<String, String> choices;
    private final Set<String> given;
    private final Set<String> read = new HashSet<>();

    public ParameterValues(Kind kind, Values values) {
        this(kind.name(), kind.parameters(), values);
    }

    /** @param owner names the declaration in messages, e.g. the kind */
    public ParameterValues(String owner, List<Parameter> parameters, Values values) {
        this.owner = owner;
        this.parameters = List.copyOf(parameters);
        this.files = values.files();
        this.choices = values.choices();
        this.given = new HashSet<>(values.numbers().keySet());
        given.addAll(values.files().keySet());
        given.addAll(values.choices().keySet());
        for (Parameter p : parameters) {
            if (!p.required() && !p.isList() && !p.isFile() && !p.isChoice()) {
                numbers.put(p.name(), new double[] { p.defaultValue() });
            }
        }
        for (Map.Entry<String, double[]> entry : values.numbers().entrySet()) {
            Parameter p = declared(entry.getKey());
            if (p.isFile() || p.isChoice()) {
                throw new IllegalArgumentException(owner + "." + p.name() + " takes " + (p.isFile() ? "a file name"
                        : "one of " + String.join(", ", p.options())));
            }
            double[] items = entry.getValue();
            if (!p.isList() && items.length != 1) {
                throw new IllegalArgumentException(owner + "." + p.name() + " takes one value, got "
                        + items.length);
            }
            for (double item : items) {
                if (!p.accepts(item)) {
                    throw new IllegalArgumentException(owner + "." + p.name() + " = "
                            + p.dimension().format(item) + " is outside " + p.range()
                            + (p.isInteger() ? " or not a whole number" : ""));
                }
            }
            numbers.put(p.name(), items.clone());
        }
        for (Map.Entry<String, String> choice : values.choices().entrySet()) {
            Parameter p = declared(choice.getKey());
            if (!p.isChoice() || !p.options().contains(choice.getValue())) {
                throw new IllegalArgumentException(owner + "." + p.name() + " = " + choice.getValue() + ": "
                        + (p.isChoice() ? "expected one of " + String.join(", ", p.options()) : "not a choice"));
            }
        }
        for (String file : values.files().keySet()) {
            if (!declared(file).isFile()) {
                throw new IllegalArgumentException(owner + "." + file + " takes a value, not a file name");
            }
        }
    }

    private Parameter declared(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("'" + owner + "' has no parameter '" + name + "'"));
    }

    private double[] numbers(String name) {
        Parameter p = declared(name);
        read.add(name);
        double[] v = numbers.get(name);
        if (v == null) {
            throw new IllegalArgumentException("'" + owner + "' needs '" + name + "' (" + p.description() + ")");
        }
        return v;
    }

    /** A scalar (or whole-number) value in SI units. */
    public double get(String name) {
        double[] v = numbers(name);
        if (declared(name).isList()) {
            throw new IllegalArgumentException(owner + "." + name + " is a list");
        }
        return v[0];
    }

    /** A whole-number value. */
    public int count(String name) {
        double v = get(name);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(owner + "." + name + " must be a whole number, got " + v);
        }
        return (int) v;
    }

    public double[] list(String name) {
        return numbers(name).clone();
    }

    /** Whether the declaration gave this parameter (rather than leaving it to its default). */
    public boolean has(String name) {
        declared(name);
        read.add(name);
        return given.contains(name);
    }

    /** A data file the declaration must name. */
    public Path file(String name) {
        return optionalFile(name).orElseThrow(() -> new IllegalArgumentException(
                "'" + owner + "' needs " + name + " = \"FILE\" (" + declared(name).description() + ")"));
    }

    public Optional<Path> optionalFile(String name) {
        if (!declared(name).isFile()) {
            throw new IllegalArgumentException(owner + "." + name + " is not a file parameter");
        }
        read.add(name);
        return Optional.ofNullable(files.get(name));
    }

    /** The option a choice parameter takes. */
    public String choice(String name) {
        Parameter p = declared(name);
        if (!p.isChoice()) {
            throw new IllegalArgumentException(owner + "." + name + " is not a choice");
        }
        read.add(name);
        return choices.getOrDefault(name, p.defaultOption());
    }

    /** Declared parameters no look-up has asked for so far, sorted. */
    public Set<String> unread() {
        Set<String> unread = new TreeSet<>();
        parameters.forEach(p -> unread.add(p.name()));
        unread.removeAll(read);
        return unread;
    }
}
