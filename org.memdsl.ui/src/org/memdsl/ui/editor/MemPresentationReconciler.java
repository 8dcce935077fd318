package org.memdsl.ui.editor;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.memdsl.ui.internal.MemDslUiPlugin;

/** Syntax highlighting; the keyword list is taken from the grammar, so it never goes stale. */
public class MemPresentationReconciler extends PresentationReconciler {

    public MemPresentationReconciler() {
        IGrammarAccess grammar = MemDslUiPlugin.get().injector().getInstance(IGrammarAccess.class);
        Set<String> keywords = new TreeSet<>();
        for (String k : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
            if (!k.isEmpty() && Character.isLetter(k.charAt(0))) {
                keywords.add(k);
            }
        }
        DefaultDamagerRepairer dr = new DefaultDamagerRepairer(new MemTokenScanner(keywords));
        setDamager(dr, IDocument.DEFAULT_CONTENT_TYPE);
        setRepairer(dr, IDocument.DEFAULT_CONTENT_TYPE);
    }
}
