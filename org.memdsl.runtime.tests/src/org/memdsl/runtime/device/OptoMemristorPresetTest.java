package org.memdsl.runtime.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.measurement.BcmWeightChange;
import org.memdsl.runtime.measurement.PairedPulseFacilitation;
import org.memdsl.runtime.measurement.SrdpSegments;
import org.memdsl.runtime.measurement.StaircaseHysteresis;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.simulation.SimulationOptions;
import org.memdsl.runtime.simulation.Simulator;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.Constant;
import org.memdsl.runtime.stimulus.PairedPulses;
import org.memdsl.runtime.stimulus.PulseTrain;
import org.memdsl.runtime.stimulus.RateProtocols;
import org.memdsl.runtime.stimulus.StaircaseSweep;
import org.memdsl.runtime.stimulus.Waveform;

/**
 * The paper-A preset (CsPbBr3 lateral opto-memristor) against docs/papers.md#paper-a with the
 * tolerances of docs/calibration.md#opto_memristor. Light is the paper's CW 532 nm at 30 mW/cm²
 * (300 W/m²). Where the paper gives no protocol detail the test chooses one and says so.
 */
class OptoMemristorPresetTest {

    private static final DeviceModel PRESET = new OptoMemristorFamily().create(Map.of());
    private static final double LIGHT = 300.0;
    private static final double[] PPF_INTERVALS = { 1e-3, 2e-3, 4e-3, 7e-3, 10e-3, 15e-3, 20e-3, 30e-3, 40e-3,
            60e-3 };
    private static final double[] BCM_FREQUENCIES = { 10, 20, 50, 100, 200, 500, 1000, 2000, 4000 };

    private static AppliedStimulus stimulus(Waveform voltage, boolean light) {
        return light ? new AppliedStimulus(voltage,
                Optional.of(new Constant(LIGHT, 0, voltage.duration(), voltage.duration())), 532e-9, 300)
                : AppliedStimulus.electrical(voltage);
    }

    private static TimeSeries run(AppliedStimulus stimulus, double sample) {
        return new Simulator(SimulationOptions.sampledEvery(sample)).run(PRESET, stimulus, ProgressListener.NONE);
    }

    /** 3 V, 6 ms pairs, 20 pairs per interval, 1 s between pairs (the rest is not in the paper). */
    private static double[] ppf(boolean light) {
        AppliedStimulus s = stimulus(PairedPulses.of(3.0, 6e-3, 0, PPF_INTERVALS, 20, 1.0), light);
        ResultTable table = new PairedPulseFacilitation("ppf").analyse(run(s, 1e-3), s);
        assertEquals(20.0, table.column("pairs")[0]);
        return table.column("ppf_percent");
    }

    /**
     * docs/papers.md#paper-a: "Dark: maximum ≈ 250 % at the shortest interval, falling to 2–5 % at 60 ms".
     * Issue 3: maximum between 200 % and 300 % at the shortest interval, monotone; issue 13: the
     * paper's 2–5 % at 60 ms (the slow interfacial ions {@code y} keep that trace after the contact
     * ions have gone back).
     */
    @Test
    void darkPairedPulsesFacilitateAndDecayWithTheInterval() {
        double[] index = ppf(false);
        assertTrue(index[0] >= 200 && index[0] <= 300, "shortest interval: " + index[0]);
        assertTrue(index[index.length - 1] >= 2 && index[index.length - 1] <= 5, "60 ms: " + index[index.length - 1]);
        for (int i = 1; i < index.length; i++) {
            assertTrue(index[i] < index[i - 1], "monotone decay: " + Arrays.toString(index));
        }
    }

    /** docs/papers.md#paper-a: "Under 30 mW/cm²: slight paired-pulse depression (negative index)". */
    @Test
    void illuminatedPairedPulsesAreDepressed() {
        double[] index = ppf(true);
        for (double value : index) {
            assertTrue(value < 0 && value > -50, "slight depression at every interval: " + Arrays.toString(index));
        }
    }

    private static double settledCurrent(double volts, boolean light) {
        AppliedStimulus s = stimulus(PulseTrain.single(volts, 2.0, 0, 0, 0, 0), light);
        TimeSeries series = run(s, 1e-3);
        double[] time = series.column("time");
        double[] current = series.column("current");
        int k = 0;
        while (time[k] < 1.9) {
            k++;
        }
        return current[k];
    }

    /**
     * docs/papers.md#paper-a: "Photocurrent ≈ 30× the dark current under 30 mW/cm²". Issue 3: between 20× and
     * 40× at the same bias; 1 V, read after 1.9 s.
     */
    @Test
    void photocurrentIsAboutThirtyTimesTheDarkCurrent() {
        double ratio = settledCurrent(1.0, true) / settledCurrent(1.0, false);
        assertTrue(ratio >= 20 && ratio <= 40, "light/dark: " + ratio);
    }

    private static StaircaseHysteresis.Summary hysteresis(boolean light) {
        return hysteresis(light, 20e-3);
    }

    private static StaircaseHysteresis.Summary hysteresis(boolean light, double dwell) {
        AppliedStimulus s = stimulus(new StaircaseSweep(2.0, -2.0, 0.1, dwell, 1), light);
        StaircaseHysteresis measurement = new StaircaseHysteresis("hysteresis", 0.5);
        return StaircaseHysteresis.summarise(measurement.analyse(run(s, 1e-3), s));
    }

    /**
     * docs/papers.md#paper-a: "in the dark an inverted (inductive-like) hysteresis". Issue 3: inverted
     * hysteresis in the dark sweep. Staircase ±2 V, 0.1 V steps of 20 ms (the paper gives no
     * dwell).
     */
    @Test
    void darkStaircaseHasInvertedInductiveHysteresis() {
        assertEquals(StaircaseHysteresis.Type.INDUCTIVE, hysteresis(false).type());
    }

    /**
     * docs/papers.md#paper-a: the dark loop is inverted (inductive-like) on a "quasi-DC staircase sweep" whose dwell
     * the paper does not give; issue 13 found the loop capacitive at 100 ms per step. Inductive at 10, 20, 50 and
     * 100 ms per step (±2 V, 0.1 V steps): the contact ions, driven partly by the interfacial voltage, keep
     * outweighing the slow screening.
     */
    @Test
    void darkStaircaseIsInductiveAtEveryDwell() {
        for (double dwell : new double[] { 10e-3, 20e-3, 50e-3, 100e-3 }) {
            StaircaseHysteresis.Summary loop = hysteresis(false, dwell);
            assertEquals(StaircaseHysteresis.Type.INDUCTIVE, loop.type(), dwell + " s per step, area " + loop.area());
        }
    }

    /**
     * docs/papers.md#paper-a, SRDP in the dark: 4 V, 200 µs pulses, 1 → 2.5 → 4 → 2.5 → 1 kHz in segments of equal
     * duration; "weight increases at the high frequency, decreases at intermediate, and also decreases at the low
     * frequency". The segment duration is not in the paper: 20, 50 and 100 ms, each from rest. The change within a
     * segment is its last EPSC against its first ({@link SrdpSegments}); the signs must be −, −, +, −, −.
     */
    @Test
    void darkSrdpPotentiatesOnlyAtTheHighFrequency() {
        double[] frequencies = { 1000, 2500, 4000, 2500, 1000 };
        double[] expectedSign = { -1, -1, 1, -1, -1 };
        for (double segment : new double[] { 20e-3, 50e-3, 100e-3 }) {
            AppliedStimulus s = stimulus(RateProtocols.segments(4.0, 200e-6, frequencies, segment), false);
            double[] change = new SrdpSegments("srdp").analyse(run(s, 1e-4), s).column("change_percent");
            for (int k = 0; k < change.length; k++) {
                assertEquals(expectedSign[k], Math.signum(change[k]),
                        segment + " s segments: " + Arrays.toString(change));
            }
        }
    }

    /**
     * docs/papers.md#paper-a: "Under light the hysteresis is capacitive-like at low |V| and inductive-like at
     * high |V|; the type changes at crossing points P1 ≈ −1.6 V and P2 ≈ +1.2 V." The model is
     * symmetric, so the test asks for one crossing per polarity between 1 and 1.7 V in magnitude.
     */
    @Test
    void illuminatedStaircaseChangesTypeAtCrossingPoints() {
        double[] crossings = hysteresis(true).crossings();
        assertEquals(2, crossings.length, Arrays.toString(crossings));
        assertTrue(crossings[0] <= -1.0 && crossings[0] >= -1.7, "P1: " + crossings[0]);
        assertTrue(crossings[1] >= 1.0 && crossings[1] <= 1.7, "P2: " + crossings[1]);
    }

    private static ResultTable bcm(boolean light) {
        AppliedStimulus s = stimulus(RateProtocols.trains(4.0, 200e-6, BCM_FREQUENCIES, 100, 20.0), light);
        return new BcmWeightChange("bcm", 5).analyse(run(s, 1e-3), s);
    }

    /**
     * docs/papers.md#paper-a: BCM-like curve from trains of 100 pulses, weight change from the first and last 5
     * pulses: depression at low frequency, potentiation at high frequency; "light shifts the
     * curve's minimum and the sign-change frequency higher". Issue 3: negative at low and positive
     * at high frequency, sign change under light higher by at least 20 %. Pulses of 4 V, 200 µs as in
     * the paper's SRDP protocol, 20 s between trains.
     */
    @Test
    void bcmTickSlidesToHigherFrequencyUnderLight() {
        ResultTable dark = bcm(false);
        ResultTable light = bcm(true);
        for (ResultTable table : new ResultTable[] { dark, light }) {
            double[] change = table.column("weight_change_percent");
            assertTrue(change[0] < 0, "depression at 10 Hz: " + Arrays.toString(change));
            assertTrue(change[change.length - 1] > 0, "potentiation at 4 kHz: " + Arrays.toString(change));
        }
        double darkThreshold = dark.scalar("sign_change_frequency").orElseThrow().value();
        double lightThreshold = light.scalar("sign_change_frequency").orElseThrow().value();
        assertTrue(lightThreshold >= 1.2 * darkThreshold, "dark " + darkThreshold + " Hz, light " + lightThreshold);
    }

    private static double[] stepCurrent(double volts, double... times) {
        TimeSeries series = run(stimulus(PulseTrain.single(volts, 0.2, 0, 0, 0, 0), true), 1e-4);
        double[] time = series.column("time");
        double[] current = series.column("current");
        double[] at = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            int k = Arrays.binarySearch(time, times[i]);
            at[i] = current[k >= 0 ? k : -k - 1];
        }
        return at;
    }

    /**
     * docs/papers.md#paper-a: "Transient under light at constant bias: at 1 V a capacitive decay (current falls
     * from an initial peak); at 2 V capacitive at first, then an inductive (slowly rising) response
     * that equilibrates after tens of ms."
     */
    @Test
    void illuminatedStepsAreCapacitiveAtOneVoltAndCapacitiveThenInductiveAtTwo() {
        double[] oneVolt = stepCurrent(1.0, 1e-4, 5e-3, 20e-3, 60e-3, 190e-3);
        for (int i = 1; i < oneVolt.length; i++) {
            assertTrue(oneVolt[i] < oneVolt[i - 1], "1 V decays: " + Arrays.toString(oneVolt));
        }
        assertTrue(oneVolt[4] < 0.8 * oneVolt[0], "visible decay: " + Arrays.toString(oneVolt));

        double[] twoVolts = stepCurrent(2.0, 1e-4, 10e-3, 150e-3, 190e-3);
        assertTrue(twoVolts[1] < twoVolts[0], "2 V decays first: " + Arrays.toString(twoVolts));
        assertTrue(twoVolts[2] > 1.3 * twoVolts[1], "then rises: " + Arrays.toString(twoVolts));
        assertEquals(twoVolts[2], twoVolts[3], 0.03 * twoVolts[3], "settled within tens of ms");
    }

    /**
     * Pulses beyond the paper's 4 V: single 200 µs pulses of 5, 8 and 12 V once stopped with "NaN appears during
     * integration" (5 V) or crept on in ever smaller steps (8 V): an overshooting trial stage of the screening
     * drift overflowed {@code sinh}. The drift's exponent is held below e^120 now; the screening charges towards
     * the applied voltage and never past it.
     */
    @Test
    void pulsesBeyondThePaperRangeIntegrate() {
        for (double volts : new double[] { 5.0, 8.0, 12.0 }) {
            TimeSeries series = run(stimulus(PulseTrain.single(volts, 200e-6, 0, 0, 0, 0), false), 1e-5);
            double[] screening = series.column("s");
            double end = screening[screening.length - 1];
            assertTrue(end > 0 && end < volts, volts + " V: screening " + end + " V");
        }
    }
}
