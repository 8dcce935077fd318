package org.memdsl.runtime.stimulus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Waveforms played one after another; the pulses of each part form a pulse group of their own, or
 * keep their groups when the part is a sequence itself (numbered on after those of earlier parts).
 * Part start times are precomputed, so a value lookup is a binary search (protocols have hundreds
 * of parts and the integrator asks for the drive many times per step).
 */
public final class Sequence implements Waveform {

    private final List<Waveform> parts;
    private final double[] starts;
    private final double duration;

    public Sequence(List<Waveform> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a sequence needs at least one part");
        }
        this.parts = List.copyOf(parts);
        this.starts = new double[parts.size()];
        double offset = 0;
        for (int k = 0; k < parts.size(); k++) {
            starts[k] = offset;
            offset += parts.get(k).duration();
        }
        this.duration = offset;
    }

    public List<Waveform> parts() {
        return parts;
    }

    @Override
    public double duration() {
        return duration;
    }

    @Override
    public double value(double t) {
        if (t >= duration) {
            Waveform last = parts.get(parts.size() - 1);
            return last.value(last.duration());
        }
        int k = Arrays.binarySearch(starts, t);
        if (k < 0) {
            k = Math.max(0, -k - 2);
        }
        return parts.get(k).value(t - starts[k]);
    }

    @Override
    public double slope(double t) {
        if (t >= duration) {
            return 0.0;
        }
        int k = Arrays.binarySearch(starts, t);
        if (k < 0) {
            k = Math.max(0, -k - 2);
        }
        return parts.get(k).slope(t - starts[k]);
    }

    @Override
    public boolean piecewiseConstant() {
        return parts.stream().allMatch(Waveform::piecewiseConstant);
    }

    @Override
    public double[] breakpoints() {
        List<double[]> all = new ArrayList<>();
        int size = 0;
        for (int k = 0; k < parts.size(); k++) {
            double[] points = parts.get(k).breakpoints().clone();
            for (int i = 0; i < points.length; i++) {
                points[i] += starts[k];
            }
            all.add(points);
            size += points.length;
        }
        double[] merged = new double[size];
        int n = 0;
        for (double[] points : all) {
            System.arraycopy(points, 0, merged, n, points.length);
            n += points.length;
        }
        return Breakpoints.normalise(merged);
    }

    @Override
    public List<PulseWindow> pulseWindows() {
        List<PulseWindow> all = new ArrayList<>();
        int base = 0;
        for (int k = 0; k < parts.size(); k++) {
            int groups = 1;
            for (PulseWindow w : parts.get(k).pulseWindows()) {
                all.add(w.shifted(starts[k], base + w.group()));
                groups = Math.max(groups, w.group() + 1);
            }
            base += groups;
        }
        return all;
    }
}
