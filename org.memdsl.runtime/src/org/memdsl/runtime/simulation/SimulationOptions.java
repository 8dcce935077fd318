package org.memdsl.runtime.simulation;

/**
 * Numerical settings of one run. {@code sampleInterval} decimates the output (the integrator's own
 * steps are chosen adaptively); every stimulus breakpoint is also recorded. The absolute tolerance
 * is relative to each state variable's scale ({@code DeviceModel.stateScales()}).
 */
public record SimulationOptions(double sampleInterval, double absoluteTolerance, double relativeTolerance,
        double maxStep) {

    public SimulationOptions {
        if (!(sampleInterval > 0 && absoluteTolerance > 0 && relativeTolerance > 0 && maxStep > 0)) {
            throw new IllegalArgumentException("simulation options must all be > 0");
        }
    }

    public static SimulationOptions sampledEvery(double sampleInterval) {
        return new SimulationOptions(sampleInterval, 1e-12, 1e-9, Double.MAX_VALUE);
    }

    public SimulationOptions withMaxStep(double step) {
        return new SimulationOptions(sampleInterval, absoluteTolerance, relativeTolerance, step);
    }
}
