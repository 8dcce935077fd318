package org.memdsl.ui.outline;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** Gives a {@code .mem} text editor (the Generic Editor) its outline page. */
public class OutlineAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != IContentOutlinePage.class || !(adaptable instanceof ITextEditor editor)
                || editor.getEditorInput() == null || !editor.getEditorInput().getName().endsWith(".mem")) {
            return null;
        }
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        return document == null ? null : adapterType.cast(new MemOutlinePage(editor, document));
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IContentOutlinePage.class };
    }
}
