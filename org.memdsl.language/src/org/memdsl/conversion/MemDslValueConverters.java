package org.memdsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractDeclarativeValueConverterService;
import org.eclipse.xtext.conversion.impl.AbstractLexerBasedConverter;
import org.eclipse.xtext.conversion.impl.IDValueConverter;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/** Value converters for the terminals of the memdsl grammar (ID, STRING, NUMBER). */
public class MemDslValueConverters extends AbstractDeclarativeValueConverterService {

    @Inject
    private IDValueConverter idValueConverter;

    @Inject
    private STRINGValueConverter stringValueConverter;

    @ValueConverter(rule = "ID")
    public IValueConverter<String> ID() {
        return idValueConverter;
    }

    @ValueConverter(rule = "STRING")
    public IValueConverter<String> STRING() {
        return stringValueConverter;
    }

    @ValueConverter(rule = "NUMBER")
    public IValueConverter<Double> NUMBER() {
        return new AbstractLexerBasedConverter<Double>() {
            @Override
            public Double toValue(String string, INode node) {
                double value;
                try {
                    value = Double.parseDouble(string);
                } catch (NumberFormatException e) {
                    throw new ValueConverterException("not a number: " + string, node, e);
                }
                if (Double.isInfinite(value)) {
                    throw new ValueConverterException("'" + string + "' is too large for a number (the largest is "
                            + "about 1.8e308)", node, null);
                }
                return value;
            }

            @Override
            protected String toEscapedString(Double value) {
                return Double.toString(value);
            }
        };
    }
}
