package org.memdsl.runtime.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.catalog.Values;
import org.memdsl.runtime.measurement.Arrhenius;
import org.memdsl.runtime.measurement.Endurance;
import org.memdsl.runtime.measurement.EnergyPerPulse;
import org.memdsl.runtime.measurement.ImpedanceSpectrum;
import org.memdsl.runtime.measurement.LogLogSlope;
import org.memdsl.runtime.measurement.ProgrammingWindow;
import org.memdsl.runtime.measurement.Retention;
import org.memdsl.runtime.measurement.StepIv;
import org.memdsl.runtime.measurement.SwitchingEvents;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.ProgrammingMap;
import org.memdsl.runtime.stimulus.PulseTrain;
import org.memdsl.runtime.stimulus.Sequence;
import org.memdsl.runtime.stimulus.SourceLimit;
import org.memdsl.runtime.stimulus.StaircaseSweep;
import org.memdsl.runtime.stimulus.Waveform;
import org.memdsl.runtime.study.CycleToCycleModel;
import org.memdsl.runtime.study.Distribution;
import org.memdsl.runtime.study.StudyDesign;

/**
 * The paper-C preset (flexible (PrPyr)PbI3 dot cell) against docs/papers.md#paper-c with the
 * tolerances of docs/calibration.md#bipolar_filament. DC sweeps 0 → 1.5 → 0 → −1.5 → 0 V in 20 mV
 * steps (10 ms each; the paper gives no dwell) with 1 mA compliance on the SET polarity; reads at
 * 0.1 V, the read voltage of the paper's endurance test.
 */
class BipolarFilamentPresetTest {

    private static final DeviceModel PRESET = new BipolarFilamentFamily().create(Map.of());
    private static final StaircaseSweep SWEEP = new StaircaseSweep(1.5, -1.5, 0.02, 10e-3, 1);
    private static final AppliedStimulus DC = AppliedStimulus.electrical(SWEEP).withLimit(new SourceLimit(0, 1e-3, 0));

    private static TimeSeries sweep() {
        return new Simulator(SimulationOptions.sampledEvery(1e-3)).run(PRESET, DC, ProgressListener.NONE);
    }

    /**
     * docs/papers.md#paper-c (flexible): "HRS 3.45 nA, LRS 0.37 mA, set +0.96 V, reset −1.21 V … on/off > 10⁵".
     * Issue 4: set 0.96 ± 0.1 V, reset −1.21 ± 0.1 V, HRS read within 2× of 3.45 nA, on/off ≥ 10⁵.
     */
    @Test
    void dcSweepSwitchesAtThePaperVoltagesWithTheReadCurrents() {
        TimeSeries run = sweep();
        ResultTable events = new SwitchingEvents("switching", 0.01).analyse(run, DC);
        assertEquals(2, events.rows(), "one SET, one RESET");
        assertEquals(0.96, events.column("voltage")[0], 0.1, "SET");
        assertEquals(-1.21, events.column("voltage")[1], 0.1, "RESET");

        double[] reads = hrsAndLrsReads(run, DC);
        double hrs = reads[0];
        double lrs = reads[1];
        assertTrue(hrs >= 3.45e-9 / 2 && hrs <= 2 * 3.45e-9, "HRS read " + hrs);
        assertTrue(lrs / hrs >= 1e5, "on/off " + lrs / hrs);
        for (double current : run.column("current")) {
            assertTrue(current <= 1e-3 * (1 + 1e-9), "compliance honoured: " + current);
        }
    }

    /**
     * docs/papers.md#paper-c: "HRS follows space-charge-limited conduction (log I–log V slope 1 then 2, Child's
     * law)". Issue 4: slopes ≈ 1 then ≈ 2 (± 0.25): at 0.02–0.06 V and 0.5–0.8 V of the SET branch.
     */
    @Test
    void hrsConductionIsOhmicThenChildsLaw() {
        ResultTable slopes = new LogLogSlope("slope", 0.5).analyse(sweep(), DC);
        double[] v = slopes.column("voltage");
        double[] s = slopes.column("slope");
        for (int k = 0; k < v.length; k++) {
            if (v[k] >= 0.02 && v[k] <= 0.06) {
                assertEquals(1.0, s[k], 0.25, "ohmic at " + v[k] + " V");
            }
            if (v[k] >= 0.5 && v[k] <= 0.8) {
                assertEquals(2.0, s[k], 0.25, "Child's law at " + v[k] + " V");
            }
        }
    }

    /**
     * docs/papers.md#paper-c: "Endurance 2000 cycles (set 1.2 V/10 ms, reset −1.5 V/10 ms, read 0.1 V)" with the
     * switching window kept (its benchmark summary: endurance 2000 cycles, on/off ~10⁶). Issue 13: the window
     * fell from 1.07 × 10⁵ to 3.5 × 10⁴ through the model's wear; the paper keeps it. The first cycle's
     * window ≥ 10⁵ (the paper's on/off), every later one within 10 % of it; each part followed by 1 ms.
     */
    @Test
    void enduranceOfTwoThousandCyclesKeepsTheWindow() {
        AppliedStimulus s = AppliedStimulus.electrical(enduranceCycles(2000));
        TimeSeries run = new Simulator(SimulationOptions.sampledEvery(1e-2)).run(PRESET, s, ProgressListener.NONE);
        ResultTable endurance = new Endurance("endurance").analyse(run, s);
        assertEquals(2000, endurance.rows());
        double[] window = endurance.column("window");
        for (int c = 0; c < window.length; c++) {
            assertTrue(window[0] >= 1e5 && Math.abs(window[c] / window[0] - 1) <= 0.1,
                    "cycle " + (c + 1) + ": window " + window[c] + " (first " + window[0] + ")");
        }
    }

    /**
     * Issue 13: the endurance run had no cycle-to-cycle scatter. The preset is deterministic; scatter is a
     * study's {@code vary device.P … cycle_to_cycle} ({@link CycleToCycleModel}), here HRS and LRS
     * conductances log-normal 30 % and 10 % per pulse (the paper gives no spread for its endurance run; the
     * values only show the mechanism), 500 cycles, seed 5: the window scatters (largest over smallest > 3,
     * where the deterministic run keeps it within 10 %), its median stays within 20 % of the deterministic
     * window and every cycle stays ≥ 10⁴ (docs/calibration.md#bipolar_filament, C3).
     */
    @Test
    void cycleToCycleScatterKeepsTheMedianWindow() {
        int cycles = 500;
        double[] starts = new double[4 * cycles];
        double[] lengths = { 11e-3, 2e-3, 11e-3, 2e-3 };
        for (int k = 1; k < starts.length; k++) {
            starts[k] = starts[k - 1] + lengths[(k - 1) % 4];
        }
        Map<String, StudyDesign.Variation> perCycle = Map.of(
                "g_hrs", new StudyDesign.Variation("device_g_hrs", "S", 0.3, true, Distribution.LOGNORMAL, true),
                "g_lrs", new StudyDesign.Variation("device_g_lrs", "S", 0.1, true, Distribution.LOGNORMAL, true));
        DeviceModel scattered = CycleToCycleModel.of(new BipolarFilamentFamily(), Values.of(Map.of()), perCycle,
                starts, 5);
        AppliedStimulus s = AppliedStimulus.electrical(enduranceCycles(cycles));
        Simulator simulator = new Simulator(SimulationOptions.sampledEvery(1e-2));
        double[] window = new Endurance("endurance").analyse(simulator.run(scattered, s, ProgressListener.NONE), s)
                .column("window");
        double deterministic = new Endurance("endurance").analyse(simulator.run(PRESET, s, ProgressListener.NONE), s)
                .column("window")[0];
        double[] sorted = window.clone();
        Arrays.sort(sorted);
        assertEquals(cycles, sorted.length);
        assertTrue(sorted[cycles - 1] / sorted[0] > 3, "scatter " + sorted[0] + " … " + sorted[cycles - 1]);
        assertEquals(deterministic, sorted[cycles / 2], 0.2 * deterministic, "median window");
        assertTrue(sorted[0] >= 1e4, "smallest window " + sorted[0]);
    }

    /**
     * docs/papers.md#paper-c: "Impedance 0.1–100 kHz at 40 mV: HRS and pristine state resistances drop at high
     * frequency (mixed ionic-electronic); capacitance → ~0.5 nF geometric at high frequency; LRS frequency-flat
     * (filament)". Issue 13: not modelled. The geometric capacitance and the ion-blocked ionic path
     * (docs/models.md#jamnik-maier-2001): pristine parallel resistance at 100 kHz below 0.7 of that at 100 Hz
     * (the paper gives no ratio; the preset halves it), parallel capacitance at 100 kHz 0.5 nF ± 5 %, the LRS
     * (`w0 = a0 = 1`, about 270 Ω) |Z| at 100 kHz within 3 % of that at 100 Hz. 40 mV probe around 0 V.
     */
    @Test
    void impedanceOfThePristineCellDropsAtHighFrequencyAndTheLrsStaysFlat() {
        double[] frequencies = { 100, 1e3, 1e4, 1e5 };
        ResultTable pristine = ImpedanceSpectrum.measure("z", PRESET, 0, 0.04, frequencies, 1e-3, 2);
        double[] resistance = pristine.column("resistance");
        assertTrue(resistance[3] < 0.7 * resistance[0], "pristine R " + resistance[0] + " → " + resistance[3]);
        assertEquals(0.5e-9, pristine.column("capacitance")[3], 0.05 * 0.5e-9, "capacitance at 100 kHz");
        DeviceModel lrs = new BipolarFilamentFamily().create(Map.of("w0", 1.0, "a0", 1.0));
        double[] z = ImpedanceSpectrum.measure("z", lrs, 0, 0.04, frequencies, 1e-3, 2).column("z_magnitude");
        assertEquals(1.0, z[3] / z[0], 0.03, "LRS |Z| " + z[0] + " → " + z[3]);
    }

    /** The endurance cycles: set 1.2 V, read, reset −1.5 V, read, each part followed by 1 ms (26 ms per cycle). */
    static Sequence enduranceCycles(int cycles) {
        List<Waveform> parts = new ArrayList<>();
        for (int c = 0; c < cycles; c++) {
            parts.add(PulseTrain.single(1.2, 10e-3, 0, 0, 0, 1e-3));
            parts.add(PulseTrain.single(0.1, 1e-3, 0, 0, 0, 1e-3));
            parts.add(PulseTrain.single(-1.5, 10e-3, 0, 0, 0, 1e-3));
            parts.add(PulseTrain.single(0.1, 1e-3, 0, 0, 0, 1e-3));
        }
        return new Sequence(parts);
    }

    /**
     * docs/papers.md#paper-c: "Retention of LRS (~383 Ω) at elevated temperature, read at 0.1 V: retention time
     * 1200 s at 363 K, 60 s at 400 K; the paper models retention t ∝ exp(E_a/kT)". Retention time
     * here: the read current halves. Issue 4: retention at several temperatures with an Arrhenius fit
     * of E_a; the paper's two points give 1.01 eV (± 5 %), and 1200 s at 363 K within 20 %. Issue 13:
     * a filament holds its state, then fails — the read current keeps 90 % for more than half the
     * retention time (an exponential fade from the start keeps it for 0.15 of it).
     */
    @Test
    void retentionIsThermallyActivated() {
        DeviceModel lrs = new BipolarFilamentFamily().create(Map.of("w0", 1.0, "a0", 1.0));
        double[] kelvin = { 363, 400 };
        double[] spacing = { 30, 2 };
        double[] times = new double[2];
        for (int k = 0; k < 2; k++) {
            PulseTrain reads = new PulseTrain(0.1, 1e-3, 0, 0, spacing[k], 150, 0, 0);
            AppliedStimulus s = new AppliedStimulus(new Sequence(List.of(PulseTrain.single(1.2, 10e-3, 0, 0, 0,
                    1e-3), reads)),
                    java.util.Optional.empty(), 0, kelvin[k]);
            TimeSeries run = new Simulator(SimulationOptions.sampledEvery(spacing[k])).run(lrs, s,
                    ProgressListener.NONE);
            ResultTable retention = new Retention("retention").analyse(run, s);
            times[k] = retention.scalar("retention_50").orElseThrow().value();
            double holds = retention.scalar("retention_90").orElseThrow().value();
            assertTrue(holds >= 0.5 * times[k], kelvin[k] + " K: 90 % kept for " + holds + " s of " + times[k] + " s");
        }
        assertEquals(1200, times[0], 0.2 * 1200, "retention at 363 K");
        assertEquals(1.013, Arrhenius.fit(kelvin, times).activationEnergy(), 0.05, "E_a in eV");
    }

    /**
     * docs/papers.md#paper-c: "set 1.25 V with a 100 ns pulse (1.1 mA) → write energy 14 fJ/µm² over 10⁴ µm²".
     * Issue 4: ± 30 %. The source's energy V·I·t with a 1.1 mA compliance.
     */
    @Test
    void hundredNanosecondSetCostsFourteenFemtojoulesPerSquareMicron() {
        PulseTrain pulse = PulseTrain.single(1.25, 100e-9, 0, 0, 0, 0);
        AppliedStimulus s = AppliedStimulus.electrical(pulse).withLimit(new SourceLimit(0, 1.1e-3, 0));
        TimeSeries run = new Simulator(SimulationOptions.sampledEvery(1e-9)).run(PRESET, s, ProgressListener.NONE);
        double energy = new EnergyPerPulse("energy").analyse(run, s).column("energy")[0];
        double perArea = energy / 1e4 * 1e15;
        assertEquals(14, perArea, 0.3 * 14, "fJ/µm²");
        double[] w = run.column("w");
        assertTrue(w[w.length - 1] > 0.9, "the pulse sets the cell");
    }

    /**
     * The settled currents of a DC sweep's 0.1 V step before the +1.5 V top (the HRS read) and after
     * it (the LRS read), as C1 reads them.
     */
    static double[] hrsAndLrsReads(TimeSeries run, AppliedStimulus dc) {
        ResultTable steps = new StepIv("iv", 0.5).analyse(run, dc);
        double[] v = steps.column("voltage");
        double[] i = steps.column("current");
        double hrs = Double.NaN;
        double lrs = Double.NaN;
        boolean pastTop = false;
        for (int k = 0; k < v.length; k++) {
            pastTop |= Math.abs(v[k] - 1.5) < 1e-9;
            if (Math.abs(v[k] - 0.1) < 1e-9) {
                if (pastTop) {
                    lrs = i[k];
                } else {
                    hrs = i[k];
                }
            }
        }
        return new double[] { hrs, lrs };
    }

    private static final double[] POTENTIATION = { 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5 };
    private static final double[] DEPRESSION = { -0.3, -0.4, -0.5, -0.6, -0.7, -0.8, -0.9, -1.0, -1.1, -1.2, -1.3,
        -1.4, -1.5, -1.6, -1.7 };

    /** The first and last amplitude of the analog class (1) among those of one sign, by magnitude. */
    private static double[] analogEdges(Map<Double, Integer> classes, double sign) {
        double low = Double.NaN;
        double high = Double.NaN;
        for (var e : classes.entrySet()) {
            double magnitude = e.getKey() * sign;
            if (magnitude > 0 && e.getValue() == 1) {
                low = Double.isNaN(low) ? magnitude : Math.min(low, magnitude);
                high = Double.isNaN(high) ? magnitude : Math.max(high, magnitude);
            }
        }
        return new double[] { low, high };
    }

    /**
     * docs/papers.md#paper-c: "program to a common starting conductance, then 300 identical pulses; amplitudes
     * +0.5…+1.2 V (potentiation) and −0.4…−1.7 V (depression). Classify each amplitude by its on/off
     * ratio after the train: &lt; 1 no change, 1–100 analog, &gt; 100 digital. Result: analog window
     * +1.0…+1.2 V for potentiation, −0.4…−1.5 V for depression; the depression window is wider".
     * Issue 4: each edge ± 0.1 V. Protocol (the paper gives no pulse width): 100 ns pulses every
     * 10 ms, each read at 0.1 V 4 ms later; reset at −1.7 V before a potentiating train, set at
     * +1.2 V before a depressing one. Amplitudes beyond the analog window switch digitally.
     */
    @Test
    void analogProgrammingWindowMatchesPaperC() {
        double[] amplitudes = new double[POTENTIATION.length + DEPRESSION.length];
        System.arraycopy(POTENTIATION, 0, amplitudes, 0, POTENTIATION.length);
        System.arraycopy(DEPRESSION, 0, amplitudes, POTENTIATION.length, DEPRESSION.length);
        AppliedStimulus s = AppliedStimulus.electrical(ProgrammingMap.of(amplitudes, 300,
                new ProgrammingMap.Timing(100e-9, 10e-3, 0.1, 1e-3, 4e-3, 10e-3), 1.2, -1.7));
        TimeSeries run = new Simulator(SimulationOptions.sampledEvery(1.0)).run(PRESET, s, ProgressListener.NONE);
        ResultTable map = new ProgrammingWindow("window").analyse(run, s);
        double[] amplitude = map.column("amplitude");
        double[] pulse = map.column("pulse");
        double[] cls = map.column("class");
        Map<Double, Integer> classes = new java.util.TreeMap<>();
        for (int r = 0; r < amplitude.length; r++) {
            classes.put(amplitude[r], (int) cls[r]);
        }
        assertEquals(amplitudes.length, classes.size());
        assertEquals(301 * amplitudes.length, pulse.length, "a read before the train and after every pulse");
        double[] up = analogEdges(classes, 1);
        double[] down = analogEdges(classes, -1);
        assertEquals(1.0, up[0], 0.1 + 1e-9, "potentiation window starts");
        assertEquals(1.2, up[1], 0.1 + 1e-9, "potentiation window ends");
        assertEquals(0.4, down[0], 0.1 + 1e-9, "depression window starts");
        assertEquals(1.5, down[1], 0.1 + 1e-9, "depression window ends");
        assertTrue(down[1] - down[0] > up[1] - up[0], "the depression window is wider");
        assertEquals(0, classes.get(0.5), "no change far below the window");
        assertEquals(2, classes.get(1.5), "digital above the potentiation window");
        assertEquals(2, classes.get(-1.7), "digital beyond the depression window");
    }
}
