package org.memdsl.runtime.array;

import java.util.List;

import org.hipparchus.random.RandomGenerator;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;
import org.memdsl.runtime.device.DeclaredDevice;
import org.memdsl.runtime.result.RequestedOutput;
import org.memdsl.runtime.simulation.RandomStreams;

/**
 * A compiled experiment on an array: the array's kind and settings, its cell (a declared device
 * with its device-to-device variation), the steps in order, the outputs to write and the seed of
 * every random draw.
 */
public record ArrayPlan(String name, ArrayKind kind, DeclaredDevice cell, Values settings, List<Step> steps,
        List<RequestedOutput> outputs, long seed) {

    /** One operation with its pattern ({@code null} when it takes none) and arguments. */
    public record Step(ArrayOperation operation, Pattern pattern, Values arguments) {

        public ParameterValues values() {
            return new ParameterValues(operation, arguments);
        }
    }

    public ArrayPlan {
        steps = List.copyOf(steps);
        outputs = List.copyOf(outputs);
    }

    public ArrayPlan withSeed(long newSeed) {
        return new ArrayPlan(name, kind, cell, settings, steps, outputs, newSeed);
    }

    public ParameterValues settingsValues() {
        return new ParameterValues(kind, settings);
    }

    public RandomGenerator random(RandomStreams purpose) {
        return purpose.generator(seed);
    }
}
