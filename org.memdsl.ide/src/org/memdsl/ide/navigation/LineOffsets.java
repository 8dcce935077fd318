package org.memdsl.ide.navigation;

import java.util.Arrays;

import org.eclipse.lsp4j.Position;

/**
 * Offsets of language-server positions (line, character) in a text, from a table of line starts
 * built once: converting every symbol of a large file stays linear, where walking the text from
 * its start for each position would be quadratic.
 */
final class LineOffsets {

    private final int[] starts;
    private final int length;

    LineOffsets(String text) {
        int[] table = new int[16];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (lines == table.length) {
                    table = Arrays.copyOf(table, lines * 2);
                }
                table[lines++] = i + 1;
            }
        }
        starts = Arrays.copyOf(table, lines);
        length = text.length();
    }

    int offset(Position position) {
        int line = Math.min(position.getLine(), starts.length - 1);
        return Math.min(length, starts[line] + position.getCharacter());
    }

    /** The line (from 1) of an offset. */
    int line(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
