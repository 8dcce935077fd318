package org.memdsl.runtime.crossbar;

import java.util.ArrayList;
import java.util.List;

import org.memdsl.runtime.array.Pattern;

/** What the steps of a crossbar experiment produced, in order; the outputs are written from it. */
final class CrossbarRun {

    /** A write: the pattern and what it did to the cells not being written. */
    record Write(int step, Pattern pattern, Crossbar.Disturb disturb) {
    }

    /** A read of every cell ({@code cells = rows·columns}, row by row) and the last pattern written before it. */
    record Read(int step, double voltage, Pattern written, double[] sensed, double[] cell, double[] sneak) {

        double conductance(int k) {
            return cell[k] / voltage;
        }
    }

    /** A vector–matrix product. */
    record Product(int step, double[] inputs, Crossbar.Product product) {
    }

    /** A Gaussian-kernel denoising of a pattern by vector–matrix products. */
    record Denoise(int step, Pattern clean, double[] noisy, double[] denoised, double psnrNoisy, double psnrDenoised) {
    }

    final int rows;
    final int columns;
    final List<Write> writes = new ArrayList<>();
    final List<Read> reads = new ArrayList<>();
    final List<Product> products = new ArrayList<>();
    final List<Denoise> denoised = new ArrayList<>();

    CrossbarRun(int rows, int columns) {
        this.rows = rows;
        this.columns = columns;
    }

    /** The pattern last written before step {@code step}, or {@code null}. */
    Pattern writtenBefore(int step) {
        Pattern last = null;
        for (Write w : writes) {
            if (w.step() < step) {
                last = w.pattern();
            }
        }
        return last;
    }
}
