package org.memdsl.reference;

import java.util.List;

import org.memdsl.runtime.Catalogues;
import org.memdsl.runtime.array.ArrayKind;
import org.memdsl.runtime.array.ArrayOperation;
import org.memdsl.runtime.catalog.Catalogue;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.network.NetworkKind;
import org.memdsl.runtime.simulation.ExperimentSettings;

/**
 * The language reference generated from the engine's catalogues (Markdown): every device family,
 * stimulus kind, measurement and network kind with its parameters, units, ranges, defaults and an
 * example. {@code memdsl reference} prints it; nothing here is written by hand.
 */
public final class Reference {

    private Reference() {
    }

    public static String markdown() {
        StringBuilder out = new StringBuilder("# memdsl language reference\n\n");
        out.append("Generated from the engine's catalogues by `bin/memdsl reference`; do not edit.\n");
        for (Catalogue<? extends Kind> catalogue : Catalogues.ALL) {
            out.append("\n## ").append(capitalised(catalogue.noun())).append(" (`").append(catalogue.keyword())
                    .append("`)\n");
            for (Kind kind : catalogue.all()) {
                kind(out, catalogue.keyword(), kind);
            }
        }
        out.append("\n## Experiment settings\n\n");
        parameters(out, ExperimentSettings.INSTANCE.parameters());
        return out.toString();
    }

    private static void kind(StringBuilder out, String keyword, Kind kind) {
        out.append("\n### `").append(kind.name()).append("`\n\n").append(kind.description()).append(".\n");
        if (!kind.source().isEmpty()) {
            out.append("Source: ").append(kind.source()).append(".\n");
        }
        out.append('\n');
        if (!kind.parameters().isEmpty()) {
            parameters(out, kind.parameters());
        }
        if (kind instanceof ArrayKind array) {
            out.append("\nSteps of an experiment on it:\n\n");
            for (ArrayOperation op : array.operations().all()) {
                out.append("- `").append(op.name()).append(op.takesPattern() ? " PATTERN" : "").append(" { … }`: ")
                        .append(op.description()).append('\n');
            }
            out.append('\n');
            for (ArrayOperation op : array.operations().all()) {
                out.append("`").append(op.name()).append("`:\n\n");
                parameters(out, op.parameters());
                out.append('\n');
            }
            out.append("Outputs: ").append(String.join(", ", array.outputs().all().stream()
                    .map(o -> "`" + o.name() + "` (" + o.description() + ")").toList())).append(".\n");
        }
        if (kind instanceof NetworkKind network) {
            out.append("\nOutputs: ");
            out.append(String.join(", ", network.outputs().all().stream()
                    .map(o -> "`" + o.name() + "` (" + o.description() + ")").toList()));
            out.append(".\n");
        }
        String example = KindText.example(kind);
        String head = keyword.equals("measure") ? "measure " + kind.name()
                : keyword + " example : " + kind.name();
        out.append("\n```\n").append(head).append(example.isEmpty() && keyword.equals("measure") ? ""
                : " { " + example + " }").append("\n```\n");
    }

    private static void parameters(StringBuilder out, List<Parameter> parameters) {
        out.append("| parameter | takes | range | meaning |\n|---|---|---|---|\n");
        for (Parameter p : parameters) {
            out.append("| `").append(p.name()).append("` | ").append(KindText.takes(p)).append(" | ")
                    .append(p.isFile() || p.isChoice() ? "" : p.range()).append(" | ").append(p.description())
                    .append(p.source().isEmpty() ? "" : " (" + p.source() + ")").append(" |\n");
        }
    }

    private static String capitalised(String noun) {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + "s";
    }
}
