package org.memdsl.runtime.crossbar;

/** What sits at one crosspoint, seen from the circuit: its current and small-signal conductance. */
public interface CellElement {

    /** Current from the row node to the column node at voltage {@code v = V_row − V_column}. */
    double current(double v);

    /** {@code dI/dV} at {@code v}; must be positive for the solver's Newton steps. */
    double conductance(double v);

    /** Whether {@code I = G·V} with a constant {@code G} (one linear solve suffices). */
    default boolean linear() {
        return false;
    }
}
