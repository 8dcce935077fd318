package org.memdsl.ui.internal;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.memdsl.ui.builder.MemDslNature;
import org.memdsl.ui.builder.ProblemMarkers;

/**
 * Activates the key binding context {@value #CONTEXT} in every {@code .mem} editor (through the
 * editor's own context service, so it is active exactly while that editor is), which is what makes
 * F3, Ctrl+O, Ctrl+/, Ctrl+Shift+F, Ctrl+Shift+G and Alt+Shift+R reach memdsl's commands there and
 * nowhere else. Also gives a project the memdsl nature when one of its {@code .mem} files is first
 * opened, and re-checks a file closed without saving.
 */
final class EditorContexts implements IPartListener2, IWindowListener {

    static final String CONTEXT = "org.memdsl.ui.editorScope";

    private final Set<IWorkbenchPart> done = Collections.newSetFromMap(new WeakHashMap<>());

    private EditorContexts() {
    }

    /** Listens to every window, and activates the context in the .mem editors already open. Display thread only. */
    static void install(IWorkbench workbench) {
        EditorContexts contexts = new EditorContexts();
        workbench.addWindowListener(contexts);
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            contexts.windowOpened(window);
        }
    }

    private void activate(IWorkbenchPart part) {
        if (part instanceof ITextEditor editor && editor.getEditorInput() != null
                && editor.getEditorInput().getName().endsWith(".mem") && done.add(part)) {
            IContextService service = part.getSite().getService(IContextService.class);
            if (service != null) {
                service.activateContext(CONTEXT);
            }
        }
    }

    @Override
    public void partOpened(IWorkbenchPartReference ref) {
        activate(ref.getPart(false));
        workspaceFile(ref.getPart(false)).ifPresent(file -> MemDslNature.addTo(file.getProject()));
    }

    /**
     * A file closed without saving is checked again from what is saved, so its markers no longer
     * describe the discarded text.
     */
    @Override
    public void partClosed(IWorkbenchPartReference ref) {
        workspaceFile(ref.getPart(false)).filter(IFile::exists).ifPresent(ProblemMarkers::recheck);
    }

    private static Optional<IFile> workspaceFile(IWorkbenchPart part) {
        if (part instanceof IEditorPart editor && editor.getEditorInput() instanceof IFileEditorInput input
                && "mem".equals(input.getFile().getFileExtension())) {
            return Optional.of(input.getFile());
        }
        return Optional.empty();
    }

    @Override
    public void partActivated(IWorkbenchPartReference ref) {
        activate(ref.getPart(false));
    }

    @Override
    public void windowOpened(IWorkbenchWindow window) {
        window.getPartService().addPartListener(this);
        for (IWorkbenchPage page : window.getPages()) {
            for (IEditorReference ref : page.getEditorReferences()) {
                activate(ref.getPart(false));
            }
        }
    }

    @Override
    public void windowActivated(IWorkbenchWindow window) {
        // windows are registered when they open
    }

    @Override
    public void windowDeactivated(IWorkbenchWindow window) {
        // nothing to undo: contexts end with their editors
    }

    @Override
    public void windowClosed(IWorkbenchWindow window) {
        window.getPartService().removePartListener(this);
    }
}
