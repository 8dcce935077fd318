package org.memdsl.runtime.measurement;

import java.util.List;

import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;

/**
 * An analysis that compares runs of one protocol at several temperatures (an experiment with
 * {@code temperatures = [363 K, 400 K]}), such as an Arrhenius fit of retention times.
 */
public interface AnalysisAcrossTemperatures extends Analysis {

    /** The fewest temperatures the analysis compares. */
    int MIN_TEMPERATURES = 2;

    /** @param runs one run per temperature, in the order of {@code temperatures} */
    ResultTable analyse(double[] temperatures, List<TimeSeries> runs, AppliedStimulus stimulus);

    @Override
    default ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        throw new IllegalArgumentException(needsTemperatures());
    }

    /** Why a single run cannot be measured. */
    default String needsTemperatures() {
        return "measurement '" + name() + "' compares runs at several temperatures: give the experiment "
                + "temperatures = [T1, T2, …] with at least " + MIN_TEMPERATURES + " values";
    }
}
