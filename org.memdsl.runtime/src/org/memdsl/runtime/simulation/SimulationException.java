package org.memdsl.runtime.simulation;

/** A run that cannot continue (diverged state, impossible protocol); the message says why. */
public class SimulationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SimulationException(String message) {
        super(message);
    }
}
