package org.memdsl.scoping;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportUriResolver;
import org.memdsl.compiler.ImportTarget;
import org.memdsl.library.Libraries;
import org.memdsl.memDsl.Import;

/**
 * An import names a file by its path, or a shipped library by its name ({@code import standard}).
 * A URL ({@code http:}, {@code file:}…), a text with a NUL character, or a path to something other
 * than a regular file (a FIFO would block the reader forever) resolves to nothing, so scoping never
 * opens a network connection or a pipe (the loader reports such an import).
 */
public class LibraryImportUriResolver extends ImportUriResolver {

    @Override
    public String resolve(EObject object) {
        if (object instanceof Import imp && imp.getLibrary() != null) {
            return Libraries.uri(imp.getLibrary()).map(Object::toString).orElse(null);
        }
        String uri = super.resolve(object);
        if (uri == null || ImportTarget.namesNoFile(uri)) {
            return null;
        }
        if (object.eResource() == null || !object.eResource().getURI().isFile()) {
            return uri;
        }
        ImportTarget target = ImportTarget.of(Path.of(object.eResource().getURI().toFileString()), uri);
        return target.readable() || target.missing() ? uri : null;
    }
}
