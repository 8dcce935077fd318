package org.memdsl.ide.navigation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.memdsl.memDsl.Measurement;

/** A symbol is called by its declared name; a measurement without {@code as NAME} by its kind. */
public class MemDslSymbolNames extends DocumentSymbolNameProvider {

    @Override
    public String getName(EObject object) {
        String name = SimpleAttributeResolver.NAME_RESOLVER.apply(object);
        if (name == null && object instanceof Measurement measurement) {
            return measurement.getKind();
        }
        return name;
    }
}
