package org.memdsl.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.memdsl.compiler.Bindings;
import org.memdsl.compiler.BlockKinds;
import org.memdsl.compiler.CompileException;
import org.memdsl.compiler.DataFiles;
import org.memdsl.compiler.MemDslCompiler;
import org.memdsl.compiler.Quantities;
import org.memdsl.memDsl.Choice;
import org.memdsl.memDsl.FileName;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.ParameterAssignment;
import org.memdsl.memDsl.ParameterUse;
import org.memdsl.memDsl.Quantity;
import org.memdsl.memDsl.QuantityList;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.Parameter;
import org.memdsl.units.UnitException;
import org.memdsl.units.UnitParser;

/**
 * Rules on {@code name = value} assignments of any block, against the parameters of the block's
 * kind: known names, given once, the right shape (value, whole number, list, file), units of the
 * right dimension, ranges, data files that exist.
 */
public class AssignmentValidator extends MemDslRuleValidator {

    @Check
    public void checkKnownName(ParameterAssignment assignment) {
        BlockKinds.of(assignment.eContainer()).ifPresent(kind -> {
            if (kind.parameter(assignment.getName()).isEmpty()) {
                error("'" + assignment.getName() + "' is not known here; expected one of: " + names(kind), assignment,
                        MemDslPackage.Literals.PARAMETER_ASSIGNMENT__NAME, IssueCodes.UNKNOWN_PARAMETER,
                        assignment.getName());
            }
        });
    }

    private static String names(Kind kind) {
        return kind.parameters().stream().map(Parameter::name).collect(Collectors.joining(", "));
    }

    @Check
    public void checkNotAssignedTwice(ParameterAssignment assignment) {
        for (EObject sibling : assignment.eContainer().eContents()) {
            if (sibling == assignment) {
                return;
            }
            if (sibling instanceof ParameterAssignment other && other.getName() != null
                    && other.getName().equals(assignment.getName())) {
                error("'" + assignment.getName() + "' is already set above", assignment,
                        MemDslPackage.Literals.PARAMETER_ASSIGNMENT__NAME, IssueCodes.DUPLICATE_ASSIGNMENT);
                return;
            }
        }
    }

    /** A {@code $name} value is checked against the parameter by {@link ProtocolValidator}. */
    @Check
    public void checkShape(ParameterAssignment assignment) {
        if (assignment.getValue() instanceof ParameterUse) {
            return;
        }
        BlockKinds.parameter(assignment).ifPresent(p -> {
            boolean isList = assignment.getValue() instanceof QuantityList;
            boolean isFile = assignment.getValue() instanceof FileName;
            boolean isChoice = assignment.getValue() instanceof Choice;
            if (p.isChoice() || isChoice) {
                checkChoice(assignment, p);
            } else if (p.isFile() != isFile) {
                error(p.isFile() ? "'" + p.name() + "' takes a file name in quotes such as \"data.csv\""
                        : "'" + p.name() + "' takes a value with a unit, not a file name", assignment,
                        MemDslPackage.Literals.PARAMETER_ASSIGNMENT__VALUE,
                        p.isFile() ? IssueCodes.EXPECTED_FILE : IssueCodes.EXPECTED_SCALAR);
            } else if (isFile) {
                return;
            } else if (p.isList() && !isList) {
                error("'" + p.name() + "' takes a list such as [1 ms, 2 ms]", assignment,
                        MemDslPackage.Literals.PARAMETER_ASSIGNMENT__VALUE, IssueCodes.EXPECTED_LIST);
            } else if (!p.isList() && isList) {
                error("'" + p.name() + "' takes a single value, not a list", assignment,
                        MemDslPackage.Literals.PARAMETER_ASSIGNMENT__VALUE, IssueCodes.EXPECTED_SCALAR);
            }
        });
    }

    private void checkChoice(ParameterAssignment assignment, Parameter p) {
        if (!p.isChoice()) {
            error("'" + p.name() + "' takes " + (p.isFile() ? "a file name in quotes" : "a value"
                    + (p.dimension().siSymbol().isEmpty() ? "" : " with a unit")) + ", not a name", assignment,
                    MemDslPackage.Literals.PARAMETER_ASSIGNMENT__VALUE, IssueCodes.EXPECTED_SCALAR);
        } else if (!(assignment.getValue() instanceof Choice choice)) {
            error("'" + p.name() + "' takes one of: " + String.join(", ", p.options()), assignment,
                    MemDslPackage.Literals.PARAMETER_ASSIGNMENT__VALUE, IssueCodes.EXPECTED_CHOICE);
        } else if (!p.options().contains(choice.getOption())) {
            error("'" + choice.getOption() + "' is not an option of '" + p.name() + "'; expected one of: "
                    + String.join(", ", p.options()), assignment, MemDslPackage.Literals.PARAMETER_ASSIGNMENT__VALUE,
                    IssueCodes.UNKNOWN_OPTION, choice.getOption());
        }
    }

    @Check
    public void checkUnitAndRange(Quantity quantity) {
        ParameterAssignment assignment = quantity.eContainer() instanceof ParameterAssignment a ? a
                : quantity.eContainer() instanceof QuantityList list
                        && list.eContainer() instanceof ParameterAssignment a ? a : null;
        if (assignment == null) {
            return;
        }
        BlockKinds.parameter(assignment).filter(p -> !p.isFile() && !p.isChoice()).ifPresent(p -> {
            try {
                double si = Quantities.toSi(quantity, p.dimension());
                if (!Double.isFinite(si) || si < p.min() || si > p.max()) {
                    error(p.name() + " = " + p.dimension().format(si) + " is outside the allowed range " + p.range(),
                            quantity, null, IssueCodes.OUT_OF_RANGE);
                } else if (p.isInteger() && si != Math.rint(si)) {
                    error(p.name() + " takes a whole number, not " + p.dimension().format(si), quantity, null,
                            IssueCodes.NOT_WHOLE);
                }
            } catch (UnitException e) {
                error(e.getMessage() + " for '" + p.name() + "'", quantity,
                        quantity.getUnit() == null ? null : MemDslPackage.Literals.QUANTITY__UNIT,
                        IssueCodes.WRONG_UNIT, UnitParser.siUnit(p.dimension()).toString());
            }
        });
    }

    /** A data file that is not there is reported where it is named, before anything runs. */
    @Check
    public void checkDataFileExists(ParameterAssignment assignment) {
        if (!(assignment.getValue() instanceof FileName file)
                || BlockKinds.parameter(assignment).filter(Parameter::isFile).isEmpty()) {
            return;
        }
        try {
            Path path = DataFiles.resolve(assignment, file.getPath());
            if (!Files.exists(path)) {
                error(path + ": no such file or directory", assignment,
                        MemDslPackage.Literals.PARAMETER_ASSIGNMENT__VALUE, IssueCodes.MISSING_DATA, file.getPath());
            }
        } catch (CompileException e) {
            // not a file on disk (an editor buffer): the run reports it
        }
    }

    /**
     * True when every assignment of the block has a known name, the right shape and a valid value;
     * inside a protocol a {@code $name} stands for the parameter's default.
     */
    static boolean allAssignmentsValid(EObject block) {
        return allAssignmentsValid(block, MemDslCompiler.defaultBindings(block));
    }

    /** {@link #allAssignmentsValid(EObject)} with a {@code $name} standing for its value in {@code bindings}. */
    static boolean allAssignmentsValid(EObject block, Bindings bindings) {
        Optional<Kind> kind = BlockKinds.of(block);
        if (kind.isEmpty()) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (ParameterAssignment assignment : BlockKinds.assignments(block)) {
            Optional<Parameter> p = kind.get().parameter(assignment.getName());
            if (p.isEmpty() || !seen.add(assignment.getName())) {
                return false;
            }
            try {
                if (ValueFit.misfit(bindings.resolve(assignment.getValue()), p.get()).isPresent()) {
                    return false;
                }
            } catch (CompileException e) {
                return false;
            }
        }
        return true;
    }
}
