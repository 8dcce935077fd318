package org.memdsl.runtime.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.catalog.Values;

/**
 * What every device family promises (a new family is checked without editing this test): it
 * builds from its defaults, reads every parameter it declares, and its model has one name per
 * state variable, a finite initial state, and finite derivatives and current under dark and
 * illuminated drives of both polarities.
 */
class DeviceFamilyContractTest {

    private static final double[] VOLTAGES = { 0, 0.1, -0.1, 0.5, -0.5, 1.0, -1.0, 2.0, -2.0 };
    private static final double[] IRRADIANCES = { 0, 300 };

    @TempDir
    static Path dir;

    static Stream<ParameterizedFamily> families() {
        return DeviceFamilies.CATALOGUE.all().stream().map(ParameterizedFamily.class::cast);
    }

    /** The defaults plus a data file for every file parameter (a measured-curve CSV). */
    private static Values defaults(DeviceFamily family) throws IOException {
        Values.Builder values = Values.builder();
        for (Parameter p : family.parameters()) {
            if (p.isFile()) {
                Path csv = dir.resolve(family.name() + "-" + p.name() + ".csv");
                Files.writeString(csv, "pulse,g_ltp,g_ltd\n0,1e-9,2e-9\n1,1.5e-9,1.5e-9\n2,2e-9,1e-9\n");
                values.file(p.name(), csv);
            }
        }
        return values.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void readsEveryParameterItDeclares(ParameterizedFamily family) throws IOException {
        ParameterValues values = new ParameterValues(family, defaults(family));
        family.create(values);
        Set<String> unread = new java.util.TreeSet<>(values.unread());
        unread.removeAll(DeviceGeometry.NAMES);
        assertEquals(Set.of(), unread, family.name() + " declares parameters its model never reads");
        assertTrue(family.parameter(DeviceGeometry.AREA).isPresent(), family.name() + " takes a device area");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void modelHasANamePerStateAndAFiniteStart(ParameterizedFamily family) throws IOException {
        DeviceModel model = family.create(defaults(family));
        double[] state = model.initialState();
        assertEquals(model.stateNames().length, state.length, family.name());
        assertEquals(state.length, model.stateScales().length, family.name());
        for (double s : state) {
            assertTrue(Double.isFinite(s), family.name() + " initial state " + s);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void derivativesAndCurrentAreFinite(ParameterizedFamily family) throws IOException {
        DeviceModel model = family.create(defaults(family));
        double[] state = model.initialState();
        double[] derivative = new double[state.length];
        for (double v : VOLTAGES) {
            for (double p : IRRADIANCES) {
                Drive drive = new Drive(v, p, 532e-9, Drive.ROOM_TEMPERATURE);
                model.derivatives(0, state.clone(), drive, derivative);
                for (int k = 0; k < derivative.length; k++) {
                    assertTrue(Double.isFinite(derivative[k]),
                            family.name() + " d" + model.stateNames()[k] + "/dt at " + drive + ": " + derivative[k]);
                }
                double current = model.current(0, state.clone(), drive);
                assertTrue(Double.isFinite(current), family.name() + " current at " + drive);
            }
        }
    }
}
