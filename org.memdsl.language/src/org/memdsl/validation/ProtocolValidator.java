package org.memdsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.memdsl.compiler.Application;
import org.memdsl.compiler.Bindings;
import org.memdsl.compiler.BlockKinds;
import org.memdsl.compiler.Characterisations;
import org.memdsl.compiler.CompileException;
import org.memdsl.compiler.MemDslCompiler;
import org.memdsl.library.Libraries;
import org.memdsl.memDsl.Characterisation;
import org.memdsl.memDsl.CharacterisedDevice;
import org.memdsl.memDsl.Import;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.ParameterAssignment;
import org.memdsl.memDsl.ParameterUse;
import org.memdsl.memDsl.Protocol;
import org.memdsl.memDsl.ProtocolParameter;
import org.memdsl.memDsl.ProtocolUse;
import org.memdsl.memDsl.Quantity;
import org.memdsl.memDsl.Repeat;
import org.memdsl.memDsl.Stimulus;
import org.memdsl.memDsl.Value;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.stimulus.Timeline;

/**
 * Rules on reusable protocols, where they are applied and on characterisations: libraries that
 * exist, parameters used where their values fit (defaults and given values alike), arguments the
 * protocol takes, and every protocol of a characterisation runnable on each of its devices.
 */
public class ProtocolValidator extends MemDslRuleValidator {

    @Check
    public void checkLibraryKnown(Import imp) {
        if (imp.getLibrary() != null && Libraries.uri(imp.getLibrary()).isEmpty()) {
            error(Libraries.unknown(imp.getLibrary()), imp, MemDslPackage.Literals.IMPORT__LIBRARY,
                    IssueCodes.UNKNOWN_LIBRARY, imp.getLibrary());
        }
    }

    @Check
    public void checkNamesUnique(Protocol protocol) {
        Set<String> seen = new HashSet<>();
        for (ProtocolParameter p : protocol.getParameters()) {
            if (!seen.add(p.getName())) {
                error("parameter '" + p.getName() + "' is declared twice", p,
                        MemDslPackage.Literals.PROTOCOL_PARAMETER__NAME, IssueCodes.DUPLICATE_NAME);
            }
        }
        seen.clear();
        for (Stimulus s : protocol.getStimuli()) {
            if (!seen.add(s.getName())) {
                error("stimulus '" + s.getName() + "' is declared twice in protocol '" + protocol.getName() + "'", s,
                        MemDslPackage.Literals.ELEMENT__NAME, IssueCodes.DUPLICATE_NAME);
            }
        }
    }

    /** A parameter's default fits every place that uses it. */
    @Check
    public void checkDefaultFits(ParameterUse use) {
        ProtocolParameter parameter = use.getParameter();
        if (parameter == null || parameter.eIsProxy() || parameter.getValue() == null) {
            return;
        }
        misfit(use, parameter.getValue()).ifPresent(why -> error("'$" + parameter.getName() + "' = "
                + text(parameter.getValue()) + " does not fit here: " + why, use, null,
                IssueCodes.PROTOCOL_ARGUMENT, parameter.getName()));
    }

    /** A protocol applied by an experiment is given only parameters it takes, with values that fit. */
    @Check
    public void checkArguments(ProtocolUse use) {
        Protocol protocol = use.getProtocol();
        if (protocol == null || protocol.eIsProxy()) {
            return;
        }
        for (ParameterAssignment argument : use.getArguments()) {
            Optional<ProtocolParameter> parameter = Bindings.parameter(protocol, argument.getName());
            if (parameter.isEmpty()) {
                error(Bindings.unknown(protocol, argument.getName()), argument,
                        MemDslPackage.Literals.PARAMETER_ASSIGNMENT__NAME, IssueCodes.UNKNOWN_PROTOCOL_PARAMETER,
                        argument.getName());
            } else {
                checkArgumentFits(argument, protocol, parameter.get());
            }
        }
    }

    /** A device line of a characterisation sets parameters that at least one of its protocols takes. */
    @Check
    public void checkDeviceArguments(CharacterisedDevice entry) {
        List<Protocol> protocols = protocols((Characterisation) entry.eContainer());
        if (protocols.isEmpty()) {
            return;
        }
        for (ParameterAssignment argument : entry.getArguments()) {
            boolean taken = false;
            for (Protocol protocol : protocols) {
                Optional<ProtocolParameter> parameter = Bindings.parameter(protocol, argument.getName());
                if (parameter.isPresent()) {
                    taken = true;
                    if (!checkArgumentFits(argument, protocol, parameter.get())) {
                        break; // one message per argument, naming the first protocol it does not fit
                    }
                }
            }
            if (!taken) {
                error("no protocol of this characterisation takes '" + argument.getName() + "'", argument,
                        MemDslPackage.Literals.PARAMETER_ASSIGNMENT__NAME, IssueCodes.UNKNOWN_PROTOCOL_PARAMETER,
                        argument.getName());
            }
        }
    }

    @Check
    public void checkProtocolsKnown(Characterisation characterisation) {
        try {
            Characterisations.protocols(characterisation);
        } catch (CompileException e) {
            error(e.getMessage(), characterisation, MemDslPackage.Literals.ELEMENT__NAME,
                    IssueCodes.NO_PROTOCOL);
        }
    }

    /**
     * Compiles every protocol for every device of the characterisation, so what a run would refuse
     * is reported at the device line before anything runs.
     */
    @Check
    public void checkCharacterisationRuns(CharacterisedDevice entry) {
        Characterisation characterisation = (Characterisation) entry.eContainer();
        if (entry.getDevice() == null || entry.getDevice().eIsProxy()
                || !AssignmentValidator.allAssignmentsValid(entry.getDevice())
                || !AssignmentValidator.allAssignmentsValid(characterisation)) {
            return;
        }
        for (Protocol protocol : protocols(characterisation)) {
            if (!argumentsFit(entry.getArguments(), protocol, true)) {
                return;
            }
            Application application = Application.of(characterisation, entry, protocol);
            if (!ExperimentValidator.referencesValid(application)) {
                continue;
            }
            try {
                MemDslCompiler.checkedExperiment(application);
            } catch (CompileException | IllegalArgumentException e) {
                error("protocol '" + protocol.getName() + "' cannot run on '" + entry.getDevice().getName() + "': "
                        + e.getMessage(), entry, MemDslPackage.Literals.CHARACTERISED_DEVICE__DEVICE,
                        IssueCodes.INVALID_EXPERIMENT);
            }
        }
    }

    /**
     * Whether every argument fits each place the protocol uses the parameter it names; an argument
     * naming no parameter of the protocol fits only where {@code othersAllowed} (a characterisation's
     * device line also sets the other protocols' parameters).
     */
    static boolean argumentsFit(List<ParameterAssignment> arguments, Protocol protocol, boolean othersAllowed) {
        for (ParameterAssignment argument : arguments) {
            Optional<ProtocolParameter> parameter = Bindings.parameter(protocol, argument.getName());
            if (parameter.isEmpty() ? !othersAllowed : uses(protocol, parameter.get()).stream()
                    .anyMatch(use -> misfit(use, argument.getValue()).isPresent())) {
                return false;
            }
        }
        return true;
    }

    private static List<Protocol> protocols(Characterisation characterisation) {
        try {
            return Characterisations.protocols(characterisation);
        } catch (CompileException e) {
            return List.of();
        }
    }

    /** Reports the first use of the parameter that the argument does not fit; true when it fits them all. */
    private boolean checkArgumentFits(ParameterAssignment argument, Protocol protocol, ProtocolParameter parameter) {
        for (ParameterUse use : uses(protocol, parameter)) {
            Optional<String> why = misfit(use, argument.getValue());
            if (why.isPresent()) {
                error("'" + argument.getName() + "' of protocol '" + protocol.getName() + "': " + why.get(), argument,
                        MemDslPackage.Literals.PARAMETER_ASSIGNMENT__VALUE, IssueCodes.PROTOCOL_ARGUMENT,
                        argument.getName());
                return false;
            }
        }
        return true;
    }

    static List<ParameterUse> uses(Protocol protocol, ProtocolParameter parameter) {
        return EcoreUtil2.eAllOfType(protocol, ParameterUse.class).stream()
                .filter(use -> use.getParameter() == parameter).toList();
    }

    /** Why {@code value} cannot stand where {@code use} is written (an assignment or a repeat count). */
    static Optional<String> misfit(ParameterUse use, Value value) {
        EObject container = use.eContainer();
        if (container instanceof Repeat) {
            boolean whole = value instanceof Quantity q && q.getUnit() == null && !q.isNegative()
                    && Timeline.isRepeatCount(q.getMagnitude());
            return whole ? Optional.empty()
                    : Optional.of("a repeat count is a whole number from 1 to " + Timeline.MAX_PARTS);
        }
        if (container instanceof ParameterAssignment assignment) {
            Optional<Parameter> parameter = BlockKinds.parameter(assignment);
            return parameter.flatMap(p -> ValueFit.misfit(value, p));
        }
        return Optional.empty();
    }

    private static String text(Value value) {
        ICompositeNode node = NodeModelUtils.getNode(value);
        return node == null ? "its default" : NodeModelUtils.getTokenText(node);
    }
}
