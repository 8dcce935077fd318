package org.memdsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportUriResolver;
import org.memdsl.library.Libraries;
import org.memdsl.memDsl.Import;

/** An import names a file by its path, or a shipped library by its name ({@code import standard}). */
public class LibraryImportUriResolver extends ImportUriResolver {

    @Override
    public String resolve(EObject object) {
        if (object instanceof Import imp && imp.getLibrary() != null) {
            return Libraries.uri(imp.getLibrary()).map(Object::toString).orElse(null);
        }
        return super.resolve(object);
    }
}
