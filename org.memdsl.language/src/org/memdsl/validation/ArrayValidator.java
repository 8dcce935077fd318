package org.memdsl.validation;

import org.eclipse.xtext.validation.Check;
import org.memdsl.compiler.CompileException;
import org.memdsl.compiler.KindReference;
import org.memdsl.compiler.MemDslCompiler;
import org.memdsl.memDsl.Array;
import org.memdsl.memDsl.ArrayStep;
import org.memdsl.memDsl.Experiment;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.Pattern;
import org.memdsl.runtime.array.ArrayKind;
import org.memdsl.runtime.array.ArrayKinds;
import org.memdsl.runtime.array.PatternKinds;
import org.memdsl.runtime.catalog.ParameterValues;
import org.memdsl.runtime.device.DeviceFamilies;

/**
 * Rules on arrays, patterns and the steps of experiments on arrays: an array has a cell of the right
 * sort, a pattern is given the way its kind takes it and can be built, a step names a pattern exactly
 * when its operation takes one, and the pattern fits the array.
 */
public class ArrayValidator extends MemDslRuleValidator {

    @Check
    public void checkCell(Array array) {
        if (array.getCell() == null) {
            if (ArrayKinds.CATALOGUE.byName(array.getKind()).isPresent()) {
                error("array '" + array.getName() + "' needs its cell: device NAME (a declared device)", array,
                        MemDslPackage.Literals.ELEMENT__NAME, IssueCodes.MISSING_CELL);
            }
            return;
        }
        if (array.getCell().eIsProxy()) {
            return;
        }
        ArrayKinds.CATALOGUE.byName(array.getKind()).filter(ArrayKind::needsPhotoCell).ifPresent(kind ->
                DeviceFamilies.CATALOGUE.byName(array.getCell().getFamily()).filter(f -> !f.respondsToLight())
                        .ifPresent(family -> error("array kind '" + kind.name() + "' needs a cell that responds "
                                + "to light; device '" + array.getCell().getName() + "' is a " + family.name(),
                                array, MemDslPackage.Literals.ARRAY__CELL, IssueCodes.NOT_A_PHOTO_CELL)));
    }

    @Check
    public void checkPatternRows(Pattern pattern) {
        PatternKinds.CATALOGUE.byName(pattern.getKind()).ifPresent(kind -> {
            if (kind.takesRows() && pattern.getRows().isEmpty()) {
                error("pattern kind '" + kind.name() + "' takes its rows in quotes, e.g. \"#..#\" \".##.\"", pattern,
                        MemDslPackage.Literals.ELEMENT__NAME, IssueCodes.PATTERN_ROWS);
            } else if (!kind.takesRows() && !pattern.getRows().isEmpty()) {
                error("pattern kind '" + kind.name() + "' takes no rows of pixels (" + kind.description() + ")",
                        pattern, MemDslPackage.Literals.PATTERN__ROWS, 0, IssueCodes.PATTERN_ROWS);
            }
        });
    }

    /** Builds the pattern, so a bad pixel, a ragged row or an unreadable image is found where it is declared. */
    @Check
    public void checkPatternBuilds(Pattern pattern) {
        if (!AssignmentValidator.allAssignmentsValid(pattern)) {
            return;
        }
        PatternKinds.CATALOGUE.byName(pattern.getKind()).filter(k -> k.takesRows() != pattern.getRows().isEmpty())
                .ifPresent(kind -> {
                    try {
                        MemDslCompiler.pattern(pattern);
                    } catch (CompileException | IllegalArgumentException e) {
                        error(e.getMessage(), pattern, MemDslPackage.Literals.ELEMENT__NAME,
                                IssueCodes.INVALID_PATTERN);
                    }
                });
    }

    @Check
    public void checkStepPattern(ArrayStep step) {
        Experiment experiment = (Experiment) step.eContainer();
        KindReference.arrayKind(experiment).flatMap(kind -> kind.operations().byName(step.getOperation()))
                .ifPresent(operation -> {
                    if (operation.takesPattern() && step.getPattern() == null) {
                        error("'" + operation.name() + "' names the pattern it applies: " + operation.name()
                                + " PATTERN { … }", step, MemDslPackage.Literals.ARRAY_STEP__OPERATION,
                                IssueCodes.PATTERN_EXPECTED);
                    } else if (!operation.takesPattern() && step.getPattern() != null) {
                        error("'" + operation.name() + "' takes no pattern", step,
                                MemDslPackage.Literals.ARRAY_STEP__PATTERN, IssueCodes.PATTERN_EXPECTED);
                    }
                });
    }

    /** A pattern must have the array's rows and columns. */
    @Check
    public void checkPatternSize(ArrayStep step) {
        Experiment experiment = (Experiment) step.eContainer();
        Array array = experiment.getArray();
        if (step.getPattern() == null || step.getPattern().eIsProxy() || array == null || array.eIsProxy()
                || !AssignmentValidator.allAssignmentsValid(array) || !AssignmentValidator.allAssignmentsValid(
                        step.getPattern()) || ArrayKinds.CATALOGUE.byName(array.getKind()).isEmpty()) {
            return;
        }
        try {
            ArrayKind kind = MemDslCompiler.arrayKind(array);
            ParameterValues settings = MemDslCompiler.arraySettings(array);
            org.memdsl.runtime.array.Pattern pattern = MemDslCompiler.pattern(step.getPattern());
            int rows = kind.rows(settings);
            int columns = kind.columns(settings);
            if (pattern.rows() != rows || pattern.columns() != columns) {
                error("pattern '" + pattern.name() + "' is " + pattern.rows() + "×" + pattern.columns()
                        + " pixels; array '" + array.getName() + "' is " + rows + "×" + columns, step,
                        MemDslPackage.Literals.ARRAY_STEP__PATTERN, IssueCodes.PATTERN_SIZE);
            }
        } catch (CompileException | IllegalArgumentException e) {
            // reported where the array or the pattern is declared
        }
    }
}
