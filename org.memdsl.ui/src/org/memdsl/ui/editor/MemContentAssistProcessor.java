package org.memdsl.ui.editor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.TextRegion;
import org.memdsl.ui.internal.MemDslUiPlugin;

import com.google.inject.Injector;

/**
 * Content assist from Xtext's generic IDE services (the ones its language server uses): keywords,
 * declared names, device families, stimulus kinds, parameter names and units.
 */
public class MemContentAssistProcessor implements IContentAssistProcessor {

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "memdsl content assist");
        t.setDaemon(true);
        return t;
    });

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        IDocument document = viewer.getDocument();
        try {
            List<ContentAssistEntry> entries = entries(document.get(), DocumentFiles.uri(document), offset);
            List<ICompletionProposal> proposals = new ArrayList<>();
            for (ContentAssistEntry entry : entries) {
                String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
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

    /** The proposals of the language's IDE services at {@code offset} of {@code text}. */
    public static List<ContentAssistEntry> entries(String text, URI uri, int offset) throws Exception {
        Injector injector = MemDslUiPlugin.get().injector();
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) set.createResource(uri);
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
        factory.setPool(POOL);
        ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
        IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
        injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
        List<ContentAssistEntry> entries = new ArrayList<>();
        acceptor.getEntries().forEach(entries::add);
        return entries;
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
