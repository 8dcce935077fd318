package org.memdsl.validation;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.validation.Check;
import org.memdsl.compiler.Quantities;
import org.memdsl.memDsl.Array;
import org.memdsl.memDsl.Device;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.Network;
import org.memdsl.memDsl.Variation;
import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.device.DeviceFamilies;
import org.memdsl.runtime.device.DeviceGeometry;
import org.memdsl.runtime.network.NetworkKinds;
import org.memdsl.units.UnitException;

/** Rules on networks and on the device-to-device variation of a network's synapse or an array's cell. */
public class NetworkValidator extends MemDslRuleValidator {

    /** Largest device-to-device σ accepted (a log-normal factor e^(σz) beyond this is not a device spread). */
    static final double MAX_SPREAD = 2.0;

    @Check
    public void checkVariationParameter(Variation variation) {
        Device device = variation.eContainer() instanceof Network network ? network.getSynapse()
                : variation.eContainer() instanceof Array array ? array.getCell() : null;
        if (device == null || device.eIsProxy()) {
            return;
        }
        DeviceFamilies.CATALOGUE.byName(device.getFamily()).ifPresent(family -> {
            if (family.parameter(variation.getParameter()).isEmpty()
                    || DeviceGeometry.NAMES.contains(variation.getParameter())) {
                error("device family '" + family.name() + "' has no parameter '" + variation.getParameter()
                        + "' to vary; known: " + family.parameters().stream().map(p -> p.name())
                                .filter(name -> !DeviceGeometry.NAMES.contains(name))
                                .collect(Collectors.joining(", ")), variation,
                        MemDslPackage.Literals.VARIATION__PARAMETER, IssueCodes.UNKNOWN_VARIATION_PARAMETER,
                        variation.getParameter());
            }
        });
    }

    @Check
    public void checkSpread(Variation variation) {
        try {
            double sigma = Quantities.toSi(variation.getSpread(), Dimension.DIMENSIONLESS);
            if (sigma < 0 || sigma > MAX_SPREAD) {
                error("the spread of '" + variation.getParameter() + "' must be between 0 and " + MAX_SPREAD
                        + " (a relative σ such as 10 %)", variation, MemDslPackage.Literals.VARIATION__SPREAD,
                        IssueCodes.INVALID_VARIATION);
            }
        } catch (UnitException e) {
            error(e.getMessage() + " for the spread of '" + variation.getParameter() + "' (e.g. 10 % or 0.1)",
                    variation.getSpread(), variation.getSpread().getUnit() == null ? null
                            : MemDslPackage.Literals.QUANTITY__UNIT, IssueCodes.WRONG_UNIT);
        }
    }

    @Check
    public void checkKindVariesDevices(Network network) {
        NetworkKinds.CATALOGUE.byName(network.getKind()).ifPresent(kind -> {
            if (!kind.variesDevices() && !network.getVariations().isEmpty()) {
                error("network kind '" + kind.name() + "' does not draw device variants; it takes step_spread "
                        + "(device-to-device) and cycle_noise (cycle-to-cycle) settings",
                        network.getVariations().get(0), MemDslPackage.Literals.VARIATION__PARAMETER,
                        IssueCodes.INVALID_VARIATION);
            }
        });
    }

    @Check
    public void checkVariedOnce(Network network) {
        Set<String> seen = new HashSet<>();
        for (Variation v : network.getVariations()) {
            if (!seen.add(v.getParameter())) {
                error("'" + v.getParameter() + "' is varied twice", v, MemDslPackage.Literals.VARIATION__PARAMETER,
                        IssueCodes.INVALID_VARIATION);
            }
        }
    }
}
