package org.memdsl.runtime.measurement;

import java.util.List;

import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;

/** An analysis of one simulated run: a table for CSV output and the figure that shows it. */
public interface Analysis {

    /** Name used for the output files, unique within an experiment. */
    String name();

    ResultTable analyse(TimeSeries run, AppliedStimulus stimulus);

    /**
     * Refuses, before anything runs, a protocol this analysis cannot measure (a PPF without pairs,
     * a retention without reads); the default accepts every protocol.
     *
     * @throws IllegalArgumentException naming what the protocol lacks
     */
    default void check(AppliedStimulus stimulus) {
    }

    Figure figure(ResultTable table);

    /** Every figure of the table: {@link #figure} first; an analysis may draw more (impedance: Bode and Nyquist). */
    default List<Figure> figures(ResultTable table) {
        return List.of(figure(table));
    }
}
