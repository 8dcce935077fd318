/**
 * The workbench's preferences: {@link org.memdsl.ui.preferences.RunPreferences} (defaults and
 * where a run writes) and the page that edits them.
 */
package org.memdsl.ui.preferences;
