package org.memdsl.ui.editor;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.memdsl.ide.quickfix.MemDslQuickFixes;
import org.memdsl.ui.internal.MemDslUiPlugin;

/**
 * Quick fixes (Ctrl+1) of the Generic Editor from the language's fixes ({@link MemDslQuickFixes},
 * also the language server's code actions): nearest known names, the expected unit, a missing
 * argument. For a file outside the workspace (annotations, no markers); a workspace file's fixes
 * come through its markers' resolutions.
 */
public class MemQuickAssistProcessor implements IQuickAssistProcessor {

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return !annotation.isMarkedDeleted();
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext context) {
        return false;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        IDocument document = context.getSourceViewer().getDocument();
        if (DocumentFiles.workspaceFile(document).isPresent()) {
            // a workspace file's problems are markers, whose resolutions (MemMarkerResolutions, the same
            // fixes) the editor's Ctrl+1 already lists: offering them here too would show each twice
            return new ICompletionProposal[0];
        }
        try {
            List<MemDslQuickFixes.Fix> fixes = MemDslUiPlugin.get().injector().getInstance(MemDslQuickFixes.class)
                    .fixesAt(document.get(), DocumentFiles.uri(document), context.getOffset());
            return fixes.stream().map(f -> new CompletionProposal(f.text(), f.offset(), f.length(),
                    f.text().length(), null, f.label(), null, null))
                    .toArray(ICompletionProposal[]::new);
        } catch (Exception e) {
            MemDslUiPlugin.log().error("memdsl quick fix failed", e);
            return new ICompletionProposal[0];
        }
    }
}
