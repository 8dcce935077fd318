package org.memdsl.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH counter of state updates: integrator steps (or closed-form advances) × state dimension of the
 * runs in one iteration, reported per second as "state-steps/s".
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class StateSteps {

    public long stateSteps;

    @Setup(Level.Iteration)
    public void reset() {
        stateSteps = 0;
    }
}
