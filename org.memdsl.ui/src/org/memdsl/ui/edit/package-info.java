/** Editing commands of the memdsl editor: Format (Ctrl+Shift+F). */
package org.memdsl.ui.edit;
