package org.memdsl.ide.contentassist;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.memdsl.compiler.Slot;
import org.memdsl.compiler.Slots;
import org.memdsl.memDsl.Device;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Network;
import org.memdsl.memDsl.Stimulus;
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
            DeviceFamilies.all().forEach(f -> propose(f.name(), f.description(), context, acceptor));
        } else if (assignment == grammar.getStimulusAccess().getKindAssignment_3()) {
            StimulusKinds.all().forEach(k -> propose(k.name(), k.description(), context, acceptor));
        } else if (assignment == grammar.getNetworkAccess().getKindAssignment_3()) {
            NetworkKinds.all().forEach(k -> propose(k.name(), k.description(), context, acceptor));
        } else if (assignment == grammar.getMeasurementAccess().getKindAssignment_1()) {
            Network network = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Network.class);
            if (network != null) {
                NetworkKinds.byName(network.getKind()).ifPresent(k -> k.outputs()
                        .forEach(o -> propose(o.name(), o.description(), context, acceptor)));
            } else {
                MeasurementKinds.all().forEach(k -> propose(k.name(), k.description(), context, acceptor));
            }
        } else if (assignment == grammar.getVariationAccess().getParameterAssignment_0()) {
            Network network = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Network.class);
            if (network != null && network.getSynapse() != null && !network.getSynapse().eIsProxy()) {
                DeviceFamilies.byName(network.getSynapse().getFamily()).ifPresent(f -> f.parameters()
                        .forEach(p -> propose(p.name(), p.description(), context, acceptor)));
            }
        } else if (assignment == grammar.getAssignmentAccess().getNameAssignment_0()) {
            block(context.getCurrentModel()).flatMap(Slots::of)
                    .ifPresent(slots -> slots.forEach(s -> propose(s.name(), s.dimension().siSymbol(), context,
                            acceptor)));
        } else if (assignment == grammar.getQuantityAccess().getUnitAssignment_2()) {
            slotOf(context.getCurrentModel()).or(() -> slotOf(context.getPreviousModel())).ifPresent(slot -> UnitSuggestions.of(slot.dimension())
                    .forEach(u -> propose(u, slot.name(), context, acceptor)));
        } else {
            super._createProposals(assignment, context, acceptor);
        }
    }

    private void propose(String proposal, String description, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        ContentAssistEntry entry = getProposalCreator().createProposal(proposal, context);
        if (entry != null) {
            entry.setDescription(description);
            acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
        }
    }

    private static Optional<EObject> block(EObject model) {
        EObject block = EcoreUtil2.getContainerOfType(model, Device.class);
        if (block == null) {
            block = EcoreUtil2.getContainerOfType(model, Stimulus.class);
        }
        if (block == null) {
            block = EcoreUtil2.getContainerOfType(model, Experiment.class);
        }
        if (block == null) {
            block = EcoreUtil2.getContainerOfType(model, Network.class);
        }
        return Optional.ofNullable(block);
    }

    /** The slot of the assignment that holds {@code model}; after a number that is the previous model. */
    private static Optional<Slot> slotOf(EObject model) {
        if (model == null) {
            return Optional.empty();
        }
        org.memdsl.memDsl.Assignment assignment = EcoreUtil2.getContainerOfType(model,
                org.memdsl.memDsl.Assignment.class);
        if (assignment == null) {
            return Optional.empty();
        }
        return block(assignment).flatMap(Slots::of).flatMap((List<Slot> slots) -> slots.stream()
                .filter(s -> s.name().equals(assignment.getName())).findFirst());
    }
}
