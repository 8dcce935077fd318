package org.memdsl.compiler;

import java.nio.file.Path;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/** Data files named in a {@code .mem} file, resolved against the directory of that file. */
public final class DataFiles {

    private DataFiles() {
    }

    /**
     * @throws CompileException when the spec is not a file on disk and the path is relative
     */
    public static Path resolve(EObject context, String path) {
        Path given = Path.of(path);
        if (given.isAbsolute()) {
            return given;
        }
        URI uri = context.eResource() == null ? null : context.eResource().getURI();
        if (uri != null && uri.isPlatform()) {
            uri = CommonPlugin.resolve(uri);
        }
        if (uri == null || !uri.isFile()) {
            throw new CompileException("cannot resolve \"" + path + "\": the spec is not a file on disk", context);
        }
        return Path.of(uri.toFileString()).resolveSibling(given).normalize();
    }
}
