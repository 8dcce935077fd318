package org.memdsl.runtime.measurement;

import java.util.List;

import org.memdsl.runtime.result.Column;
import org.memdsl.runtime.result.Figure;
import org.memdsl.runtime.result.FigureSeries;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;
import org.memdsl.runtime.stimulus.PulseWindow;

/**
 * Spike-rate-dependent plasticity per segment of a rate sequence: the segment's pulse frequency,
 * the EPSC of its first and last pulse, the change within the segment
 * {@code 100·(I_last − I_first)/I_first}, and the weight at its end relative to the protocol's
 * first pulse, {@code 100·(I_last − I_1)/I_1}.
 */
public record SrdpSegments(String name) implements Analysis {

    public static final MeasurementKind KIND = MeasurementKind.of("srdp",
            "per segment of a rate sequence: frequency, change within it, weight at its end", SrdpSegments::new);

    @Override
    public ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        List<List<PulseWindow>> segments = PulseWindows.byGroup(stimulus, name);
        double[] time = run.column("time");
        double[] charge = run.column("charge");
        int n = segments.size();
        double[][] columns = new double[6][n];
        double reference = Double.NaN;
        int row = 0;
        for (List<PulseWindow> segment : segments) {
            PulseWindow first = segment.get(0);
            PulseWindow last = segment.get(segment.size() - 1);
            double iFirst = Accumulated.meanRate(time, charge, first.start(), first.end());
            double iLast = Accumulated.meanRate(time, charge, last.start(), last.end());
            if (row == 0) {
                reference = iFirst;
            }
            columns[0][row] = row + 1;
            columns[1][row] = segment.size() < 2 ? Double.NaN
                    : (segment.size() - 1) / (last.start() - first.start());
            columns[2][row] = iFirst;
            columns[3][row] = iLast;
            columns[4][row] = 100.0 * (iLast - iFirst) / iFirst;
            columns[5][row] = 100.0 * (iLast - reference) / reference;
            row++;
        }
        return new ResultTable(name, List.of(Column.of("segment", Column.ONE), Column.stated("frequency", "Hz"),
                Column.of("epsc_first", "A"), Column.of("epsc_last", "A"), Column.of("change_percent", "%"),
                Column.of("weight_percent", "%")), columns);
    }

    @Override
    public Figure figure(ResultTable table) {
        return new Figure(name, "SRDP: weight at the end of each segment", "segment", "weight change [%]", false,
                List.of(new FigureSeries("w", table.column("segment"), table.column("weight_percent"))));
    }
}
