package org.memdsl.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.AdaptiveStepsizeIntegrator;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The peer of {@link EngineBenchmark}'s state-steps: Hipparchus' adaptive integrators alone on the
 * cheapest ODE there is ({@code dyᵢ/dt = −(i+1)·yᵢ}, no model, no charge, no sampling), 1000 steps of
 * 1 ms per operation at the engine's tolerances (10⁻¹² absolute, 10⁻⁹ relative). Its state-steps per
 * second are the most any device model integrated by that integrator can reach on this machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class IntegratorFloorBenchmark {

    @Param({ "dormand_prince_853", "dormand_prince_54" })
    public String integrator;

    @Param({ "1", "3" })
    public int dimension;

    private OrdinaryDifferentialEquation decay;

    @Setup
    public void setUp() {
        int n = dimension;
        decay = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return n;
            }

            @Override
            public double[] computeDerivatives(double t, double[] y) {
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    d[i] = -(i + 1) * y[i];
                }
                return d;
            }
        };
    }

    @Benchmark
    public ODEStateAndDerivative thousandSteps(StateSteps steps) {
        AdaptiveStepsizeIntegrator in = integrator.equals("dormand_prince_853")
                ? new DormandPrince853Integrator(0, 1e-3, 1e-12, 1e-9)
                : new DormandPrince54Integrator(0, 1e-3, 1e-12, 1e-9);
        long[] count = new long[1];
        in.addStepHandler(interpolator -> count[0]++);
        double[] y0 = new double[dimension];
        Arrays.fill(y0, 1.0);
        ODEStateAndDerivative end = in.integrate(decay, new ODEState(0, y0), 1.0);
        steps.stateSteps += count[0] * dimension;
        return end;
    }
}
