package org.memdsl.runtime.stimulus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.memdsl.runtime.catalog.Values;

/**
 * The schedule of a protocol: channels in parallel, stimuli of one channel in sequence or at a
 * time, gaps of 0 V and darkness, a wavelength per light stimulus (the light-then-pairs protocol
 * of paper A: light on 3 s before the pairs, docs/papers.md#paper-a).
 */
class TimelineTest {

    private static final PulseTrain PULSE = PulseTrain.single(1.0, 1e-3, 0, 0, 0, 0);

    @Test
    void lightBeforeThePairsLeavesZeroVoltsUntilThePairsStart() {
        Timeline timeline = new Timeline();
        Timeline.Placement light = timeline.next(Channel.OPTICAL, new Constant(300, 0, 10, 10), 532e-9);
        Timeline.Placement pairs = timeline.at(Channel.ELECTRICAL, PULSE, 0, 3.0);
        AppliedStimulus s = timeline.build(300, SourceLimit.NONE);
        assertEquals(0.0, light.start());
        assertEquals(3.0, pairs.start());
        assertEquals(0.0, s.driveAt(1.0).voltage(), "no voltage before the pairs");
        assertEquals(300.0, s.driveAt(1.0).intensity(), "the light is on");
        assertEquals(1.0, s.driveAt(3.0005).voltage(), "the pulse at 3 s");
        assertEquals(1, s.pulseWindows().size());
        assertEquals(3.0, s.pulseWindows().get(0).start(), 1e-12);
        assertEquals(10.0, s.duration(), 1e-12, "the light lasts longest");
    }

    @Test
    void stimuliOfAChannelFollowEachOtherAndMustNotOverlap() {
        Timeline timeline = new Timeline();
        timeline.next(Channel.ELECTRICAL, PULSE, 0);
        Timeline.Placement second = timeline.next(Channel.ELECTRICAL, PULSE, 0);
        assertEquals(1e-3, second.start(), 1e-15);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> timeline.at(Channel.ELECTRICAL, PULSE, 0, 1e-3));
        assertTrue(e.getMessage().contains("busy until"), e.getMessage());
        Timeline.Placement later = timeline.at(Channel.ELECTRICAL, PULSE, 0, 5e-3);
        AppliedStimulus s = timeline.build(300, SourceLimit.NONE);
        assertEquals(0.0, s.driveAt(3e-3).voltage(), "a gap holds 0 V");
        assertEquals(6e-3, later.end(), 1e-15);
        assertEquals(3, s.pulseWindows().size());
    }

    @Test
    void eachLightKeepsItsWavelength() {
        Timeline timeline = new Timeline();
        timeline.next(Channel.ELECTRICAL, new Bias(0.1, 4), 0);
        timeline.next(Channel.OPTICAL, new Constant(10, 0, 1, 1), 405e-9);
        timeline.at(Channel.OPTICAL, new Constant(20, 0, 1, 1), 635e-9, 2.0);
        AppliedStimulus s = timeline.build(300, SourceLimit.NONE);
        assertEquals(405e-9, s.driveAt(0.5).wavelength());
        assertEquals(10.0, s.driveAt(0.5).intensity());
        assertEquals(0.0, s.driveAt(1.5).intensity(), "dark between the lights");
        assertEquals(635e-9, s.driveAt(2.5).wavelength());
        assertEquals(20.0, s.driveAt(2.5).intensity());
    }

    @Test
    void aProtocolNeedsAnElectricalStimulus() {
        Timeline timeline = new Timeline();
        timeline.next(Channel.OPTICAL, new Constant(10, 0, 1, 1), 405e-9);
        assertThrows(IllegalArgumentException.class, () -> timeline.build(300, SourceLimit.NONE));
    }

    /** Repeated light trains: repeats × count pulses, each train a pulse group, the rest dark. */
    @Test
    void lightPulsesRepeatAfterARest() {
        StimulusKind kind = StimulusKinds.CATALOGUE.byName("light_pulses").orElseThrow();
        Waveform w = kind.create(Values.builder().set("intensity", 10).set("wavelength", 532e-9).set("width", 0.1)
                .set("frequency", 5).set("count", 4).set("repeats", 3).set("rest", 10).build());
        List<PulseWindow> windows = w.pulseWindows();
        assertEquals(12, windows.size());
        Map<Integer, Long> perGroup = windows.stream().collect(Collectors.groupingBy(PulseWindow::group,
                Collectors.counting()));
        assertEquals(Set.of(4L), Set.copyOf(perGroup.values()), "four pulses per train");
        assertEquals(3, perGroup.size(), "three trains");
        assertEquals(0.7 + 10, windows.get(4).start(), 1e-9, "the second train starts after the rest");
        assertEquals(3 * 0.7 + 2 * 10, w.duration(), 1e-9);
        assertEquals(0.0, w.value(5.0), "dark during the rest");
    }
}
