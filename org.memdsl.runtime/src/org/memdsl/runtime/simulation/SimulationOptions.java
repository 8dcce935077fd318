package org.memdsl.runtime.simulation;

/**
 * Numerical settings of one run. {@code sampleInterval} decimates the output (the integrator's own
 * steps are chosen adaptively); every stimulus breakpoint is also recorded. The absolute tolerance
 * is relative to each state variable's scale ({@code DeviceModel.stateScales()}). A run that takes
 * longer than {@code wallClockLimit} seconds of real time is stopped with an error (a guard, checked
 * every few integrator steps, against models far stiffer than the run's estimate assumed).
 */
public record SimulationOptions(double sampleInterval, double absoluteTolerance, double relativeTolerance,
        double maxStep, double wallClockLimit) {

    public SimulationOptions {
        if (!(sampleInterval > 0 && absoluteTolerance > 0 && relativeTolerance > 0 && maxStep > 0
                && wallClockLimit > 0)) {
            throw new IllegalArgumentException("simulation options must all be > 0");
        }
    }

    /** Options without a wall-clock limit. */
    public SimulationOptions(double sampleInterval, double absoluteTolerance, double relativeTolerance,
            double maxStep) {
        this(sampleInterval, absoluteTolerance, relativeTolerance, maxStep, Double.POSITIVE_INFINITY);
    }

    public static SimulationOptions sampledEvery(double sampleInterval) {
        return new SimulationOptions(sampleInterval, 1e-12, 1e-9, Double.MAX_VALUE);
    }

    public SimulationOptions withMaxStep(double step) {
        return new SimulationOptions(sampleInterval, absoluteTolerance, relativeTolerance, step, wallClockLimit);
    }

    /** These options, stopping a run after {@code seconds} of wall-clock time. */
    public SimulationOptions withWallClockLimit(double seconds) {
        return new SimulationOptions(sampleInterval, absoluteTolerance, relativeTolerance, maxStep, seconds);
    }
}
