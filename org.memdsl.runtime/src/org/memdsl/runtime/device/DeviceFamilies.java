package org.memdsl.runtime.device;

import java.util.List;
import java.util.Optional;

/** The device families this engine provides, looked up by the name used in {@code .mem} files. */
public final class DeviceFamilies {

    private static final List<DeviceFamily> ALL = List.of(new LinearIonDriftFamily(), new SoftBoundPulseFamily(),
            new VteamFamily(), new YakopcicFamily(), new FilamentaryFamily(), new OptoMemristorFamily(),
            new PhotoTransistorFamily(), PhotoTransistorFamily.floatingGate(), PhotoTransistorFamily.heterojunction(),
            PhotoTransistorFamily.ferroelectric(), new BipolarFilamentFamily(), new PulseTableFamily());

    private DeviceFamilies() {
    }

    public static List<DeviceFamily> all() {
        return ALL;
    }

    public static Optional<DeviceFamily> byName(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
