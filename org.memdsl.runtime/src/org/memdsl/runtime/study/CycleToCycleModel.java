package org.memdsl.runtime.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.memdsl.runtime.catalog.Values;
import org.memdsl.runtime.device.DeviceEvent;
import org.memdsl.runtime.device.DeviceFamily;
import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.device.Drive;

/**
 * One device whose parameters are drawn afresh at the start of every cycle (every stimulus the
 * schedule places): cycle-to-cycle variation of any family. Cycle {@code c} is the family's model
 * with the varied parameters drawn around their nominal values from a generator seeded with
 * {@link StudyPoint#seedOf}{@code (seed, c)}; the state carries over from cycle to cycle, only the
 * equations change. A model that holds its parameters' draws for every cycle, chosen by time, so
 * the integrator, the events and the measurements see one ordinary device.
 */
public final class CycleToCycleModel implements DeviceModel {

    private final double[] starts;
    private final DeviceModel[] cycles;
    private final List<DeviceEvent> events;

    private CycleToCycleModel(double[] starts, DeviceModel[] cycles) {
        this.starts = starts;
        this.cycles = cycles;
        List<DeviceEvent> all = new ArrayList<>();
        for (int k = 0; k < cycles[0].events().size(); k++) {
            all.add(new CycleEvent(k));
        }
        this.events = List.copyOf(all);
    }

    /**
     * The device of {@code family} with {@code values}, its {@code varied} parameters (each a
     * {@link StudyDesign.Variation} of a device parameter, by its parameter name) drawn for each
     * cycle starting at {@code starts} (ascending, the first at 0).
     *
     * @throws IllegalArgumentException when a cycle's draw makes no valid device (the family says why)
     */
    public static CycleToCycleModel of(DeviceFamily family, Values values, Map<String, StudyDesign.Variation> varied,
            double[] starts, long seed) {
        if (starts.length == 0 || starts[0] != 0.0) {
            throw new IllegalArgumentException("the first cycle starts at 0 s");
        }
        DeviceModel[] cycles = new DeviceModel[starts.length];
        for (int c = 0; c < starts.length; c++) {
            RandomGenerator random = new Well19937c(StudyPoint.seedOf(seed, c));
            Map<String, double[]> numbers = new HashMap<>(values.numbers());
            for (var entry : varied.entrySet()) {
                StudyDesign.Variation v = entry.getValue();
                double[] nominal = numbers.get(entry.getKey());
                double value = v.distribution().draw(nominal != null ? nominal[0]
                        : family.parameter(entry.getKey()).orElseThrow().defaultValue(), v.spread(), v.relative(),
                        random);
                numbers.put(entry.getKey(), new double[] { value });
            }
            try {
                cycles[c] = family.create(new Values(numbers, values.files(), values.choices()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cycle " + (c + 1) + "'s draw: " + e.getMessage(), e);
            }
        }
        return new CycleToCycleModel(starts.clone(), cycles);
    }

    /** The model of the cycle running at {@code t}. */
    DeviceModel at(double t) {
        int k = Arrays.binarySearch(starts, t);
        return cycles[k >= 0 ? k : Math.max(0, -k - 2)];
    }

    /** How many cycles. */
    public int cycles() {
        return cycles.length;
    }

    @Override
    public String[] stateNames() {
        return cycles[0].stateNames();
    }

    @Override
    public String[] stateUnits() {
        return cycles[0].stateUnits();
    }

    @Override
    public double[] initialState() {
        return cycles[0].initialState();
    }

    @Override
    public void derivatives(double t, double[] state, Drive drive, double[] derivative) {
        at(t).derivatives(t, state, drive, derivative);
    }

    @Override
    public double[] stateScales() {
        return cycles[0].stateScales();
    }

    @Override
    public List<DeviceEvent> events() {
        return events;
    }

    @Override
    public double[] atEdge(double t, double[] state, Drive before, Drive after, RandomGenerator random) {
        return at(t).atEdge(t, state, before, after, random);
    }

    @Override
    public double current(double t, double[] state, Drive drive) {
        return at(t).current(t, state, drive);
    }

    @Override
    public double dcCurrent(double[] state, Drive drive) {
        return cycles[0].dcCurrent(state, drive);
    }

    @Override
    public double currentPathVoltage(Drive drive) {
        return cycles[0].currentPathVoltage(drive);
    }

    /** Event {@code index} of the family, as the cycle running at the time defines it. */
    private final class CycleEvent implements DeviceEvent {
        private final int index;

        CycleEvent(int index) {
            this.index = index;
        }

        @Override
        public double g(double t, double[] state, Drive drive) {
            return at(t).events().get(index).g(t, state, drive);
        }

        @Override
        public double[] apply(double t, double[] state, Drive drive, RandomGenerator random) {
            return at(t).events().get(index).apply(t, state, drive, random);
        }
    }
}
