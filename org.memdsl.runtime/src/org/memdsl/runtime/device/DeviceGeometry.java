package org.memdsl.runtime.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.catalog.Parameter;

/**
 * The geometry every device declaration may give besides its family's parameters: the active
 * area, by which experiments report energy and current per area next to the absolute values
 * (paper C quotes its write energy in fJ/µm², docs/papers.md#paper-c).
 */
public final class DeviceGeometry {

    public static final String AREA = "area";

    /** 0 means "not given": outputs per area are then left out. */
    public static final Parameter AREA_PARAMETER = Parameter.optionalNonNegative(AREA, Dimension.AREA, 0.0,
            "active area of the device (outputs per area are added when given)");

    /** Names of the geometry parameters, which experiments read rather than models. */
    public static final Set<String> NAMES = Set.of(AREA);

    private DeviceGeometry() {
    }

    /** {@code parameters} followed by the geometry parameters a family does not declare itself. */
    static List<Parameter> withGeometry(List<Parameter> parameters) {
        List<Parameter> all = new ArrayList<>(parameters);
        if (parameters.stream().noneMatch(p -> p.name().equals(AREA))) {
            all.add(AREA_PARAMETER);
        }
        return List.copyOf(all);
    }
}
