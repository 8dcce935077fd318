package org.memdsl.ui.results;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.memdsl.runtime.catalog.Dimension;
import org.memdsl.runtime.result.Characterisation;

/** The rows of a characterisation as an SWT table: device, family, one column per report, notes. */
final class CharacterisationTable {

    private CharacterisationTable() {
    }

    static Table create(Composite parent, Characterisation characterisation) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(table, "device");
        column(table, "family");
        characterisation.columns().forEach(name -> column(table, name));
        column(table, "notes");
        for (Characterisation.Row row : characterisation.rows()) {
            TableItem item = new TableItem(table, SWT.NONE);
            int c = 0;
            item.setText(c++, row.device());
            item.setText(c++, row.family());
            for (String name : characterisation.columns()) {
                double v = row.value(name);
                item.setText(c++, Double.isNaN(v) ? "" : Dimension.rounded(v));
            }
            item.setText(c, String.join("; ", row.notes()));
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        return table;
    }

    private static void column(Table table, String name) {
        new TableColumn(table, SWT.LEFT).setText(name);
    }
}
