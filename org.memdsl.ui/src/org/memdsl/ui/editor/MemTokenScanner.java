package org.memdsl.ui.editor;

import java.util.Map;
import java.util.Set;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.memdsl.ide.highlighting.MemDslSemanticHighlighting;

/**
 * Tokens of a {@code .mem} file for highlighting: keywords, comments, strings, numbers, and the
 * semantic styles of the file's last check (families and kinds, units, declarations, references).
 */
public class MemTokenScanner extends RuleBasedScanner {

    public static final RGB KEYWORD = new RGB(127, 0, 85);
    public static final RGB COMMENT = new RGB(63, 127, 95);
    public static final RGB STRING = new RGB(42, 0, 255);
    public static final RGB NUMBER = new RGB(16, 96, 160);

    private static IToken token(RGB rgb, int style) {
        return new Token(new TextAttribute(JFaceResources.getResources().createColor(rgb), null, style));
    }

    /** Colours of the semantic styles of {@link MemDslSemanticHighlighting}. */
    public static final RGB KIND = new RGB(0, 118, 118);
    public static final RGB UNIT = new RGB(150, 80, 0);
    public static final RGB DECLARATION = new RGB(0, 0, 0);
    public static final RGB REFERENCE = new RGB(40, 60, 190);

    private final Map<String, IToken> semantic = Map.of(
            MemDslSemanticHighlighting.KIND, token(KIND, SWT.NORMAL),
            MemDslSemanticHighlighting.UNIT, token(UNIT, SWT.NORMAL),
            MemDslSemanticHighlighting.DECLARATION, token(DECLARATION, SWT.BOLD),
            MemDslSemanticHighlighting.REFERENCE, token(REFERENCE, SWT.NORMAL));

    /** A stretch the last check styled (see {@link SemanticHighlights}) wins over the lexical rules. */
    private final class SemanticRule implements IRule {
        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            SemanticHighlights highlights = SemanticHighlights.of(fDocument);
            int index = highlights == null ? -1 : highlights.at(fDocument, fOffset);
            if (index < 0) {
                return Token.UNDEFINED;
            }
            for (int i = 0; i < highlights.length(index); i++) {
                scanner.read();
            }
            return semantic.get(highlights.style(index));
        }
    }

    public MemTokenScanner(Set<String> keywords) {
        IToken keyword = token(KEYWORD, SWT.BOLD);
        IToken comment = token(COMMENT, SWT.ITALIC);
        IToken string = token(STRING, SWT.NORMAL);
        IToken number = token(NUMBER, SWT.NORMAL);
        // Every other word is an identifier token of the default colour, consumed whole, so that the
        // digits of a name such as g0 or retention_363K are not taken for a number.
        IToken identifier = new Token(null);

        WordRule words = new WordRule(new IWordDetector() {
            @Override
            public boolean isWordStart(char c) {
                return Character.isLetter(c) || c == '_';
            }

            @Override
            public boolean isWordPart(char c) {
                return Character.isLetterOrDigit(c) || c == '_' || c == '²' || c == '³';
            }
        }, identifier);
        keywords.forEach(k -> words.addWord(k, keyword));

        setRules(new IRule[] { new SemanticRule(), new EndOfLineRule("//", comment),
                new MultiLineRule("/*", "*/", comment), new SingleLineRule("\"", "\"", string, '\\'), words,
                new NumberRule(number),
                new WhitespaceRule(Character::isWhitespace) });
    }
}
