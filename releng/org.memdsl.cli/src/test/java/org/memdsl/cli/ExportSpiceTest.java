package org.memdsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.memdsl.runtime.crossbar.SpiceNetlist;

import picocli.CommandLine;

/**
 * {@code memdsl export-spice}: the netlist of a crossbar declared in a {@code .mem} file, solved by
 * {@code ngspice -b}, gives memdsl's own node voltages (written with {@code --voltages}): to 1e-9
 * relative for an ohmic (VTEAM) array, whose tabulated I–V is exact, and to the table's
 * interpolation (1e-3) for a 1S1R array after a write. Runs where ngspice is on the PATH; CI
 * installs it and sets MEMDSL_REQUIRE_DATA, which makes its absence a failure.
 */
class ExportSpiceTest {

    private static final String SPEC = """
            device v : vteam { }
            device dot : bipolar_filament { }
            pattern d : bitmap { "#.." ".#." "..#" }
            array ohmic : crossbar { device v rows = 3 columns = 3 row_wire = 5 Ω column_wire = 5 Ω }
            array selected : crossbar { device dot rows = 3 columns = 3 access = selector selector_current = 1 uA }
            experiment diagonal { array selected write d { set = 1.5 V reset = -1.5 V width = 10 ms } }
            """;

    private static boolean ngspiceOnPath() {
        String path = System.getenv("PATH");
        boolean found = path != null && List.of(path.split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "ngspice")));
        if (System.getenv("MEMDSL_REQUIRE_DATA") != null) {
            assertTrue(found, "ngspice is missing: .ci/run installs it");
        }
        return found;
    }

    private static int execute(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        assertEquals(0, exit, err.toString());
        return exit;
    }

    @Test
    void ohmicArrayAgreesWithNgspice(@TempDir Path dir) throws Exception {
        assumeTrue(ngspiceOnPath(), "ngspice is not on the PATH");
        compare(dir, 1e-9, "--array", "ohmic", "--cell", "1,2", "--voltage", "0.2", "--bias", "half");
    }

    @Test
    void selectorArrayAfterAWriteAgreesWithNgspice(@TempDir Path dir) throws Exception {
        assumeTrue(ngspiceOnPath(), "ngspice is not on the PATH");
        compare(dir, 1e-3, "--array", "selected", "--after", "diagonal", "--cell", "0,0", "--voltage", "0.5",
                "--bias", "floating");
    }

    private static void compare(Path dir, double tolerance, String... options) throws Exception {
        Path spec = Files.writeString(dir.resolve("arrays.mem"), SPEC);
        Path netlist = dir.resolve("read.cir");
        Path voltages = dir.resolve("memdsl.csv");
        String[] args = new String[options.length + 6];
        args[0] = "export-spice";
        args[1] = spec.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        args[options.length + 2] = "--out";
        args[options.length + 3] = netlist.toString();
        args[options.length + 4] = "--voltages";
        args[options.length + 5] = voltages.toString();
        execute(args);
        Path log = dir.resolve("ngspice.log");
        Process ngspice = new ProcessBuilder("ngspice", "-b", netlist.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertTrue(ngspice.waitFor(5, TimeUnit.MINUTES), "ngspice finished");
        Map<String, Double> spice = SpiceNetlist.printedVoltages(Files.readAllLines(log));
        Map<String, Double> memdsl = new HashMap<>();
        for (String line : Files.readAllLines(voltages).subList(1, 19)) {
            String[] cells = line.split(",");
            memdsl.put(cells[0], Double.parseDouble(cells[1]));
        }
        assertEquals(18, memdsl.size(), "every row and column node of the 3×3 array");
        for (Map.Entry<String, Double> node : memdsl.entrySet()) {
            Double reference = spice.get(node.getKey());
            if (reference == null) {
                continue;
            }
            assertEquals(reference, node.getValue(), tolerance * Math.abs(reference) + 1e-12, node.getKey());
        }
        assertTrue(spice.keySet().stream().filter(memdsl::containsKey).count() >= 12,
                "ngspice printed the driven nodes: " + spice.keySet());
    }
}
