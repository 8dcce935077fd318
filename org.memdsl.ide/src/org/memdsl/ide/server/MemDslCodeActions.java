package org.memdsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.memdsl.ide.quickfix.MemDslQuickFixes;

import com.google.inject.Inject;

/** The language server's quick fixes: {@link MemDslQuickFixes} of the issues in the requested range. */
public class MemDslCodeActions implements ICodeActionService2 {

    @Inject
    private IResourceValidator validator;

    @Inject
    private MemDslQuickFixes quickFixes;

    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        if (options.getResource() != null && options.getDocument() != null) {
            return actions((XtextResource) options.getResource(), options.getDocument(), options);
        }
        return options.getLanguageServerAccess().doSyncRead(options.getURI(),
                context -> actions((XtextResource) context.getResource(), context.getDocument(), options));
    }

    private List<Either<Command, CodeAction>> actions(XtextResource resource, Document document, Options options) {
        ITextRegion requested = document.getTextRegion(options.getCodeActionParams().getRange());
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        for (Issue issue : validator.validate(resource, CheckMode.ALL, options.getCancelIndicator())) {
            if (issue.getOffset() == null || issue.getOffset() > requested.getOffset() + requested.getLength()
                    || issue.getOffset() + issue.getLength() < requested.getOffset()) {
                continue;
            }
            for (MemDslQuickFixes.Fix fix : quickFixes.fixes(resource, issue)) {
                CodeAction action = new CodeAction(fix.label());
                action.setKind(CodeActionKind.QuickFix);
                Range range = new Range(document.getPosition(fix.offset()),
                        document.getPosition(fix.offset() + fix.length()));
                action.setEdit(new WorkspaceEdit(Map.of(options.getURI(), List.of(new TextEdit(range, fix.text())))));
                actions.add(Either.forRight(action));
            }
        }
        return actions;
    }
}
