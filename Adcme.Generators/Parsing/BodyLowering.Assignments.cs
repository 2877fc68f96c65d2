using System.Linq;
using Adcme.Generators.Diagnostics;
using Adcme.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Adcme.Generators.Parsing
{
    internal sealed partial class BodyLowering
    {
        /// <summary>Where an assignment writes: a variable, or an element of a local array.</summary>
        private readonly struct Place
        {
            public readonly int Variable;
            public readonly Operand? Array;
            public readonly Operand? Index;
            public readonly ValueKind Kind;

            public Place(int variable, ValueKind kind) { Variable = variable; Array = null; Index = null; Kind = kind; }

            public Place(Operand array, Operand index) { Variable = -1; Array = array; Index = index; Kind = ValueKind.Double; }

            public bool IsElement => Array is not null;
        }

        private Place? LowerPlace(IOperation target)
        {
            switch (target)
            {
                case ILocalReferenceOperation local when _symbols.TryGetValue(local.Local, out var localId):
                    return new Place(localId, _variables[localId].Kind);
                case IParameterReferenceOperation parameter when _symbols.TryGetValue(parameter.Parameter, out var parameterId):
                    return new Place(parameterId, _variables[parameterId].Kind);
                case IArrayElementReferenceOperation { ArrayReference: IFieldReferenceOperation table }:
                    Report(DiagnosticDescriptors.WriteToNonLocal, target.Syntax, target.Syntax.ToString(), "'" + table.Field.Name
                        + "' is a field, read-only data in differentiable code; copy it into a local 'new double[…]' to change values");
                    return null;
                case IArrayElementReferenceOperation element when element.Indices.Length == 1
                    && Kinds.Of(element.ArrayReference.Type) == ValueKind.DoubleArray:
                    {
                        var array = ReadNow(Lower(element.ArrayReference), element.Indices[0], Assigned(target));
                        var index = ReadNow(Lower(element.Indices[0]), Assigned(target));
                        if (array.IsVariable) ArrayStores.Add((array.Variable, LocationInfo.From(element.Syntax)));
                        return new Place(array, index);
                    }
                case IInvalidOperation:
                    SawInvalidCode = true;
                    return null;
                case IFieldReferenceOperation:
                case IPropertyReferenceOperation:
                case IEventReferenceOperation:
                    Report(DiagnosticDescriptors.WriteToNonLocal, target.Syntax, target.Syntax.ToString(),
                        "only locals and local arrays may be assigned; keep the value in a local, or return it");
                    return null;
                default:
                    if (target.Type?.TypeKind == TypeKind.Error) { SawInvalidCode = true; return null; }
                    Report(DiagnosticDescriptors.UnsupportedExpression, target.Syntax, target.Syntax.ToString(), "this cannot be assigned in differentiable code");
                    return null;
            }
        }

        /// <summary>The value an assignment stores into <paramref name="target"/>, evaluated after the target's parts.</summary>
        private static IOperation? Assigned(IOperation target) => target.Parent switch
        {
            ISimpleAssignmentOperation a => a.Value,
            ICompoundAssignmentOperation c => c.Value,
            _ => null,
        };

        private Operand Read(Place place)
        {
            if (!place.IsElement) return Operand.Of(_variables[place.Variable]);
            return Produce(OpCode.ArrayLoad, ValueKind.Double, null, null, place.Array!, place.Index!);
        }

        private Operand Write(Place place, Operand value)
        {
            if (!place.IsElement) return Deliver(value, place.Variable);
            Emit(OpCode.ArrayStore, -1, place.Array!, place.Index!, value);
            return value;
        }

        private Operand LowerAssignment(ISimpleAssignmentOperation assignment)
        {
            // _ = expression: evaluated for its effects only.
            if (assignment.Target is IDiscardOperation) return Lower(assignment.Value);
            var place = LowerPlace(assignment.Target);
            if (place is null) return Invalid;
            if (!place.Value.IsElement) return Lower(assignment.Value, place.Value.Variable);
            return Write(place.Value, Lower(assignment.Value));
        }

        private static bool HasErrorType(ICompoundAssignmentOperation compound)
            => compound.Target.Type?.TypeKind == TypeKind.Error || compound.Value.Type?.TypeKind == TypeKind.Error
               || compound.Value.Type is null || compound.Value is IInvalidOperation || compound.Value.Descendants().Any(o => o is IInvalidOperation);

        private Operand LowerCompoundAssignment(ICompoundAssignmentOperation compound)
        {
            if (compound.OperatorMethod is not null)
            {
                // u += v on tensors: u = u + v through the operator's [Primitive] rules.
                var method = compound.OperatorMethod;
                if (PrimitiveRules.Attribute(method) is null || OperatorToken(method) is null)
                {
                    return Unsupported(compound, "the operator '" + method.ToDisplayString() + "' is not a [Primitive]");
                }
                var target = LowerPlace(compound.Target);
                if (target is null) return Invalid;
                if (target.Value.IsElement) return Unsupported(compound, "only variables can be updated with this operator");
                var before = ReadNow(Read(target.Value), compound.Value);
                var operand = Lower(compound.Value);
                return LowerPrimitive(method, compound, OperatorToken(method), new[] { before, operand }, target.Value.Variable);
            }
            OpCode op;
            switch (compound.OperatorKind)
            {
                case BinaryOperatorKind.Add: op = OpCode.Add; break;
                case BinaryOperatorKind.Subtract: op = OpCode.Subtract; break;
                case BinaryOperatorKind.Multiply: op = OpCode.Multiply; break;
                case BinaryOperatorKind.Divide: op = OpCode.Divide; break;
                case BinaryOperatorKind.Remainder: op = OpCode.Remainder; break;
                case BinaryOperatorKind.And: op = OpCode.And; break;
                case BinaryOperatorKind.Or: op = OpCode.Or; break;
                case BinaryOperatorKind.ExclusiveOr: op = OpCode.NotEqual; break;
                case BinaryOperatorKind.None when HasErrorType(compound):
                    // An operand the compiler could not bind (a missing type, say): the compiler reports it.
                    SawInvalidCode = true;
                    return Invalid;
                default: return Unsupported(compound, "the operator " + compound.OperatorKind + " is not supported");
            }
            var place = LowerPlace(compound.Target);
            if (place is null) return Invalid;
            var valueKind = KindOrReport(compound.Value);
            if (valueKind is null) return Invalid;
            var targetKind = place.Value.Kind;
            if ((op == OpCode.And || op == OpCode.Or || compound.OperatorKind == BinaryOperatorKind.ExclusiveOr) && targetKind != ValueKind.Bool)
            {
                return Unsupported(compound, "bitwise operators are not supported");
            }
            var current = ReadNow(Read(place.Value), compound.Value);
            var value = Lower(compound.Value);
            // The operation runs in the wider type (float += double computes in double, then narrows).
            var opKind = Wider(targetKind, valueKind.Value);
            if (opKind != targetKind) current = Produce(OpCode.Convert, opKind, null, opKind.CSharpName(), current);
            if (opKind != valueKind.Value) value = Produce(OpCode.Convert, opKind, null, opKind.CSharpName(), value);
            if (!place.Value.IsElement && opKind == targetKind)
            {
                return Produce(op, targetKind, place.Value.Variable, null, current, value);
            }
            var result = Produce(op, opKind, null, null, current, value);
            if (opKind != targetKind) result = Produce(OpCode.Convert, targetKind, null, targetKind.CSharpName(), result);
            return Write(place.Value, result);
        }

        private static ValueKind Wider(ValueKind a, ValueKind b)
        {
            if (a == ValueKind.Double || b == ValueKind.Double) return ValueKind.Double;
            if (a == ValueKind.Float || b == ValueKind.Float) return ValueKind.Float;
            return a;
        }

        private Operand LowerIncrement(IIncrementOrDecrementOperation increment, bool valueUsed)
        {
            if (increment.OperatorMethod is not null) return Unsupported(increment, "user-defined operators are not supported yet");
            var place = LowerPlace(increment.Target);
            if (place is null) return Invalid;
            var kind = place.Value.Kind;
            if (kind != ValueKind.Int && !kind.IsScalarFloating()) return Unsupported(increment, "only numbers can be incremented");
            var current = Read(place.Value);
            Operand old = current;
            if (valueUsed && increment.IsPostfix && !place.Value.IsElement)
            {
                old = Produce(OpCode.Copy, kind, null, null, current);
            }
            var one = Operand.Constant(kind == ValueKind.Int ? "1" : kind == ValueKind.Float ? "1f" : "1.0", kind);
            var op = increment.Kind == OperationKind.Increment ? OpCode.Add : OpCode.Subtract;
            Operand updated;
            if (place.Value.IsElement)
            {
                updated = Write(place.Value, Produce(op, kind, null, null, current, one));
            }
            else
            {
                updated = Produce(op, kind, place.Value.Variable, null, current, one);
            }
            return increment.IsPostfix ? old : updated;
        }
    }
}
