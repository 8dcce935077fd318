package org.memdsl.compiler;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.memdsl.library.Libraries;
import org.memdsl.memDsl.Characterisation;
import org.memdsl.memDsl.Import;
import org.memdsl.memDsl.Model;
import org.memdsl.memDsl.Protocol;

/** The protocols a {@code characterise} block runs on each of its devices. */
public final class Characterisations {

    private Characterisations() {
    }

    /**
     * The protocols named after {@code use}, or else every protocol of the libraries the file
     * imports by name ({@code import standard}: the review's metric suite), in library order.
     *
     * @throws CompileException when none is named and no library is imported
     */
    public static List<Protocol> protocols(Characterisation characterisation) {
        if (!characterisation.getProtocols().isEmpty()) {
            return characterisation.getProtocols();
        }
        List<Protocol> protocols = new ArrayList<>();
        Model model = EcoreUtil2.getContainerOfType(characterisation, Model.class);
        for (Import imp : model.getImports()) {
            if (imp.getLibrary() == null || characterisation.eResource() == null
                    || characterisation.eResource().getResourceSet() == null) {
                continue;
            }
            Libraries.uri(imp.getLibrary()).ifPresent(uri -> {
                Resource library = characterisation.eResource().getResourceSet().getResource(uri, true);
                if (library != null && !library.getContents().isEmpty()) {
                    protocols.addAll(EcoreUtil2.typeSelect(((Model) library.getContents().get(0)).getElements(),
                            Protocol.class));
                }
            });
        }
        if (protocols.isEmpty()) {
            throw new CompileException("characterise '" + characterisation.getName() + "' names no protocol: "
                    + "name them with 'use', or import the standard suite with 'import standard'", characterisation);
        }
        return protocols;
    }
}
