package org.memdsl.tests.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes of mutation the fuzz harness applies to a shipped {@code .mem} file, each a pure
 * function of the text and a seeded generator: the same seed gives the same mutants.
 */
enum Mutations {

    TOKEN_DELETION((text, random) -> {
        List<int[]> tokens = tokens(text);
        int[] t = tokens.get(random.nextInt(tokens.size()));
        return text.substring(0, t[0]) + text.substring(t[1]);
    }),
    TOKEN_SWAP((text, random) -> {
        List<int[]> tokens = tokens(text);
        int k = random.nextInt(tokens.size() - 1);
        int[] a = tokens.get(k);
        int[] b = tokens.get(k + 1);
        return text.substring(0, a[0]) + text.substring(b[0], b[1]) + text.substring(a[1], b[0])
                + text.substring(a[0], a[1]) + text.substring(b[1]);
    }),
    TRUNCATION((text, random) -> text.substring(0, random.nextInt(text.length()))),
    UNIT_SWAP((text, random) -> replaceOne(text, Patterns.UNIT, random, pick(random, "V", "mV", "A", "nA",
            "s", "ms", "Hz", "kHz", "K", "nm", "mW/cm²", "S", "Ω", "F", "V^30000", "ms^0", "m^-12", "furlong",
            "V/s", "µm²", "(V)", "((((V))))"))),
    EXTREME_NUMBER((text, random) -> replaceOne(text, Patterns.NUMBER, random, pick(random, "1e309", "-1e309", "1e-320",
            "0", "-0", "0.0", "-1", "-5", "1e-15", "2.5", "1e300", "00000000000000000000001", "999999999999999999999",
            "4.9e-324", "1e9", "4294967296", "1e12", "10000000"))),
    UNKNOWN_NAME((text, random) -> replaceOne(text, Patterns.NAME, random, pick(random, "nobody", "x", "device",
            "experiment", "opto_memristorr", "é", "a".repeat(300)))),
    STRAY_CHARACTER((text, random) -> {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + pick(random, "\"", "'", "{", "}", "(", ")", "[", "]", "\r", "\0", "=", ";",
                ",", "\\", "/*", "*/", "//", "\uFEFF", "\u202E", "±", "%", "@") + text.substring(at);
    }),
    LINE_DUPLICATION((text, random) -> {
        String[] lines = text.split("\n", -1);
        int k = random.nextInt(lines.length);
        List<String> out = new ArrayList<>(List.of(lines));
        out.add(k, lines[k]);
        return String.join("\n", out);
    }),
    IMPORT_OF_NO_FILE((text, random) -> pick(random, "import \"http://127.0.0.1:9/x.mem\"\n",
            "import \"file:///etc/hostname\"\n", "import \"a\0b.mem\"\n", "import \"missing.mem\"\n",
            "import \"\"\n", "import \".\"\n") + text),
    /**
     * Imports and data files outside the project: {@link #OUTSIDE} stands for a folder beside the
     * project (the harness substitutes it), {@code inside-link} is a link inside the project to it.
     */
    HOSTILE_PATH((text, random) -> text + "\n" + pick(random,
            "import \"" + Patterns.OUTSIDE + "/canary.mem\"", "import \"../outside/canary.mem\"",
            "import \"inside-link/canary.mem\"", "import \"/proc/self/environ\"", "import \"/etc/passwd\"",
            table(Patterns.OUTSIDE + "/canary.csv"), table("../outside/canary.csv"), table("inside-link/canary.csv"),
            table("/proc/self/environ"), table("/etc/passwd"), table("data/../../outside/canary.csv")) + "\n"),
    NESTING((text, random) -> {
        int depth = 1 + random.nextInt(5000);
        return text + "\nstimulus deep : pulse { amplitude = 1 " + "(".repeat(depth) + "V" + ")".repeat(depth)
                + " width = 1 ms }\n";
    });

    /** Where {@link #HOSTILE_PATH} names the folder outside the project. */
    static final String OUTSIDE = Patterns.OUTSIDE;

    private static String table(String path) {
        return "device leak : pulse_table { table = \"" + path + "\" v_threshold = 0.5 V pulse_width = 1 ms }";
    }

    /** The patterns the mutations look for (in a holder: enum constants cannot read the enum's own statics). */
    private static final class Patterns {
        static final String OUTSIDE = "${OUTSIDE}";
        static final Pattern TOKEN =
                Pattern.compile("\"[^\"\\n]*\"|[A-Za-z_][A-Za-z0-9_]*|[-+]?\\d[\\d.eE+-]*|\\S");
        static final Pattern UNIT = Pattern.compile("(?<=\\d )[A-Za-zµΩ°%][A-Za-z0-9µΩ/²³^\\-]*");
        static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z_])\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
        static final Pattern NAME = Pattern.compile("(?<=[:{ ])[a-z_][a-z0-9_]{2,}(?= )");
    }

    private final BiFunction<String, SplittableRandom, String> mutate;

    Mutations(BiFunction<String, SplittableRandom, String> mutate) {
        this.mutate = mutate;
    }

    String apply(String text, SplittableRandom random) {
        return text.isEmpty() ? text : mutate.apply(text, random);
    }

    private static List<int[]> tokens(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = Patterns.TOKEN.matcher(text);
        while (m.find()) {
            out.add(new int[] { m.start(), m.end() });
        }
        if (out.size() < 2) {
            out.add(new int[] { 0, 0 });
            out.add(new int[] { text.length(), text.length() });
        }
        return out;
    }

    private static String replaceOne(String text, Pattern pattern, SplittableRandom random, String replacement) {
        List<int[]> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new int[] { m.start(), m.end() });
        }
        if (found.isEmpty()) {
            return text + "\n" + replacement;
        }
        int[] at = found.get(random.nextInt(found.size()));
        return text.substring(0, at[0]) + replacement + text.substring(at[1]);
    }

    private static String pick(SplittableRandom random, String... options) {
        return options[random.nextInt(options.length)];
    }
}
