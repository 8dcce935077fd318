/**
 * Layout of {@code .mem} files (Xtext formatting2): {@code MemDslFormatter} states the rules,
 * {@code MemDslFormatting} formats a whole text for the command line and the workbench; the
 * language server formats through the same formatter.
 */
package org.memdsl.formatting2;
