package org.memdsl.compiler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import org.memdsl.memDsl.ParameterAssignment;
import org.memdsl.memDsl.ParameterUse;
import org.memdsl.memDsl.Protocol;
import org.memdsl.memDsl.ProtocolParameter;
import org.memdsl.memDsl.Value;

/**
 * The values the parameters of a protocol take in one application of it: the value given where it
 * is applied ({@code use ppf (amplitude = 3 V)}), else the protocol's default. A {@code $name} in
 * the protocol's assignments stands for its bound value.
 */
public final class Bindings {

    public static final Bindings NONE = new Bindings(Map.of(), Map.of());

    private final Map<ProtocolParameter, Value> values;

    /** Numbers that replace what a block (device, stimulus, experiment) gives a parameter: a study's point. */
    private final Map<EObject, Map<String, Double>> numbers;

    private Bindings(Map<ProtocolParameter, Value> values, Map<EObject, Map<String, Double>> numbers) {
        this.values = values;
        this.numbers = numbers;
    }

    /** These bindings with {@code block}'s parameter {@code name} set to {@code value} (in SI units). */
    public Bindings withNumber(EObject block, String name, double value) {
        Map<EObject, Map<String, Double>> more = new HashMap<>();
        numbers.forEach((b, m) -> more.put(b, new HashMap<>(m)));
        more.computeIfAbsent(block, b -> new HashMap<>()).put(name, value);
        return new Bindings(values, more);
    }

    /** The numbers set for {@code block}'s parameters, by name (empty when none). */
    public Map<String, Double> numbers(EObject block) {
        return numbers.getOrDefault(block, Map.of());
    }

    /**
     * The parameters of {@code protocol} bound to {@code arguments} (by name) or to their defaults.
     *
     * @throws CompileException at an argument that names no parameter of the protocol
     */
    public static Bindings of(Protocol protocol, List<ParameterAssignment> arguments) {
        Map<ProtocolParameter, Value> values = new HashMap<>();
        for (ProtocolParameter p : protocol.getParameters()) {
            values.put(p, p.getValue());
        }
        for (ParameterAssignment a : arguments) {
            ProtocolParameter p = parameter(protocol, a.getName()).orElseThrow(() -> new CompileException(
                    unknown(protocol, a.getName()), a));
            values.put(p, a.getValue());
        }
        return new Bindings(values, Map.of());
    }

    /** The parameter of {@code protocol} called {@code name}. */
    public static Optional<ProtocolParameter> parameter(Protocol protocol, String name) {
        return protocol.getParameters().stream().filter(p -> p.getName() != null && p.getName().equals(name))
                .findFirst();
    }

    /** "protocol 'ppf' has no parameter 'x'; its parameters: amplitude, width". */
    public static String unknown(Protocol protocol, String name) {
        List<String> names = protocol.getParameters().stream().map(ProtocolParameter::getName).toList();
        return "protocol '" + protocol.getName() + "' has no parameter '" + name + "'; "
                + (names.isEmpty() ? "it takes none" : "its parameters: " + String.join(", ", names));
    }

    /**
     * What {@code value} stands for: itself, or the bound value of the parameter it uses (never
     * another {@code $name}).
     *
     * @throws CompileException when the value uses a parameter this application does not bind
     */
    public Value resolve(Value value) {
        if (!(value instanceof ParameterUse use)) {
            return value;
        }
        Value bound = use.getParameter() == null || use.getParameter().eIsProxy() ? null
                : values.get(use.getParameter());
        if (bound == null) {
            throw new CompileException("'$" + (use.getParameter() == null || use.getParameter().eIsProxy() ? "?"
                    : use.getParameter().getName()) + "' is not a parameter of the protocol applied here", value);
        }
        if (bound instanceof ParameterUse) {
            throw new CompileException("a protocol parameter's value is a value, not another '$name'", bound);
        }
        return bound;
    }
}
