package org.memdsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.scoping.impl.ImportUriResolver;
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
        if (uri == null || uri.indexOf('\0') >= 0 || (uri.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*")
                && !uri.matches("^[A-Za-z]:[\\\\/].*"))) {
            return null;
        }
        return notAFile(object, uri) ? null : uri;
    }

    /**
     * A path that exists but is no regular file (a FIFO, a device, a folder: opening it could block
     * forever), or one outside the spec's project folder.
     */
    private static boolean notAFile(EObject object, String uri) {
        if (object.eResource() == null || !object.eResource().getURI().isFile()) {
            return false;
        }
        try {
            java.nio.file.Path target = java.nio.file.Path.of(object.eResource().getURI().toFileString())
                    .resolveSibling(uri).normalize();
            return java.nio.file.Files.exists(target) && !java.nio.file.Files.isRegularFile(target)
                    || org.memdsl.compiler.ProjectRoot.outside(java.nio.file.Path.of(object.eResource().getURI()
                            .toFileString()), target).isPresent();
        } catch (java.nio.file.InvalidPathException e) {
            return true;
        }
    }
}
