package org.memdsl.runtime.simulation;

/** Told how far a run has come, as simulated time over protocol duration. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = fraction -> {
    };

    void progress(double fraction);
}
