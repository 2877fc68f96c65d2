using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Diagnostics;
using Adcme.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Adcme.Generators.Parsing
{
    internal sealed partial class BodyLowering
    {
        /// <summary><c>(a, b) = (b, a)</c> and <c>var (a, b) = (x, y)</c>: C# evaluates the targets' arrays and indices,
        /// then every value, then stores them left to right. Each value is read into a temporary before any store, so
        /// a swap swaps; scalars, arrays and tensors alike.</summary>
        private Operand LowerDeconstruction(IDeconstructionAssignmentOperation assignment)
        {
            var target = assignment.Target is IDeclarationExpressionOperation declaration ? declaration.Expression : assignment.Target;
            var value = assignment.Value;
            while (value is IConversionOperation { IsImplicit: true } conversion && conversion.Operand is ITupleOperation) value = conversion.Operand;
            if (target is not ITupleOperation targets || value is not ITupleOperation values || targets.Elements.Length != values.Elements.Length
                || targets.Elements.Any(e => e is ITupleOperation || (e is IDeclarationExpressionOperation d && d.Expression is ITupleOperation))
                || values.Elements.Any(e => e is ITupleOperation))
            {
                if (assignment.Type?.TypeKind == TypeKind.Error || value.Type?.TypeKind == TypeKind.Error) { SawInvalidCode = true; return Invalid; }
                return Unsupported(assignment, "only a tuple of values assigned to a tuple of variables, '(a, b) = (b, a)', can be deconstructed; "
                    + "a tuple value or a nested tuple cannot; assign the parts one by one");
            }
            var places = new List<Place>();
            var assigned = new HashSet<int>();
            foreach (var element in targets.Elements)
            {
                var part = element is IDeclarationExpressionOperation declared ? declared.Expression : element;
                if (part is ILocalReferenceOperation { IsDeclaration: true } local && !_symbols.ContainsKey(local.Local))
                {
                    var kind = Kinds.Of(local.Local.Type);
                    if (kind is null)
                    {
                        if (local.Local.Type.TypeKind == TypeKind.Error) { SawInvalidCode = true; return Invalid; }
                        return Unsupported(part, "locals of type '" + local.Local.Type.ToDisplayString() + "' are not supported");
                    }
                    _symbols[local.Local] = NewVariable(local.Local.Name, kind.Value, VariableRole.Local, Kinds.FullyQualified(local.Local.Type));
                }
                if (part is IDiscardOperation)
                {
                    return Unsupported(part, "a discard in a deconstruction is not supported; assign the parts you need one by one");
                }
                var place = LowerPlace(part);
                if (place is null) return Invalid;
                places.Add(place.Value);
                if (!place.Value.IsElement) assigned.Add(place.Value.Variable);
            }
            // An element's array and index are read before any store: (i, a[i]) = (1, x) writes a[old i].
            for (var p = 0; p < places.Count; p++)
            {
                if (!places[p].IsElement) continue;
                var array = places[p].Array!;
                var index = places[p].Index!;
                if (array.IsVariable && (assigned.Contains(array.Variable) || values.Elements.Any(v => Assigns(v, array.Variable))))
                {
                    array = Produce(OpCode.Copy, array.Kind, null, null, array);
                }
                if (index.IsVariable && (assigned.Contains(index.Variable) || values.Elements.Any(v => Assigns(v, index.Variable))))
                {
                    index = Produce(OpCode.Copy, index.Kind, null, null, index);
                }
                places[p] = new Place(array, index);
            }
            var read = new List<Operand>();
            for (var v = 0; v < values.Elements.Length; v++)
            {
                var kind = places[v].Kind;
                var element = values.Elements[v];
                var elementKind = KindOrReport(element);
                if (elementKind is null) return Invalid;
                var operand = Lower(element);
                if (elementKind != kind)
                {
                    if (!IsNumeric(elementKind.Value) || !IsNumeric(kind)) return Unsupported(element, "this conversion is not supported");
                    operand = Produce(OpCode.Convert, kind, null, kind.CSharpName(), operand);
                }
                else if (operand.IsVariable && _variables[operand.Variable].Role != VariableRole.Temporary)
                {
                    // A variable's value now, before the stores overwrite it.
                    operand = Produce(OpCode.Copy, kind, null, null, operand);
                }
                read.Add(operand);
            }
            for (var p = 0; p < places.Count; p++) Write(places[p], read[p]);
            return Invalid;
        }
    }
}
