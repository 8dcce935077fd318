package org.memdsl.runtime.device;

import java.util.List;

import org.memdsl.runtime.catalog.Catalogue;

/** The device families of the engine, by the name used after {@code device NAME :}. */
public final class DeviceFamilies {

    public static final Catalogue<DeviceFamily> CATALOGUE = new Catalogue<>("device family", "device", List.of(
            new LinearIonDriftFamily(),
            new SoftBoundPulseFamily(),
            new VteamFamily(),
            new YakopcicFamily(),
            new FilamentaryFamily(),
            new OptoMemristorFamily(),
            new PhotoTransistorFamily(),
            PhotoTransistorFamily.floatingGate(),
            PhotoTransistorFamily.heterojunction(),
            PhotoTransistorFamily.ferroelectric(),
            new BipolarFilamentFamily(),
            BipolarFilamentFamily.rigid(),
            new PulseTableFamily()));

    private DeviceFamilies() {
    }
}
