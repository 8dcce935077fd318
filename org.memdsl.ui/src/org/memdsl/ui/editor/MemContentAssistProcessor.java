package org.memdsl.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.memdsl.ide.contentassist.MemDslCompletions;
import org.memdsl.ide.contentassist.MemDslTemplates;
import org.memdsl.ui.internal.MemDslUiPlugin;

/**
 * Content assist from Xtext's generic IDE services (the ones its language server uses): keywords,
 * declared names, device families, stimulus kinds, parameter names, units, import paths, and the
 * protocol templates (with linked names to fill in, Tab to move between them).
 */
public class MemContentAssistProcessor implements IContentAssistProcessor {

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        IDocument document = viewer.getDocument();
        try {
            List<ContentAssistEntry> entries = MemDslUiPlugin.get().injector().getInstance(MemDslCompletions.class)
                    .complete(document.get(), DocumentFiles.uri(document), offset);
            List<ICompletionProposal> proposals = new ArrayList<>();
            for (ContentAssistEntry entry : entries) {
                String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
                if (ContentAssistEntry.KIND_SNIPPET.equals(entry.getKind())) {
                    MemDslTemplates.named(entry.getLabel()).ifPresent(t -> proposals.add(
                            SpecTemplates.proposal(t, document, offset - prefix.length(), prefix.length())));
                    continue;
                }
                String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
                String display = entry.getDescription() == null ? label : label + " — " + entry.getDescription();
                proposals.add(new CompletionProposal(entry.getProposal(), offset - prefix.length(), prefix.length(),
                        entry.getProposal().length(), null, display, null, entry.getDocumentation()));
            }
            return proposals.toArray(ICompletionProposal[]::new);
        } catch (Exception e) {
            MemDslUiPlugin.log().error("memdsl content assist failed", e);
            return new ICompletionProposal[0];
        }
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return new IContextInformation[0];
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { ':' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
