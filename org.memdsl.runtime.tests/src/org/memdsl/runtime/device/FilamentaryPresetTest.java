package org.memdsl.runtime.device;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.memdsl.runtime.measurement.EnergyPerPulse;
import org.memdsl.runtime.measurement.EpscPerPulse;
import org.memdsl.runtime.measurement.OnOffRatio;
import org.memdsl.runtime.measurement.Retention;
import org.memdsl.runtime.measurement.SwitchingEvents;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseTrain;
import org.memdsl.runtime.stimulus.PulseWindow;
import org.memdsl.runtime.stimulus.Sequence;
import org.memdsl.runtime.stimulus.TriangularSweep;
import org.memdsl.runtime.stimulus.Waveform;

/**
 * The paper-B preset (MAPbI3 back-contacted crosspoint synapse, filamentary) against the numbers
 * of docs/papers.md#paper-b, with the tolerances of docs/calibration.md#filamentary. Pulse
 * intervals are not given in the paper; the protocols use a gap equal to the pulse width (55 ms)
 * or 80 ms, and 2 V/s sweeps.
 */
class FilamentaryPresetTest {

    private static final DeviceModel PRESET = new FilamentaryFamily().create(Map.of());

    private static TimeSeries run(Waveform voltage, double sample, long seed) {
        return new Simulator(SimulationOptions.sampledEvery(sample)).simulate(PRESET,
                AppliedStimulus.electrical(voltage),
                ProgressListener.NONE, new Well19937c(seed)).series();
    }

    private static double[] epsc(Waveform voltage, TimeSeries run) {
        return new EpscPerPulse("epsc", 0).analyse(run, AppliedStimulus.electrical(voltage)).column("epsc");
    }

    /**
     * docs/papers.md#paper-b: "Ten 0.1 V, 55 ms pulses: 0.1 nA → 10 nA … the conductance doubles between pulse 1
     * and 2; energy of that update E = I·V·t ≈ 640 fJ". Issue 3: first-pulse current 0.1 nA ± 30 %,
     * tenth within 5–20 nA, energy 640 fJ ± 30 %.
     */
    @Test
    void tenWeakPulsesPotentiateFromOffWithTheMeasuredEnergy() {
        PulseTrain pulses = new PulseTrain(0.1, 55e-3, 0, 0, 110e-3, 10, 0, 10e-3);
        TimeSeries run = run(pulses, 1e-3, 1);
        double[] current = epsc(pulses, run);
        double energy = new EnergyPerPulse("energy").analyse(run,
                AppliedStimulus.electrical(pulses)).column("energy")[0];
        assertEquals(0.1e-9, current[0], 0.3 * 0.1e-9, "first pulse");
        assertTrue(current[9] >= 5e-9 && current[9] <= 20e-9, "tenth pulse: " + current[9]);
        for (int k = 1; k < 10; k++) {
            assertTrue(current[k] > current[k - 1], "every pulse raises the current");
        }
        assertEquals(640e-15, energy, 0.3 * 640e-15, "energy of the first update");
    }

    /**
     * docs/papers.md#paper-b: "ten +100 mV, 80 ms pulses take the current from 0.1 nA (pulse 1) to 8 nA
     * (pulse 10); then ten −100 mV pulses take it from −6 nA to −0.1 nA". Issue 13 (it gave 0.13 → 332 nA and
     * −345 → −0.17 nA): each of the four numbers within a factor of two. The paper gives no interval; the
     * gap equals the pulse width (period 160 ms), seed 1.
     */
    @Test
    void positiveThenNegativePulsesGoToThePaperCurrents() {
        double[] current = epsc(eightyMillisecondPulses(), run(eightyMillisecondPulses(), 1e-3, 1));
        assertWithinFactorTwo(0.1e-9, current[0], "first +100 mV pulse");
        assertWithinFactorTwo(8e-9, current[9], "tenth +100 mV pulse");
        assertWithinFactorTwo(-6e-9, current[10], "first −100 mV pulse");
        assertWithinFactorTwo(-0.1e-9, current[19], "tenth −100 mV pulse");
    }

    private static Sequence eightyMillisecondPulses() {
        return new Sequence(List.of(new PulseTrain(0.1, 80e-3, 0, 0, 160e-3, 10, 0, 80e-3),
                new PulseTrain(-0.1, 80e-3, 0, 0, 160e-3, 10, 0, 80e-3)));
    }

    private static void assertWithinFactorTwo(double expected, double actual, String what) {
        double ratio = actual / expected;
        assertTrue(ratio >= 0.5 && ratio <= 2, what + ": " + actual + " A against the paper's " + expected + " A");
    }

    /**
     * docs/papers.md#paper-b: the increase over ten 0.1 V, 55 ms pulses is "roughly exponential in pulse
     * number, not every pulse the same relative step". Issue 13: every step was exactly × 1.736. The
     * growth efficiency is drawn per pulse from the run's seeded generator, so the relative steps differ
     * (largest over smallest above 1.15; a deterministic cell gives 1.003), a seed repeats its run bit for
     * bit and another seed gives another run.
     */
    @Test
    void relativeStepsDifferFromPulseToPulseAndRepeatWithTheSeed() {
        PulseTrain pulses = new PulseTrain(0.1, 55e-3, 0, 0, 110e-3, 10, 0, 10e-3);
        double[] current = epsc(pulses, run(pulses, 1e-3, 1));
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (int k = 1; k < current.length; k++) {
            double step = current[k] / current[k - 1];
            smallest = Math.min(smallest, step);
            largest = Math.max(largest, step);
        }
        assertTrue(smallest > 1 && largest / smallest > 1.15, "steps from " + smallest + " to " + largest);
        assertArrayEquals(current, epsc(pulses, run(pulses, 1e-3, 1)), "same seed, same run");
        assertFalse(Arrays.equals(current, epsc(pulses, run(pulses, 1e-3, 2))), "another seed, another run");
    }

    /**
     * docs/papers.md#paper-b: ten 0.1 V pulses of 55 ms take the current 0.1 → 10 nA, of 80 ms 0.1 → 8 nA:
     * a longer pulse does not grow the filament more (the growth front saturates within a pulse). Issue 13:
     * the 80 ms train grew 41 × too much. Same seed, each train with a gap equal to its width: the log
     * growth over the ten 80 ms pulses is within 0.7–1.3 of that over the 55 ms pulses (paper:
     * ln 80 / ln 100 = 0.95).
     */
    @Test
    void eightyMillisecondPulsesGrowAboutAsMuchAsFiftyFive() {
        PulseTrain short55 = new PulseTrain(0.1, 55e-3, 0, 0, 110e-3, 10, 0, 55e-3);
        PulseTrain long80 = new PulseTrain(0.1, 80e-3, 0, 0, 160e-3, 10, 0, 80e-3);
        double[] a = epsc(short55, run(short55, 1e-3, 1));
        double[] b = epsc(long80, run(long80, 1e-3, 1));
        double ratio = Math.log(b[9] / b[0]) / Math.log(a[9] / a[0]);
        assertTrue(ratio >= 0.7 && ratio <= 1.3, "log growth 80 ms / 55 ms: " + ratio);
    }

    /**
     * docs/papers.md#paper-b: after setting ON with 10 pulses (200 mV, 80 ms), read with 1 mV pulses, flat for
     * ~20 s, then decays, back at S_OFF ≈ 30 s. Issue 3: ≥ 90 % of ON at 15 s, within 2× of OFF at
     * 35 s.
     */
    @Test
    void retentionHoldsThenDissolves() {
        PulseTrain set = new PulseTrain(0.2, 80e-3, 0, 0, 160e-3, 10, 0, 0);
        PulseTrain reads = new PulseTrain(1e-3, 1e-3, 0, 0, 1.0, 40, 0.5, 0);
        Sequence protocol = new Sequence(List.of(set, reads));
        double[] current = epsc(protocol, run(protocol, 1e-2, 1));
        double start = set.duration() + 0.5;
        double gOn = current[10] / 1e-3;
        int at15 = 10 + (int) Math.round(15 - start);
        int at35 = 10 + (int) Math.round(35 - start);
        assertTrue(current[at15] / 1e-3 >= 0.9 * gOn, "at 15 s: " + current[at15] / 1e-3 / gOn);
        assertTrue(current[at35] / 1e-3 <= 2 * 0.8e-9, "at 35 s: " + current[at35] / 1e-3);

        ResultTable retention = new Retention("retention").analyse(run(protocol, 1e-2, 1),
                AppliedStimulus.electrical(protocol));
        assertEquals(40, retention.rows(), "the 1 mV reads");
        double t90 = retention.scalar("retention_90").orElseThrow().value();
        assertTrue(t90 >= 15 - 0.5 && t90 <= 30, "holds ≥ 90 % past 15 s of the protocol: " + t90);
        assertTrue(retention.scalar("retention_50").orElseThrow().value() <= 35 - 0.5, "half gone before 35 s");
    }

    /**
     * docs/papers.md#paper-b: 35 sweeps 0 → 0.2 → −0.2 → 0 V; set 0.16 ± 0.03 V, reset −0.12 ± 0.06 V,
     * S_ON/S_OFF at 0.02 V = 2.7 ± 2.2 × 10⁴. Issue 3: mean set 0.16 ± 0.02 V with spread ≈ 0.03 V
     * (here 0.015–0.045: the draws are truncated), mean reset −0.12 ± 0.03 V, median ON/OFF between
     * 10⁴ and 10⁵. Reset spread (issue 13): standard deviation 0.03–0.06 V with a reset in every one of
     * the 35 sweeps — the paper's ± 0.06 V read as a standard deviation would put a sixth of the resets
     * beyond the sweep's −0.2 V (then that sweep does not reset and the switching stops), so the
     * preset's truncated draws (σ = 0.06 V, cut at ± 1.3 σ) give about 0.04 V, resets spanning about
     * −0.19 … −0.04 V (docs/calibration.md#filamentary).
     */
    @Test
    void thirtyFiveSweepsSwitchAtThePaperVoltages() {
        double rate = 2.0;
        TriangularSweep sweeps = new TriangularSweep(0.2, -0.2, rate, 35);
        TimeSeries run = run(sweeps, 1e-4, 7);
        ResultTable events = new SwitchingEvents("switching", 0.01).analyse(run, AppliedStimulus.electrical(sweeps));
        List<Double> sets = new ArrayList<>();
        List<Double> resets = new ArrayList<>();
        for (int i = 0; i < events.rows(); i++) {
            (events.column("event")[i] > 0 ? sets : resets).add(events.column("voltage")[i]);
        }
        assertEquals(35, sets.size(), "a set in every sweep");
        assertEquals(35, resets.size(), "a reset in every sweep");
        assertEquals(0.16, mean(sets), 0.02);
        double spread = sd(sets);
        assertTrue(spread >= 0.015 && spread <= 0.045, "set spread " + spread);
        assertEquals(-0.12, mean(resets), 0.03);
        double resetSpread = sd(resets);
        assertTrue(resetSpread >= 0.03 && resetSpread <= 0.06, "reset spread " + resetSpread);

        ResultTable onOff = new OnOffRatio("on_off", 0.1).analyse(run, AppliedStimulus.electrical(sweeps));
        assertEquals(35, onOff.rows(), "one ratio per loop");
        double[] ratios = onOff.column("on_off").clone();
        Arrays.sort(ratios);
        assertTrue(ratios[17] >= 1e4 && ratios[17] <= 1e5, "median ON/OFF at 0.02 V: " + ratios[17]);
    }

    /**
     * docs/papers.md#paper-b: "Symmetric device, but switches preferentially in the direction of the first
     * sweep." Five sweeps that start towards −0.2 V set on the negative branch and reset on the
     * positive one, at the mirrored paper voltages (set 0.16 ± 0.03 V, reset −0.12 ± 0.06 V).
     */
    @Test
    void firstSweepDirectionDecidesWhereItSets() {
        TriangularSweep positiveFirst = new TriangularSweep(0.2, -0.2, 2.0, 5);
        Waveform negativeFirst = new Waveform() {
            public double value(double t) {
                return -positiveFirst.value(t);
            }

            public double duration() {
                return positiveFirst.duration();
            }

            public double[] breakpoints() {
                return positiveFirst.breakpoints();
            }

            public List<PulseWindow> pulseWindows() {
                return List.of();
            }
        };
        ResultTable events = new SwitchingEvents("switching", 0.01).analyse(run(negativeFirst, 1e-4, 3),
                AppliedStimulus.electrical(negativeFirst));
        int sets = 0;
        for (int i = 0; i < events.rows(); i++) {
            double v = events.column("voltage")[i];
            if (events.column("event")[i] > 0) {
                sets++;
                assertTrue(v < -0.16 + 0.06 && v > -0.16 - 0.06, "set on the negative branch: " + v);
            } else {
                assertTrue(v > 0.12 - 0.09 && v < 0.12 + 0.09, "reset on the positive branch: " + v);
            }
        }
        assertEquals(5, sets, "a set in every sweep");
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double sd(List<Double> values) {
        double m = mean(values);
        return Math.sqrt(values.stream().mapToDouble(v -> (v - m) * (v - m)).sum() / (values.size() - 1));
    }

    /**
     * A pulse far above the set voltage (3 V, 6 ms: the paired pulses of paper A) sets the cell within the
     * pulse instead of overflowing the integrator: the activated rates are held below e^120.
     */
    @Test
    void aStrongPulseSetsTheCellWithoutOverflow() {
        PulseTrain strong = PulseTrain.single(3.0, 6e-3, 0, 0, 0, 1e-3);
        double[] x = run(strong, 1e-3, 1).column("x");
        assertEquals(1.0, x[x.length - 1], 0.05, "set by the pulse");
    }
}
