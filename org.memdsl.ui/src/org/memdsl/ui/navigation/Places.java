package org.memdsl.ui.navigation;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.memdsl.ide.navigation.Place;
import org.memdsl.ui.internal.MemDslUiPlugin;

/** Opens a {@link Place} in an editor (a workspace file, or any file on disk) and selects it. */
public final class Places {

    private Places() {
    }

    public static void reveal(IWorkbenchPage page, Place place) {
        try {
            IEditorPart editor;
            Optional<IFile> file = workspaceFile(place);
            if (file.isPresent()) {
                editor = IDE.openEditor(page, file.get(), true);
            } else if (place.uri().isFile()) {
                IFileStore store = EFS.getLocalFileSystem().getStore(Path.of(place.uri().toFileString()).toUri());
                editor = IDE.openEditorOnFileStore(page, store);
            } else {
                return; // a library inside a jar has no editor
            }
            if (editor instanceof ITextEditor text) {
                text.selectAndReveal(place.offset(), place.length());
            }
        } catch (PartInitException e) {
            MemDslUiPlugin.log().error("cannot open " + place.uri(), e);
        }
    }

    public static Optional<IFile> workspaceFile(Place place) {
        if (!place.uri().isFile()) {
            return Optional.empty();
        }
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
                .findFilesForLocationURI(Path.of(place.uri().toFileString()).toUri());
        return files.length > 0 ? Optional.of(files[0]) : Optional.empty();
    }

    /** {@code project/folder/file.mem:line} of a workspace file, otherwise the file's path. */
    public static String label(Place place) {
        String where = workspaceFile(place).map(IFile::getFullPath).map(IPath::toString)
                .orElseGet(() -> place.uri().isFile() ? place.uri().toFileString() : place.uri().toString());
        return where.replaceFirst("^/", "") + ":" + place.line();
    }
}
