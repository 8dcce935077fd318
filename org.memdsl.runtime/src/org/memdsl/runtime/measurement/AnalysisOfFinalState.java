package org.memdsl.runtime.measurement;

import org.memdsl.runtime.device.DeviceModel;
import org.memdsl.runtime.result.ResultTable;
import org.memdsl.runtime.result.TimeSeries;
import org.memdsl.runtime.stimulus.AppliedStimulus;

/**
 * An analysis made on the device after the protocol, in the state the protocol left it in (an
 * impedance spectrum of a programmed cell): it runs simulations of its own from that state.
 */
public interface AnalysisOfFinalState extends Analysis {

    /**
     * @param device the device, starting from the state at the end of the protocol
     * @param temperature the temperature of the protocol, in K
     */
    ResultTable analyse(DeviceModel device, double temperature);

    @Override
    default ResultTable analyse(TimeSeries run, AppliedStimulus stimulus) {
        throw new IllegalStateException("measurement '" + name() + "' analyses the device after the protocol");
    }
}
