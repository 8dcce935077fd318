package org.memdsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.memdsl.ide.contentassist.MemDslContentProposalProvider;
import org.memdsl.ide.server.MemDslCodeActions;
import org.memdsl.ide.server.MemDslHoverService;

/** Guice bindings of the generic IDE services. */
public class MemDslIdeModule extends AbstractMemDslIdeModule {

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return MemDslContentProposalProvider.class;
    }

    public Class<? extends IHoverService> bindIHoverService() {
        return MemDslHoverService.class;
    }

    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return MemDslCodeActions.class;
    }
}
