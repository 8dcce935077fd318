package org.memdsl.compiler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.memdsl.memDsl.Applied;
import org.memdsl.memDsl.Quantity;
import org.memdsl.memDsl.Repeat;
import org.memdsl.memDsl.ScheduleItem;
import org.memdsl.memDsl.Stimulus;
import org.memdsl.memDsl.Value;
import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.Channel;
import org.memdsl.runtime.stimulus.Edges;
import org.memdsl.runtime.stimulus.OpticalKind;
import org.memdsl.runtime.stimulus.SourceLimit;
import org.memdsl.runtime.stimulus.StimulusKind;
import org.memdsl.runtime.stimulus.Timeline;
import org.memdsl.runtime.stimulus.Waveform;
import org.memdsl.units.UnitException;

/**
 * Places the schedule of an experiment ({@code apply a, b at 3 s, repeat 20 { c, d }, e after a})
 * on the engine's {@link Timeline}: each stimulus's waveform is built once, repeats are unrolled, and
 * {@code after s} refers to the last placement of {@code s} before the item.
 */
final class ScheduleCompiler {

    /** A stimulus built once: its waveform, channel and wavelength. */
    private record Built(Waveform waveform, Channel channel, double wavelength) {
    }

    private final Map<Stimulus, Built> built = new HashMap<>();
    private final Map<Stimulus, Timeline.Placement> lastPlaced = new HashMap<>();
    private final Timeline timeline = new Timeline();
    private final Bindings bindings;

    private ScheduleCompiler(Bindings bindings) {
        this.bindings = bindings;
    }

    /**
     * How many stimuli the unrolled schedule places and how many edges they have, and the placement
     * that brings the most edges (counts saturate: a huge repeat cannot overflow).
     */
    private static final class Size {
        private final Map<Stimulus, Long> perStimulus = new HashMap<>();
        private long placements;
        private long edges;
        private long largest;
        private Applied largestAt;
    }

    static AppliedStimulus compile(List<ScheduleItem> schedule, Bindings bindings, double temperature,
            SourceLimit limit, double maxEdges) {
        ScheduleCompiler compiler = new ScheduleCompiler(bindings);
        Size size = new Size();
        count(schedule, 1, bindings, size);
        if (size.placements > Timeline.MAX_PARTS) {
            throw new CompileException(String.format("the schedule places %d stimuli; at most %d are allowed "
                    + "(use a train's count instead of repeating single pulses)", size.placements, Timeline.MAX_PARTS),
                    schedule.get(0).eContainer());
        }
        if (size.edges > maxEdges) {
            String name = "'" + size.largestAt.getStimulus().getName() + "'";
            String what = size.largest == size.edges
                    ? name + " as applied here has " + Dimension.rounded(size.edges) + " pulse edges and steps"
                    : "the protocol has " + Dimension.rounded(size.edges) + " pulse edges and steps ("
                            + Dimension.rounded(size.largest) + " from " + name + " here)";
            throw new CompileException(what + "; at most max_edges = "
                    + Dimension.rounded(maxEdges) + " are built and integrated: shorten the protocol or raise "
                    + "max_edges", size.largestAt);
        }
        for (ScheduleItem item : schedule) {
            compiler.place(item);
        }
        try {
            return compiler.timeline.build(temperature, limit);
        } catch (IllegalArgumentException e) {
            throw new CompileException(e.getMessage(), schedule.get(0).eContainer());
        }
    }

    /** Adds {@code items}, each placed {@code times} times, and their edges to {@code size}, building nothing. */
    private static void count(List<ScheduleItem> items, long times, Bindings bindings, Size size) {
        for (ScheduleItem item : items) {
            if (item instanceof Repeat repeat) {
                count(repeat.getItems(), Edges.times(times, Edges.of(count(repeat, bindings))), bindings, size);
                continue;
            }
            Applied applied = (Applied) item;
            size.placements = Edges.plus(size.placements, times);
            long one = size.perStimulus.computeIfAbsent(applied.getStimulus(), s -> edges(s, bindings));
            long all = Edges.times(times, one);
            size.edges = Edges.plus(size.edges, all);
            if (size.largestAt == null || all > size.largest) {
                size.largest = all;
                size.largestAt = applied;
            }
        }
    }

    /**
     * When each electrical stimulus of the unrolled schedule starts: the cycles of a device whose
     * parameters change from cycle to cycle. Call after {@link #compile} accepted the schedule.
     */
    static double[] cycleStarts(List<ScheduleItem> schedule, Bindings bindings) {
        ScheduleCompiler compiler = new ScheduleCompiler(bindings);
        for (ScheduleItem item : schedule) {
            compiler.place(item);
        }
        double[] starts = compiler.timeline.starts(Channel.ELECTRICAL);
        java.util.Arrays.sort(starts);
        return starts;
    }

    private static long edges(Stimulus stimulus, Bindings bindings) {
        try {
            return MemDslCompiler.edges(stimulus, bindings);
        } catch (IllegalArgumentException e) {
            throw new CompileException("stimulus '" + stimulus.getName() + "': " + e.getMessage(), stimulus);
        }
    }

    private void place(ScheduleItem item) {
        if (item instanceof Repeat repeat) {
            int count = repeatCount(repeat, bindings);
            for (int k = 0; k < count; k++) {
                for (ScheduleItem inner : repeat.getItems()) {
                    place(inner);
                }
            }
            return;
        }
        Applied applied = (Applied) item;
        Stimulus stimulus = applied.getStimulus();
        Built b = built.computeIfAbsent(stimulus, this::build);
        try {
            Timeline.Placement placement;
            if (applied.getAt() != null) {
                placement = timeline.at(b.channel(), b.waveform(), b.wavelength(),
                        time(applied.getAt()));
            } else if (applied.getAfter() != null) {
                Timeline.Placement previous = lastPlaced.get(applied.getAfter());
                if (previous == null) {
                    throw new CompileException("'" + applied.getAfter().getName()
                            + "' is not applied before this stimulus; 'after' refers to an earlier one", applied);
                }
                double delay = applied.getDelay() == null ? 0.0 : time(applied.getDelay());
                placement = timeline.at(b.channel(), b.waveform(), b.wavelength(), previous.end() + delay);
            } else {
                placement = timeline.next(b.channel(), b.waveform(), b.wavelength());
            }
            lastPlaced.put(stimulus, placement);
        } catch (IllegalArgumentException e) {
            throw new CompileException("'" + stimulus.getName() + "' " + e.getMessage(), applied);
        }
    }

    private static double time(Quantity quantity) {
        try {
            return Quantities.toSi(quantity, Dimension.TIME);
        } catch (UnitException e) {
            throw new CompileException(e.getMessage(), quantity);
        }
    }

    /** The count a repeat is written with, or the value of the protocol parameter it uses. */
    static double count(Repeat repeat, Bindings bindings) {
        if (repeat.getCountUse() == null) {
            return repeat.getCount();
        }
        Value value = bindings.resolve(repeat.getCountUse());
        if (!(value instanceof Quantity quantity) || quantity.getUnit() != null) {
            throw new CompileException("a repeat count is a plain whole number", value);
        }
        return Quantities.toSi(quantity, Dimension.DIMENSIONLESS);
    }

    static int repeatCount(Repeat repeat, Bindings bindings) {
        double count = count(repeat, bindings);
        if (!Timeline.isRepeatCount(count)) {
            throw new CompileException("a repeat count is a whole number from 1 to " + Timeline.MAX_PARTS + ", not "
                    + Dimension.DIMENSIONLESS.format(count), repeat);
        }
        return (int) count;
    }

    private Built build(Stimulus stimulus) {
        StimulusKind kind = MemDslCompiler.kind(stimulus);
        ParameterValues arguments = new ParameterValues(kind,
                MemDslCompiler.values(stimulus.getArguments(), kind, stimulus, bindings));
        try {
            Waveform waveform = kind.create(arguments);
            double wavelength = kind instanceof OpticalKind optical ? optical.wavelength(arguments) : 0.0;
            return new Built(waveform, kind.channel(), wavelength);
        } catch (IllegalArgumentException e) {
            throw new CompileException("stimulus '" + stimulus.getName() + "': " + e.getMessage(), stimulus);
        }
    }
}
