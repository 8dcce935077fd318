package org.memdsl.runtime.network;

import java.util.ArrayList;
import java.util.List;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.stimulus.PulseTrain;
import org.memdsl.runtime.stimulus.Sequence;
import org.memdsl.runtime.stimulus.Waveform;

/**
 * The pulses that program a synaptic device: {@code potentiation} and {@code depression} volts
 * (the latter negative) for {@code width} seconds, each followed after {@code gap} by a read at
 * {@code read} volts for {@code readWidth}; {@code count} pulses per direction span the device's
 * range.
 */
public record ProgrammingPulses(double potentiation, double depression, double width, double read,
        double readWidth, double gap, int count) {

    public ProgrammingPulses {
        if (!(potentiation > 0 && depression < 0 && width > 0 && readWidth > 0 && gap >= 0 && count >= 1)) {
            throw new IllegalArgumentException(
                    "programming pulses need V_p > 0 > V_d, positive widths and count ≥ 1");
        }
        if (!(read > 0 && read < potentiation)) {
            throw new IllegalArgumentException("the read voltage must be positive and below the potentiating one");
        }
    }

    /**
     * The settings of a network block that give these pulses, with defaults for the kind of device
     * the network is usually made of.
     */
    static List<Parameter> settings(double potentiation, double depression, double width, int count) {
        return List.of(
                new Parameter("potentiation", Dimension.VOLTAGE, potentiation, 1e-6, 100,
                        "potentiating pulse of the synapse device"),
                new Parameter("depression", Dimension.VOLTAGE, depression, -100, -1e-6, "depressing pulse"),
                new Parameter("pulse_width", Dimension.TIME, width, 1e-12, 100, "programming pulse width"),
                new Parameter("read", Dimension.VOLTAGE, 0.1, 1e-6, 100, "read voltage of the characterisation"),
                new Parameter("read_width", Dimension.TIME, 1e-3, 1e-12, 100, "read pulse width"),
                new Parameter("pulse_gap", Dimension.TIME, 1e-3, 0, 100, "time between a pulse and its read"),
                Parameter.count("pulses", count, 1, 100_000,
                        "pulses that span the device's range, per direction (its states)"));
    }

    /** The pulses of a network block's {@link #settings settings}. */
    static ProgrammingPulses of(ParameterValues v) {
        return new ProgrammingPulses(v.get("potentiation"), v.get("depression"), v.get("pulse_width"), v.get("read"),
                v.get("read_width"), v.get("pulse_gap"), (int) v.get("pulses"));
    }

    /**
     * The characterisation protocol: {@code count} depressing pulses (to the floor), one read, then
     * {@code count} potentiating and {@code count} depressing pulses, each followed by a read.
     */
    Waveform characterisation() {
        List<Waveform> parts = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            parts.add(PulseTrain.single(depression, width, 0, 0, 0, gap));
        }
        parts.add(readPulse());
        for (double amplitude : new double[] { potentiation, depression }) {
            for (int k = 0; k < count; k++) {
                parts.add(PulseTrain.single(amplitude, width, 0, 0, 0, gap));
                parts.add(readPulse());
            }
        }
        return new Sequence(parts);
    }

    private Waveform readPulse() {
        return PulseTrain.single(read, readWidth, 0, 0, 0, gap);
    }
}
