package org.memdsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.memdsl.ide.contentassist.MemDslContentProposalProvider;

/** Guice bindings of the generic IDE services. */
public class MemDslIdeModule extends AbstractMemDslIdeModule {

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return MemDslContentProposalProvider.class;
    }
}
