package org.memdsl.ide.contentassist;

import java.util.List;
import java.util.Optional;

/**
 * Templates of the protocols the papers use most (docs/papers.md): paired-pulse facilitation,
 * spike-rate-dependent plasticity, the BCM frequency rule, retention, the programming window and
 * writing a pattern into a crossbar. Offered by content assist where a declaration may start, in
 * the workbench (with linked names to fill in) and the language server (as snippets).
 */
public final class MemDslTemplates {

    public static final List<SpecTemplate> ALL = List.of(
            new SpecTemplate("ppf", "paired-pulse facilitation over a list of intervals", "opto_memristor", """
                    stimulus ${pairs} : paired {
                        amplitude = 3 V width = 6 ms
                        intervals = [1 ms, 2 ms, 5 ms, 10 ms, 20 ms, 40 ms]
                        repeats = 5 rest = 1 s
                    }

                    experiment ${ppf_run} {
                        device ${cell}
                        apply ${pairs}
                        sample = 1 ms
                        measure ppf${cursor}
                    }
                    """),
            new SpecTemplate("srdp", "spike-rate-dependent plasticity: segments of rising then falling rate",
                    "opto_memristor", """
                    stimulus ${rates} : rate_sequence {
                        amplitude = 4 V width = 200 µs
                        frequencies = [1 kHz, 2.5 kHz, 4 kHz, 2.5 kHz, 1 kHz]
                        segment = 50 ms
                    }

                    experiment ${srdp_run} {
                        device ${cell}
                        apply ${rates}
                        sample = 0.05 ms
                        measure srdp${cursor}
                    }
                    """),
            new SpecTemplate("bcm", "BCM rule: weight change of pulse trains against their frequency",
                    "opto_memristor", """
                    stimulus ${trains} : rate_trains {
                        amplitude = 4 V width = 200 µs
                        frequencies = [10 Hz, 50 Hz, 200 Hz, 1 kHz, 4 kHz]
                        count = 20 rest = 5 s
                    }

                    experiment ${bcm_run} {
                        device ${cell}
                        apply ${trains}
                        sample = 1 ms
                        measure bcm${cursor}
                    }
                    """),
            new SpecTemplate("retention", "program once, then read the state at a low voltage for a long time",
                    "bipolar_filament", """
                    stimulus ${program} : pulse { amplitude = 1.2 V width = 10 ms tail = 1 ms }
                    stimulus ${reads} : train { amplitude = 0.1 V width = 1 ms frequency = 1 Hz count = 1000 }

                    experiment ${retention_run} {
                        device ${cell}
                        apply ${program}, ${reads}
                        sample = 1 s
                        measure retention${cursor}
                    }
                    """),
            new SpecTemplate("programming_window", "the state reached by pulses of each amplitude, set and reset",
                    "bipolar_filament", """
                    stimulus ${window} : programming_map {
                        amplitudes = [0.5 V, 1.1 V, 1.5 V, -0.9 V, -1.7 V]
                        count = 100 width = 100 ns period = 10 ms
                        read = 0.1 V read_width = 1 ms read_delay = 4 ms
                        set = 1.2 V reset = -1.7 V
                    }

                    experiment ${window_run} {
                        device ${cell}
                        apply ${window}
                        sample = 1 s
                        measure programming_window${cursor}
                    }
                    """),
            new SpecTemplate("array_write", "write a pattern into a crossbar with a V/2 scheme and read it back",
                    "bipolar_filament", """
                    pattern ${letter} : bitmap {
                        "#..#"
                        "##.#"
                        "#.##"
                        "#..#"
                    }

                    array ${xbar} : crossbar {
                        device ${cell}
                        rows = 4 columns = 4
                        row_wire = 2.5 Ω column_wire = 2.5 Ω
                    }

                    experiment ${write_run} {
                        array ${xbar}
                        write ${letter} { set = 1.5 V reset = -1.5 V width = 10 ms bias = half }
                        read { voltage = 50 mV bias = grounded }
                        measure read_map
                        measure write_error${cursor}
                    }
                    """));

    private MemDslTemplates() {
    }

    public static Optional<SpecTemplate> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
