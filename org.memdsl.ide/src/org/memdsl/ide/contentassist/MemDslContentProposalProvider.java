package org.memdsl.ide.contentassist;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.memdsl.compiler.BlockKinds;
import org.memdsl.compiler.Characterisations;
import org.memdsl.compiler.CompileException;
import org.memdsl.compiler.KindReference;
import org.memdsl.library.Libraries;
import org.memdsl.memDsl.Array;
import org.memdsl.memDsl.ArrayStep;
import org.memdsl.memDsl.Characterisation;
import org.memdsl.memDsl.CharacterisedDevice;
import org.memdsl.memDsl.Device;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.Network;
import org.memdsl.memDsl.ParameterAssignment;
import org.memdsl.memDsl.Pattern;
import org.memdsl.memDsl.Protocol;
import org.memdsl.memDsl.ProtocolUse;
import org.memdsl.memDsl.Stimulus;
import org.memdsl.runtime.array.ArrayKinds;
import org.memdsl.runtime.array.PatternKinds;
import org.memdsl.runtime.catalog.Catalogue;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.runtime.device.DeviceFamilies;
import org.memdsl.runtime.measurement.MeasurementKinds;
import org.memdsl.runtime.network.NetworkKinds;
import org.memdsl.runtime.stimulus.StimulusKinds;
import org.memdsl.services.MemDslGrammarAccess;

import com.google.inject.Inject;

/**
 * Proposals from the engine's catalogues where the grammar only says "a name": device families,
 * stimulus kinds, network kinds, measurement kinds (a network's outputs inside a network), the
 * parameters a block accepts, the parameters a synapse can vary and the units of a parameter.
 */
public class MemDslContentProposalProvider extends IdeContentProposalProvider {

    @Inject
    private MemDslGrammarAccess grammar;

    @Override
    protected void _createProposals(Assignment assignment, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        if (assignment == grammar.getDeviceAccess().getFamilyAssignment_3()) {
            proposeKinds(DeviceFamilies.CATALOGUE, context, acceptor);
        } else if (assignment == grammar.getStimulusAccess().getKindAssignment_3()) {
            proposeKinds(StimulusKinds.CATALOGUE, context, acceptor);
        } else if (assignment == grammar.getNetworkAccess().getKindAssignment_3()) {
            proposeKinds(NetworkKinds.CATALOGUE, context, acceptor);
        } else if (assignment == grammar.getArrayAccess().getKindAssignment_3()) {
            proposeKinds(ArrayKinds.CATALOGUE, context, acceptor);
        } else if (assignment == grammar.getPatternAccess().getKindAssignment_3()) {
            proposeKinds(PatternKinds.CATALOGUE, context, acceptor);
        } else if (assignment == grammar.getArrayStepAccess().getOperationAssignment_0()) {
            KindReference.arrayKind(EcoreUtil2.getContainerOfType(context.getCurrentModel(), Experiment.class))
                    .ifPresent(kind -> proposeKinds(kind.operations(), context, acceptor));
        } else if (assignment == grammar.getChoiceAccess().getOptionAssignment()) {
            parameterOf(context.getCurrentModel()).or(() -> parameterOf(context.getPreviousModel()))
                    .filter(Parameter::isChoice).ifPresent(p -> p.options().forEach(o -> propose(o,
                            o.equals(p.defaultOption()) ? p.name() + " (default)" : p.name(), context, acceptor)));
        } else if (assignment == grammar.getMeasurementAccess().getKindAssignment_1()) {
            Network network = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Network.class);
            Experiment experiment = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Experiment.class);
            if (experiment != null && experiment.getArray() != null) {
                KindReference.arrayKind(experiment).ifPresent(k -> proposeKinds(k.outputs(), context, acceptor));
            } else if (network != null) {
                NetworkKinds.CATALOGUE.byName(network.getKind())
                        .ifPresent(k -> proposeKinds(k.outputs(), context, acceptor));
            } else {
                proposeKinds(MeasurementKinds.CATALOGUE, context, acceptor);
            }
        } else if (assignment == grammar.getVariationAccess().getParameterAssignment_0()) {
            Network network = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Network.class);
            if (network != null && network.getSynapse() != null && !network.getSynapse().eIsProxy()) {
                DeviceFamilies.CATALOGUE.byName(network.getSynapse().getFamily()).ifPresent(f -> f.parameters()
                        .stream().filter(p -> !p.isFile())
                        .forEach(p -> propose(p.name(), p.description(), context, acceptor)));
            }
        } else if (assignment == grammar.getImportAccess().getImportURIAssignment_1_0()) {
            ImportPaths.candidates(context.getResource().getURI())
                    .forEach(path -> propose("\"" + path + "\"", "file next to this one", context, acceptor));
        } else if (assignment == grammar.getImportAccess().getLibraryAssignment_1_1()) {
            Libraries.NAMES.forEach(name -> propose(name, "library shipped with memdsl", context, acceptor));
        } else if (assignment == grammar.getParameterAssignmentAccess().getNameAssignment_0()) {
            Optional<EObject> block = block(context.getCurrentModel());
            if (block.isPresent() && !protocols(block.get()).isEmpty()) {
                Set<String> proposed = new HashSet<>();
                for (Protocol protocol : protocols(block.get())) {
                    protocol.getParameters().stream().filter(p -> proposed.add(p.getName()))
                            .forEach(p -> propose(p.getName(), "parameter of protocol '" + protocol.getName()
                                    + "', default " + text(p.getValue()), context, acceptor));
                }
            } else {
                block.flatMap(BlockKinds::of).ifPresent(kind -> kind.parameters()
                        .forEach(p -> propose(p.name(), describe(p), context, acceptor)));
            }
        } else if (assignment == grammar.getQuantityAccess().getUnitAssignment_2()) {
            parameterOf(context.getCurrentModel()).or(() -> parameterOf(context.getPreviousModel()))
                    .ifPresent(p -> UnitSuggestions.of(p.dimension()).forEach(u -> propose(u, p.name(), context,
                            acceptor)));
        } else {
            super._createProposals(assignment, context, acceptor);
        }
    }

    /** Where a declaration may start, the protocol templates are offered too (as snippets). */
    @Override
    protected void _createProposals(Keyword keyword, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        super._createProposals(keyword, context, acceptor);
        if (keyword == grammar.getExperimentAccess().getExperimentKeyword_0()) {
            for (SpecTemplate template : MemDslTemplates.ALL) {
                if (!template.name().startsWith(context.getPrefix())) {
                    continue;
                }
                ContentAssistEntry entry = new ContentAssistEntry();
                entry.setPrefix(context.getPrefix());
                entry.setProposal(template.snippet());
                entry.setLabel(template.name());
                entry.setDescription("template: " + template.description());
                entry.setKind(ContentAssistEntry.KIND_SNIPPET);
                acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
            }
        }
    }

    /**
     * Keywords that are words (device, apply, repeat, …); punctuation such as {@code , ; } [}
     * is typed, not chosen from a list.
     */
    @Override
    protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
        String value = keyword.getValue();
        return !value.isEmpty() && Character.isLetter(value.charAt(0)) && super.filterKeyword(keyword, context);
    }

    private void proposeKinds(Catalogue<? extends Kind> catalogue, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        catalogue.all().forEach(k -> propose(k.name(), k.description(), context, acceptor));
    }

    /** The unit (or shape) and description of a parameter, e.g. {@code s: plateau duration}. */
    private static String describe(Parameter p) {
        String unit = p.isFile() ? "file" : p.isInteger() ? "count"
                : p.isChoice() ? String.join(" | ", p.options()) : p.dimension().siSymbol();
        return (unit.isEmpty() ? "" : unit + ": ") + p.description();
    }

    private void propose(String proposal, String description, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        ContentAssistEntry entry = getProposalCreator().createProposal(proposal, context);
        if (entry != null) {
            entry.setDescription(description);
            acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
        }
    }

    /** The protocols whose parameters a block sets: the one an experiment uses, or a characterisation's. */
    private static List<Protocol> protocols(EObject block) {
        if (block instanceof ProtocolUse use && use.getProtocol() != null && !use.getProtocol().eIsProxy()) {
            return List.of(use.getProtocol());
        }
        if (block instanceof CharacterisedDevice entry) {
            try {
                return Characterisations.protocols((Characterisation) entry.eContainer());
            } catch (CompileException e) {
                return List.of();
            }
        }
        return List.of();
    }

    private static String text(EObject value) {
        ICompositeNode node = NodeModelUtils.getNode(value);
        return node == null ? "" : NodeModelUtils.getTokenText(node);
    }

    /**
     * The innermost block that holds assignments: a measurement, device, stimulus, experiment,
     * network, protocol, characterisation, or the arguments of a protocol applied.
     */
    private static Optional<EObject> block(EObject model) {
        for (EObject o = model; o != null; o = o.eContainer()) {
            if (o instanceof Measurement || o instanceof ArrayStep || o instanceof Device || o instanceof Stimulus
                    || o instanceof Experiment || o instanceof Network || o instanceof Array || o instanceof Pattern
                    || o instanceof Protocol || o instanceof ProtocolUse || o instanceof Characterisation
                    || o instanceof CharacterisedDevice) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** The parameter of the assignment that holds {@code model}; after a number that is the previous model. */
    private static Optional<Parameter> parameterOf(EObject model) {
        ParameterAssignment assignment = model == null ? null
                : EcoreUtil2.getContainerOfType(model, ParameterAssignment.class);
        return assignment == null ? Optional.empty() : BlockKinds.parameter(assignment);
    }
}
