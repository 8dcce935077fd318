package org.memdsl.ui.navigation;

import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.memdsl.ide.navigation.Place;

/**
 * Applies replacements to a file through its text file buffer, as one undoable change: a file open
 * in an editor is changed there (and left unsaved, like every Eclipse refactoring of open files);
 * any other file is changed and saved.
 */
public final class SpecEdits {

    private SpecEdits() {
    }

    public static void replace(URI uri, List<Place> places, String text) throws CoreException, BadLocationException {
        Place any = places.get(0);
        IFile file = Places.workspaceFile(any).orElse(null);
        IPath path = file != null ? file.getFullPath() : IPath.fromOSString(uri.toFileString());
        LocationKind kind = file != null ? LocationKind.IFILE : LocationKind.LOCATION;
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        boolean open = manager.getTextFileBuffer(path, kind) != null;
        manager.connect(path, kind, null);
        try {
            ITextFileBuffer buffer = manager.getTextFileBuffer(path, kind);
            IDocument document = buffer.getDocument();
            MultiTextEdit edit = new MultiTextEdit();
            places.forEach(p -> edit.addChild(new ReplaceEdit(p.offset(), p.length(), text)));
            edit.apply(document);
            if (!open) {
                buffer.commit(null, true);
            }
        } finally {
            manager.disconnect(path, kind, null);
        }
    }
}
