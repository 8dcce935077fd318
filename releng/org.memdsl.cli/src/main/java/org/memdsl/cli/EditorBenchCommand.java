package org.memdsl.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.memdsl.ide.MemDslIdeSetup;
import org.memdsl.ide.contentassist.MemDslCompletions;
import org.memdsl.ide.highlighting.EditorTextCheck;
import org.memdsl.ide.hover.MemDslHovers;
import org.memdsl.ide.navigation.MemDslNavigation;
import org.memdsl.resource.TextResources;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code memdsl bench-editor}: what the editor does after each edit of a large file, timed on a
 * generated spec of {@code --lines} lines (devices, stimuli and experiments in equal parts): the
 * whole check the workbench runs (parse, link, validate), content assist, hover, semantic
 * highlighting and the outline. Each is the median and 90th percentile of {@code --repeat} runs
 * after warm-up, with its ratio to parsing alone (the peer measured in the same run) and to the
 * 100 ms target.
 */
@Command(name = "bench-editor", description = "Time the editor's services after an edit of a large generated file.")
public class EditorBenchCommand implements Callable<Integer> {

    static final double TARGET_MS = 100;

    @Option(names = "--lines", defaultValue = "5000", description = "lines of the generated spec (default 5000)")
    private int lines;

    @Option(names = "--repeat", defaultValue = "15", description = "timed runs of each service (default 15)")
    private int repeat;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Injector injector = new MemDslIdeSetup().createInjectorAndDoEMFRegistration();
        TextResources texts = injector.getInstance(TextResources.class);
        IResourceValidator validator = injector.getInstance(IResourceValidator.class);
        MemDslCompletions completions = injector.getInstance(MemDslCompletions.class);
        MemDslHovers hovers = injector.getInstance(MemDslHovers.class);
        ISemanticHighlightingCalculator highlighting = injector.getInstance(ISemanticHighlightingCalculator.class);
        MemDslNavigation navigation = injector.getInstance(MemDslNavigation.class);
        URI uri = URI.createURI("bench:/large.mem");

        String text = generate(lines);
        int middle = text.indexOf("amplitude = 3 V", text.length() / 2) + "amplitude = ".length();
        String edited = text.substring(0, middle) + "4" + text.substring(middle + 1);
        int assistAt = edited.indexOf("measure ", middle) + "measure ".length();
        int hoverAt = edited.indexOf("width", middle) + 1;

        out.printf("memdsl editor services on a generated spec of %d lines (%d characters), after a one-character"
                + " edit in the middle; %d timed runs each after warm-up%n", text.split("\n", -1).length - 1,
                text.length(), repeat);
        double[] parse = time(() -> texts.load(edited, uri));
        double[] check = time(() -> {
            XtextResource resource = texts.load(edited, uri);
            EcoreUtil.resolveAll(resource);
            validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
        });
        EditorTextCheck editorCheck = injector.getInstance(EditorTextCheck.class);
        double[] editor = time(() -> editorCheck.check(edited, uri, CancelIndicator.NullImpl));
        double[] assist = time(() -> completions.complete(edited, uri, assistAt));
        double[] hover = time(() -> hovers.hover(edited, uri, hoverAt));
        double[] colour = time(() -> highlighting.provideHighlightingFor(texts.load(edited, uri), (o, l, s) -> {
        }, CancelIndicator.NullImpl));
        double[] outline = time(() -> navigation.symbols(texts.load(edited, uri)));
        out.printf("%-34s %10s %10s %12s %12s%n", "service", "median ms", "p90 ms", "× parse", "≤ 100 ms");
        row(out, "parse only (peer)", parse, parse);
        row(out, "check: parse, link, validate", check, parse);
        row(out, "editor's re-check (+ highlighting)", editor, parse);
        row(out, "content assist (measure kinds)", assist, parse);
        row(out, "hover (a parameter)", hover, parse);
        row(out, "semantic highlighting", colour, parse);
        row(out, "outline symbols", outline, parse);
        return 0;
    }

    /** A spec of about {@code lines} lines: blocks of a device, a stimulus and an experiment on them. */
    static String generate(int lines) {
        StringBuilder text = new StringBuilder("// generated by memdsl bench-editor\n");
        int i = 0;
        while (text.chars().filter(c -> c == '\n').count() + 10 <= lines) {
            text.append("device cell").append(i).append(" : opto_memristor { }\n")
                    .append("stimulus p").append(i).append(" : pulse { amplitude = 3 V width = 6 ms }\n")
                    .append("experiment e").append(i).append(" {\n")
                    .append("    device cell").append(i).append('\n')
                    .append("    apply p").append(i).append('\n')
                    .append("    sample = 0.1 ms\n")
                    .append("    measure epsc\n")
                    .append("    expect max epsc.epsc >= 1 nA\n")
                    .append("}\n\n");
            i++;
        }
        while (text.chars().filter(c -> c == '\n').count() < lines) {
            text.append("// end\n");
        }
        return text.toString();
    }

    private interface Work {
        void run() throws Exception;
    }

    private double[] time(Work work) throws Exception {
        for (int i = 0; i < Math.max(3, repeat / 3); i++) {
            work.run();
        }
        double[] ms = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void row(PrintWriter out, String name, double[] ms, double[] peer) {
        double median = ms[ms.length / 2];
        double p90 = ms[(int) Math.ceil(0.9 * ms.length) - 1];
        out.printf("%-34s %10.1f %10.1f %12.2f %12s%n", name, median, p90, median / peer[peer.length / 2],
                median <= TARGET_MS ? "yes" : "no");
    }
}
