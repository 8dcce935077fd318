package org.memdsl.runtime.network;

import java.util.List;
import java.util.Map;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;


/**
 * Parameters of the unsupervised spiking network of Diehl &amp; Cook (Front. Comput. Neurosci. 9, 99
 * (2015)), in SI units; the defaults are those of the authors' published simulation. Poisson inputs
 * (rate ∝ pixel, {@code 63.75 Hz} at full intensity), conductance-based leaky integrate-and-fire
 * excitatory neurons with an adaptive threshold {@code θ}, one inhibitory neuron per excitatory
 * neuron that inhibits all the others, and trace STDP on the input synapses with a column
 * normalisation before every example.
 */
public record DiehlCookParameters(int excitatory, double dt, double presentation, double rest, double inputRate,
        double intensityStep, int minSpikes, double maxIntensity, double vRestE, double vResetE, double vThreshE,
        double refractoryE, double lockoutE, double tauE, double thetaPlus, double tauTheta, double thetaStart,
        double vRestI, double vResetI, double vThreshI, double refractoryI, double tauI, double eExcitatory,
        double eInhibitoryE, double eInhibitoryI, double tauGe, double tauGi, double wExcToInh, double wInhToExc,
        double tauPre, double tauPost1, double tauPost2, double nuPre, double nuPost, double wMax, double wInitial,
        double columnSum) {

    /** Names, dimensions, defaults and ranges; the language checks {@code network} blocks against these. */
    public static final List<Parameter> SPECS = List.of(
            Parameter.count("excitatory", 400, 1, 100_000,
                    "excitatory (and inhibitory) neurons"),
            new Parameter("dt", Dimension.TIME, 0.5e-3, 1e-6, 1e-2, "time step"),
            new Parameter("presentation", Dimension.TIME, 0.35, 1e-3, 100, "time an image is shown"),
            new Parameter("rest", Dimension.TIME, 0.15, 0, 100, "rest between images, no input"),
            new Parameter("input_rate", Dimension.FREQUENCY, 63.75, 0, 1e4,
                    "input rate of a white pixel at the starting intensity"),
            new Parameter("intensity_step", Dimension.FREQUENCY, 31.875, 0, 1e4,
                    "rate added to a white pixel when an image drew too few spikes"),
            Parameter.count("min_spikes", 5, 0, 1_000_000,
                    "excitatory spikes an image must draw, else it is shown again brighter"),
            new Parameter("max_rate", Dimension.FREQUENCY, 1020, 0, 1e5, "brightest retry (white pixel)"),
            new Parameter("v_rest_e", Dimension.VOLTAGE, -65e-3, -1, 1, "excitatory resting potential"),
            new Parameter("v_reset_e", Dimension.VOLTAGE, -65e-3, -1, 1, "excitatory reset potential"),
            new Parameter("v_thresh_e", Dimension.VOLTAGE, -52e-3, -1, 1, "excitatory threshold at θ = θ0"),
            new Parameter("refractory_e", Dimension.TIME, 5e-3, 0, 1, "excitatory refractory period"),
            new Parameter("lockout_e", Dimension.TIME, 50e-3, 0, 10,
                    "time after a spike before the threshold can be crossed again (the published model's timer)"),
            new Parameter("tau_e", Dimension.TIME, 100e-3, 1e-5, 100, "excitatory membrane time constant"),
            new Parameter("theta_plus", Dimension.VOLTAGE, 0.05e-3, 0, 1, "threshold increase per spike"),
            new Parameter("tau_theta", Dimension.TIME, 1e4, 1e-3, 1e12, "threshold decay time"),
            new Parameter("theta0", Dimension.VOLTAGE, 20e-3, 0, 1,
                    "starting θ (the published model subtracts 20 mV, so θ0 = 20 mV starts at v_thresh_e)"),
            new Parameter("v_rest_i", Dimension.VOLTAGE, -60e-3, -1, 1, "inhibitory resting potential"),
            new Parameter("v_reset_i", Dimension.VOLTAGE, -45e-3, -1, 1, "inhibitory reset potential"),
            new Parameter("v_thresh_i", Dimension.VOLTAGE, -40e-3, -1, 1, "inhibitory threshold"),
            new Parameter("refractory_i", Dimension.TIME, 2e-3, 0, 1, "inhibitory refractory period"),
            new Parameter("tau_i", Dimension.TIME, 10e-3, 1e-5, 100, "inhibitory membrane time constant"),
            new Parameter("e_exc", Dimension.VOLTAGE, 0, -1, 1, "excitatory reversal potential"),
            new Parameter("e_inh_e", Dimension.VOLTAGE, -100e-3, -1, 1,
                    "inhibitory reversal potential of excitatory neurons"),
            new Parameter("e_inh_i", Dimension.VOLTAGE, -85e-3, -1, 1,
                    "inhibitory reversal potential of inhibitory neurons"),
            new Parameter("tau_ge", Dimension.TIME, 1e-3, 1e-6, 10, "excitatory conductance decay"),
            new Parameter("tau_gi", Dimension.TIME, 2e-3, 1e-6, 10, "inhibitory conductance decay"),
            new Parameter("w_exc_inh", Dimension.DIMENSIONLESS, 10.4, 0, 1e4, "excitatory → own inhibitory"),
            new Parameter("w_inh_exc", Dimension.DIMENSIONLESS, 17.0, 0, 1e4,
                    "inhibitory → every other excitatory"),
            new Parameter("tau_pre", Dimension.TIME, 20e-3, 1e-6, 10, "presynaptic trace decay"),
            new Parameter("tau_post1", Dimension.TIME, 20e-3, 1e-6, 10, "postsynaptic trace (depression)"),
            new Parameter("tau_post2", Dimension.TIME, 40e-3, 1e-6, 10, "postsynaptic trace (potentiation)"),
            new Parameter("nu_pre", Dimension.DIMENSIONLESS, 1e-4, 0, 1, "depression rate at a presynaptic spike"),
            new Parameter("nu_post", Dimension.DIMENSIONLESS, 1e-2, 0, 1,
                    "potentiation rate at a postsynaptic spike"),
            new Parameter("w_max", Dimension.DIMENSIONLESS, 1.0, 1e-9, 1e3, "largest weight (device G_max)"),
            new Parameter("w_init", Dimension.DIMENSIONLESS, 0.3, 0, 1e3, "initial weights uniform in (0, w_init)"),
            new Parameter("column_sum", Dimension.DIMENSIONLESS, 78, 0, 1e6,
                    "sum of each neuron's input weights, restored before every image (0: off)"));

    public DiehlCookParameters {
        if (excitatory < 1 || !(dt > 0) || presentation < dt) {
            throw new IllegalArgumentException("need at least one neuron and 0 < dt ≤ presentation");
        }
    }

    /** The published network with {@code excitatory} neurons. */
    public static DiehlCookParameters defaults(int excitatory) {
        return of(Map.of("excitatory", (double) excitatory));
    }

    /** Values by name as in {@link #SPECS}; missing ones take the defaults. */
    public static DiehlCookParameters of(Map<String, Double> given) {
        ParameterValues p = new ParameterValues(DiehlCookKind.NAME, SPECS, Values.of(given));
        return new DiehlCookParameters((int) p.get("excitatory"), p.get("dt"), p.get("presentation"), p.get("rest"),
                p.get("input_rate"), p.get("intensity_step"), (int) p.get("min_spikes"), p.get("max_rate"),
                p.get("v_rest_e"), p.get("v_reset_e"), p.get("v_thresh_e"), p.get("refractory_e"), p.get("lockout_e"),
                p.get("tau_e"),
                p.get("theta_plus"), p.get("tau_theta"), p.get("theta0"), p.get("v_rest_i"), p.get("v_reset_i"),
                p.get("v_thresh_i"), p.get("refractory_i"), p.get("tau_i"), p.get("e_exc"), p.get("e_inh_e"),
                p.get("e_inh_i"), p.get("tau_ge"), p.get("tau_gi"), p.get("w_exc_inh"), p.get("w_inh_exc"),
                p.get("tau_pre"), p.get("tau_post1"), p.get("tau_post2"), p.get("nu_pre"), p.get("nu_post"),
                p.get("w_max"), p.get("w_init"), p.get("column_sum"));
    }

    /** Time steps of one presentation. */
    public int presentationSteps() {
        return (int) Math.round(presentation / dt);
    }

    public int restSteps() {
        return (int) Math.round(rest / dt);
    }
}
