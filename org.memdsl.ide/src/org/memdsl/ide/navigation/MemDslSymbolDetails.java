package org.memdsl.ide.navigation;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.memdsl.memDsl.Array;
import org.memdsl.memDsl.Characterisation;
import org.memdsl.memDsl.Device;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.Network;
import org.memdsl.memDsl.Overlay;
import org.memdsl.memDsl.Pattern;
import org.memdsl.memDsl.Protocol;
import org.memdsl.memDsl.ProtocolParameter;
import org.memdsl.memDsl.Stimulus;

/**
 * A symbol's detail is the keyword that declares it followed by what it is: {@code device
 * filamentary}, {@code stimulus pulse_train}, {@code experiment on opto}, {@code protocol (amplitude,
 * width)}, {@code parameter = 1 V}, {@code measure ppf}.
 */
public class MemDslSymbolDetails extends DocumentSymbolDetailsProvider {

    @Override
    public String getDetails(EObject object) {
        return switch (object) {
            case Device d -> "device " + d.getFamily();
            case Stimulus s -> "stimulus " + s.getKind();
            case Experiment e -> "experiment " + target(e);
            case Protocol p -> "protocol (" + p.getParameters().stream().map(ProtocolParameter::getName)
                    .collect(Collectors.joining(", ")) + ")";
            case ProtocolParameter p -> "parameter = " + text(p.getValue());
            case Array a -> "array " + a.getKind();
            case Pattern p -> "pattern " + p.getKind();
            case Network n -> "network " + n.getKind();
            case Measurement m -> "measure " + m.getKind();
            case Overlay o -> "figure";
            case Characterisation c -> "characterise " + c.getDevices().size() + " devices";
            default -> "";
        };
    }

    private static String target(Experiment experiment) {
        if (experiment.getArray() != null) {
            return "on array " + text(experiment, "array");
        }
        return "on " + text(experiment, "device");
    }

    /** The text a reference was written with (so an unresolved name still shows). */
    private static String text(EObject owner, String feature) {
        return NodeModelUtils.findNodesForFeature(owner, owner.eClass().getEStructuralFeature(feature)).stream()
                .map(n -> NodeModelUtils.getTokenText(n)).findFirst().orElse("?");
    }

    private static String text(EObject value) {
        ICompositeNode node = NodeModelUtils.getNode(value);
        return node == null ? "" : NodeModelUtils.getTokenText(node);
    }
}
