package org.memdsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.memdsl.compiler.Quantities;
import org.memdsl.compiler.Slot;
import org.memdsl.compiler.Slots;
import org.memdsl.memDsl.Assignment;
import org.memdsl.memDsl.MemDslPackage;
import org.memdsl.memDsl.Quantity;
import org.memdsl.memDsl.FileName;
import org.memdsl.memDsl.QuantityList;
import org.memdsl.units.UnitException;
import org.memdsl.units.UnitParser;

/** Rules on {@code name = value} assignments: known names, units of the right dimension, ranges. */
public class AssignmentValidator extends MemDslRuleValidator {

    private static Optional<Slot> slot(Assignment assignment) {
        return Slots.of(assignment.eContainer())
                .flatMap(slots -> slots.stream().filter(s -> s.name().equals(assignment.getName())).findFirst());
    }

    @Check
    public void checkKnownName(Assignment assignment) {
        Slots.of(assignment.eContainer()).ifPresent(slots -> {
            if (slots.stream().noneMatch(s -> s.name().equals(assignment.getName()))) {
                error("'" + assignment.getName() + "' is not known here; expected one of: "
                        + slots.stream().map(Slot::name).collect(Collectors.joining(", ")), assignment,
                        MemDslPackage.Literals.ASSIGNMENT__NAME, IssueCodes.UNKNOWN_PARAMETER, assignment.getName());
            }
        });
    }

    @Check
    public void checkNotAssignedTwice(Assignment assignment) {
        for (EObject sibling : assignment.eContainer().eContents()) {
            if (sibling == assignment) {
                return;
            }
            if (sibling instanceof Assignment other && other.getName() != null
                    && other.getName().equals(assignment.getName())) {
                error("'" + assignment.getName() + "' is already set above", assignment,
                        MemDslPackage.Literals.ASSIGNMENT__NAME, IssueCodes.DUPLICATE_ASSIGNMENT);
                return;
            }
        }
    }

    @Check
    public void checkListShape(Assignment assignment) {
        slot(assignment).ifPresent(slot -> {
            boolean isList = assignment.getValue() instanceof QuantityList;
            boolean isFile = assignment.getValue() instanceof FileName;
            if (slot.file() != isFile) {
                error(slot.file() ? "'" + slot.name() + "' takes a file name in quotes such as \"data.csv\""
                        : "'" + slot.name() + "' takes a value with a unit, not a file name", assignment,
                        MemDslPackage.Literals.ASSIGNMENT__VALUE, slot.file() ? IssueCodes.EXPECTED_FILE
                                : IssueCodes.EXPECTED_SCALAR);
            } else if (isFile) {
                return;
            } else if (slot.list() && !isList) {
                error("'" + slot.name() + "' takes a list such as [1 ms, 2 ms]", assignment,
                        MemDslPackage.Literals.ASSIGNMENT__VALUE, IssueCodes.EXPECTED_LIST);
            } else if (!slot.list() && isList) {
                error("'" + slot.name() + "' takes a single value, not a list", assignment,
                        MemDslPackage.Literals.ASSIGNMENT__VALUE, IssueCodes.EXPECTED_SCALAR);
            }
        });
    }

    @Check
    public void checkUnit(Quantity quantity) {
        if (!(quantity.eContainer() instanceof Assignment) && !(quantity.eContainer() instanceof QuantityList)) {
            return;
        }
        Assignment assignment = quantity.eContainer() instanceof Assignment a ? a
                : (Assignment) quantity.eContainer().eContainer();
        slot(assignment).ifPresent(slot -> {
            try {
                double si = Quantities.toSi(quantity, slot.dimension());
                if (si < slot.min() || si > slot.max()) {
                    error(slot.name() + " = " + slot.dimension().format(si) + " is outside the allowed range "
                            + slot.dimension().format(slot.min()) + " … " + slot.dimension().format(slot.max()),
                            quantity, null, IssueCodes.OUT_OF_RANGE);
                }
            } catch (UnitException e) {
                error(e.getMessage() + " for '" + slot.name() + "'", quantity,
                        quantity.getUnit() == null ? null : MemDslPackage.Literals.QUANTITY__UNIT,
                        IssueCodes.WRONG_UNIT, UnitParser.siUnit(slot.dimension()).toString());
            }
        });
    }

    /** True when every assignment has a known name, the right shape and a convertible unit. */
    static boolean allAssignmentsValid(List<Assignment> assignments, EObject block) {
        Optional<List<Slot>> slots = Slots.of(block);
        if (slots.isEmpty()) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (Assignment assignment : assignments) {
            Optional<Slot> slot = slots.get().stream().filter(s -> s.name().equals(assignment.getName())).findFirst();
            if (slot.isEmpty() || !seen.add(assignment.getName())
                    || slot.get().list() != (assignment.getValue() instanceof QuantityList)
                    || slot.get().file() != (assignment.getValue() instanceof FileName)) {
                return false;
            }
            if (slot.get().file()) {
                continue;
            }
            try {
                Quantities.toSi(assignment.getValue(), slot.get().dimension());
            } catch (UnitException e) {
                return false;
            }
        }
        return true;
    }
}
