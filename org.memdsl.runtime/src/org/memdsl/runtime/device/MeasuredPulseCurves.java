package org.memdsl.runtime.device;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.memdsl.runtime.data.DataFileException;
import org.memdsl.runtime.data.TextDataFiles;

/**
 * Measured conductance against pulse number, read from a CSV file with a header row: column
 * {@code pulse} (consecutive integers), {@code g_ltp} (conductance in S after that many
 * potentiating pulses, non-decreasing) and optionally {@code g_ltd} (after that many depressing
 * pulses from the top, non-increasing). Without {@code g_ltd} depression walks back along the
 * potentiation curve.
 */
public record MeasuredPulseCurves(double[] potentiation, double[] depression) {

    public static final String PULSE = "pulse";
    public static final String LTP = "g_ltp";
    public static final String LTD = "g_ltd";

    public MeasuredPulseCurves {
        if (potentiation.length < 2 || depression.length < 2) {
            throw new IllegalArgumentException("measured curves need at least two points");
        }
    }

    /** The lowest conductance of either curve. */
    public double lowest() {
        return Math.min(potentiation[0], depression[depression.length - 1]);
    }

    /** The highest conductance of either curve. */
    public double highest() {
        return Math.max(potentiation[potentiation.length - 1], depression[0]);
    }

    /**
     * Position on a monotone curve where it reaches {@code g}: the first segment that ends beyond
     * {@code g}, interpolated linearly; 0 before the curve's start and its last index past its end.
     */
    public static double position(double[] curve, double g) {
        int last = curve.length - 1;
        boolean rising = curve[last] >= curve[0];
        int lo = 0;
        int hi = last;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rising ? g < curve[mid + 1] : g > curve[mid + 1]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (lo == last) {
            return last;
        }
        double a = curve[lo];
        double b = curve[lo + 1];
        boolean pastStart = rising ? g >= a : g <= a;
        return pastStart && a != b ? lo + (g - a) / (b - a) : lo;
    }

    /** The curve at a real position, linear between points and held at both ends. */
    public static double value(double[] curve, double p) {
        int last = curve.length - 1;
        if (p >= last) {
            return curve[last];
        }
        if (p <= 0) {
            return curve[0];
        }
        int i = (int) p;
        return curve[i] + (curve[i + 1] - curve[i]) * (p - i);
    }

    /**
     * @throws DataFileException naming the file and line of the first problem (never quoting it)
     */
    public static MeasuredPulseCurves read(Path file) {
        TextDataFiles.requireText(file);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreSurroundingSpaces(true).setCommentMarker('#').get().parse(reader)) {
            List<String> header = parser.getHeaderNames();
            for (String required : List.of(PULSE, LTP)) {
                if (!header.contains(required)) {
                    throw new DataFileException(file, 1, "the header row has no column '" + required
                            + "' (a measured curve has columns " + PULSE + ", " + LTP + " and optionally " + LTD + ")");
                }
            }
            boolean hasLtd = header.contains(LTD);
            List<Double> ltp = new ArrayList<>();
            List<Double> ltd = new ArrayList<>();
            Long firstPulse = null;
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                long pulse = (long) number(file, line, row, PULSE);
                if (firstPulse == null) {
                    firstPulse = pulse;
                } else if (pulse != firstPulse + ltp.size()) {
                    throw new DataFileException(file, line, "pulse numbers must be consecutive, expected "
                            + (firstPulse + ltp.size()) + " but got " + pulse);
                }
                double gLtp = positive(file, line, row, LTP);
                if (!ltp.isEmpty() && gLtp < ltp.get(ltp.size() - 1)) {
                    throw new DataFileException(file, line, "g_ltp must not decrease with pulse number");
                }
                ltp.add(gLtp);
                if (hasLtd) {
                    double gLtd = positive(file, line, row, LTD);
                    if (!ltd.isEmpty() && gLtd > ltd.get(ltd.size() - 1)) {
                        throw new DataFileException(file, line, "g_ltd must not increase with pulse number");
                    }
                    ltd.add(gLtd);
                }
            }
            if (ltp.size() < 2) {
                throw new DataFileException(file, parser.getCurrentLineNumber(), "needs at least two rows of data");
            }
            double[] up = ltp.stream().mapToDouble(Double::doubleValue).toArray();
            double[] down = hasLtd ? ltd.stream().mapToDouble(Double::doubleValue).toArray() : reversed(up);
            return new MeasuredPulseCurves(up, down);
        } catch (IOException e) {
            throw new DataFileException(file, 1, "cannot be read (" + e.getClass().getSimpleName() + ")");
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new DataFileException(file, 1, "is not a CSV table (a quote or a row the parser cannot read)");
        }
    }

    private static double number(Path file, long line, CSVRecord row, String column) {
        String text = row.isSet(column) ? row.get(column) : "";
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new DataFileException(file, line, column + " is not a number");
        }
    }

    private static double positive(Path file, long line, CSVRecord row, String column) {
        double value = number(file, line, row, column);
        if (!(value > 0 && Double.isFinite(value))) {
            throw new DataFileException(file, line, column + " must be a positive conductance in S");
        }
        return value;
    }

    private static double[] reversed(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[values.length - 1 - i];
        }
        return out;
    }
}
