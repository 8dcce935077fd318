package org.memdsl.run;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * Failures that Xtext catches and only logs while it parses, links and validates a file (a
 * validator that throws, a syntax-error message that cannot be built): captured instead of
 * printed, so the checker can report them as errors of the file rather than let them pass as
 * "0 errors" with a stack trace on the console.
 */
final class LoggedFailures extends AppenderSkeleton implements AutoCloseable {

    private final Logger xtext = Logger.getLogger("org.eclipse.xtext");
    private final boolean additive;
    private final List<Throwable> failures = new ArrayList<>();

    private LoggedFailures() {
        additive = xtext.getAdditivity();
        xtext.addAppender(this);
        xtext.setAdditivity(false);
    }

    /** Starts capturing; close to stop and restore the console. */
    static LoggedFailures capture() {
        return new LoggedFailures();
    }

    /** What Xtext caught and logged as an error since the capture began. */
    List<Throwable> failures() {
        return List.copyOf(failures);
    }

    @Override
    protected void append(LoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
            Throwable thrown = event.getThrowableInformation() == null ? null
                    : event.getThrowableInformation().getThrowable();
            failures.add(thrown != null ? thrown : new IllegalStateException(String.valueOf(event.getMessage())));
        }
    }

    @Override
    public void close() {
        xtext.removeAppender(this);
        xtext.setAdditivity(additive);
    }

    @Override
    public boolean requiresLayout() {
        return false;
    }
}
