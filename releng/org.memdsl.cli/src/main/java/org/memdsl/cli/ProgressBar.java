package org.memdsl.cli;

import java.io.PrintWriter;

/** A one-line progress bar redrawn in place with carriage returns; silent when disabled. */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean enabled;
    private String lastLine = "";

    ProgressBar(PrintWriter out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    void update(String experiment, int index, int count, double fraction) {
        if (!enabled) {
            return;
        }
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * WIDTH);
        String line = String.format("%s (%d/%d) [%s%s] %3d%%", experiment, index + 1, count, "#".repeat(filled),
                " ".repeat(WIDTH - filled), Math.round(fraction * 100));
        if (!line.equals(lastLine)) {
            out.print("\r" + line);
            out.flush();
            lastLine = line;
        }
    }

    void finish() {
        if (enabled && !lastLine.isEmpty()) {
            out.print("\r" + " ".repeat(lastLine.length()) + "\r");
            out.flush();
            lastLine = "";
        }
    }
}
