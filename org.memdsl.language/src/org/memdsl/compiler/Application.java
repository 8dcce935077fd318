package org.memdsl.compiler;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.memdsl.memDsl.Characterisation;
import org.memdsl.memDsl.CharacterisedDevice;
import org.memdsl.memDsl.Device;
import org.memdsl.memDsl.Expectation;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.ParameterAssignment;
import org.memdsl.memDsl.Protocol;
import org.memdsl.memDsl.ProtocolUse;
import org.memdsl.memDsl.Report;
import org.memdsl.memDsl.ScheduleItem;

/**
 * What one run on a device consists of: the device, the schedule, the settings, measurements,
 * reports and expectations, whether an experiment writes them itself or applies a protocol. An
 * experiment's own settings override the protocol's, and its measurements, reports and
 * expectations come after the protocol's.
 *
 * @param source where problems of the application as a whole are reported
 */
public record Application(String name, Device device, List<ScheduleItem> schedule,
        List<ParameterAssignment> settings, List<Measurement> measurements, List<Report> reports,
        List<Expectation> expectations, Bindings bindings, EObject source) {

    /** The application an experiment on a device makes; {@code null} for an experiment on an array. */
    public static Application of(Experiment experiment) {
        if (experiment.getArray() != null) {
            return null;
        }
        ProtocolUse use = experiment.getUse();
        if (use == null || use.getProtocol() == null) {
            return new Application(experiment.getName(), experiment.getDevice(), experiment.getSchedule(),
                    experiment.getSettings(), experiment.getMeasurements(), experiment.getReports(),
                    experiment.getExpectations(), Bindings.NONE, experiment);
        }
        Protocol protocol = use.getProtocol();
        return new Application(experiment.getName(), experiment.getDevice(), protocol.getSchedule(),
                concat(protocol.getSettings(), experiment.getSettings()),
                concat(protocol.getMeasurements(), experiment.getMeasurements()),
                concat(protocol.getReports(), experiment.getReports()),
                concat(protocol.getExpectations(), experiment.getExpectations()),
                Bindings.of(protocol, use.getArguments()), experiment);
    }

    /**
     * One protocol of a characterisation on one of its devices, named {@code device_protocol};
     * arguments of the device line that the protocol does not take are left to the other protocols.
     */
    public static Application of(Characterisation characterisation, CharacterisedDevice entry, Protocol protocol) {
        List<ParameterAssignment> taken = entry.getArguments().stream()
                .filter(a -> Bindings.parameter(protocol, a.getName()).isPresent()).toList();
        return new Application(entry.getDevice().getName() + "_" + protocol.getName(), entry.getDevice(),
                protocol.getSchedule(), concat(protocol.getSettings(), characterisation.getSettings()),
                protocol.getMeasurements(), protocol.getReports(), protocol.getExpectations(),
                Bindings.of(protocol, taken), entry);
    }

    /** This application with other bindings (a study's point sets numbers of the device, stimuli, settings). */
    public Application withBindings(Bindings other) {
        return new Application(name, device, schedule, settings, measurements, reports, expectations, other, source);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
