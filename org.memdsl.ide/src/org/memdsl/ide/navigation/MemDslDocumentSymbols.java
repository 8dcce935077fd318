package org.memdsl.ide.navigation;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.memdsl.memDsl.Element;
import org.memdsl.memDsl.Measurement;
import org.memdsl.memDsl.ProtocolParameter;

import com.google.common.collect.Iterators;

/**
 * The symbols of a {@code .mem} file are its declarations (devices, stimuli, experiments,
 * protocols, arrays, patterns, networks, figures, characterisations), a protocol's parameters and
 * stimuli, and measurements; not every parameter assignment, which also carries a name.
 */
public class MemDslDocumentSymbols extends HierarchicalDocumentSymbolService {

    @Override
    protected Iterator<Object> getAllContents(Resource resource) {
        Iterator<EObject> declarations = Iterators.filter(resource.getAllContents(),
                o -> o instanceof Element || o instanceof ProtocolParameter || o instanceof Measurement);
        return Iterators.transform(declarations, Object.class::cast);
    }
}
