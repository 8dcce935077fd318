package org.memdsl.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;

/** Takes a screenshot of the X display with ImageMagick's {@code import}, when it is installed. */
final class Screenshots {

    private Screenshots() {
    }

    static void take(String name) {
        String dir = System.getProperty("memdsl.screenshots");
        if (dir == null || System.getenv("DISPLAY") == null) {
            return;
        }
        Display display = Display.getCurrent();
        for (int i = 0; i < 20; i++) {
            while (display.readAndDispatch()) {
                // let the UI paint before the picture
            }
        }
        try {
            Path out = Path.of(dir, name + ".png");
            Files.createDirectories(out.getParent());
            Process p = new ProcessBuilder("import", "-window", "root", out.toString()).inheritIO().start();
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("no screenshot " + name + ": " + e.getMessage());
        }
    }
}
