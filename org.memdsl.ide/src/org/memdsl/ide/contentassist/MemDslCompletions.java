package org.memdsl.ide.contentassist;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.memdsl.resource.TextResources;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Completion proposals for a text at an offset, from Xtext's generic IDE services: the entry point
 * for any editor (the workbench's Generic Editor, a language server, tests).
 */
public class MemDslCompletions {

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "memdsl content assist");
        t.setDaemon(true);
        return t;
    });

    @Inject
    private TextResources texts;

    @Inject
    private Provider<ContentAssistContextFactory> contextFactories;

    @Inject
    private Provider<IdeContentProposalAcceptor> acceptors;

    @Inject
    private IdeContentProposalProvider proposalProvider;

    /** {@code uri} locates the text, so imports resolve relative to it. */
    public List<ContentAssistEntry> complete(String text, URI uri, int offset) throws IOException {
        XtextResource resource = texts.load(text, uri);
        ContentAssistContextFactory factory = contextFactories.get();
        factory.setPool(POOL);
        ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
        IdeContentProposalAcceptor acceptor = acceptors.get();
        proposalProvider.createProposals(Arrays.asList(contexts), acceptor);
        List<ContentAssistEntry> entries = new ArrayList<>();
        acceptor.getEntries().forEach(entries::add);
        return entries;
    }
}
