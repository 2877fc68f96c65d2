using System.Globalization;
using System.Linq;
using Adcme.Generators.Diagnostics;
using Adcme.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Adcme.Generators.Parsing
{
    internal sealed partial class BodyLowering
    {
        private static readonly Operand Invalid = Operand.Constant("default", ValueKind.Double);

        /// <summary>Lowers an expression evaluated for its effect only (a statement or a for-loop increment).</summary>
        private void LowerEffect(IOperation operation)
        {
            if (operation is IDeconstructionAssignmentOperation deconstruction)
            {
                LowerDeconstruction(deconstruction);
                return;
            }
            if (operation is IIncrementOrDecrementOperation increment)
            {
                LowerIncrement(increment, valueUsed: false);
                return;
            }
            Lower(operation);
        }

        /// <summary>Lowers an expression to an operand. When <paramref name="destination"/> is given the value is
        /// written there, and only the last instruction writes it (operands are all read before).</summary>
        private Operand Lower(IOperation operation, int? destination = null)
        {
            if (operation.ConstantValue.HasValue && Kinds.Of(operation.Type) is ValueKind constantKind)
            {
                return Deliver(Operand.Constant(FormatConstant(operation.ConstantValue.Value, constantKind), constantKind), destination);
            }
            switch (operation)
            {
                case ILocalReferenceOperation local when _symbols.TryGetValue(local.Local, out var localId):
                    return Deliver(Operand.Of(_variables[localId]), destination);
                case IParameterReferenceOperation parameter when _symbols.TryGetValue(parameter.Parameter, out var parameterId):
                    return Deliver(Operand.Of(_variables[parameterId]), destination);
                case IBinaryOperation binary:
                    return LowerBinary(binary, destination);
                case IUnaryOperation unary:
                    return LowerUnary(unary, destination);
                case IConversionOperation conversion:
                    return LowerConversion(conversion, destination);
                case IConditionalOperation conditional when conditional.WhenFalse is not null:
                    return LowerConditional(conditional, destination);
                case IInvocationOperation invocation:
                    return LowerInvocation(invocation, destination);
                case ISimpleAssignmentOperation assignment:
                    return Deliver(LowerAssignment(assignment), destination);
                case ICompoundAssignmentOperation compound:
                    return Deliver(LowerCompoundAssignment(compound), destination);
                case IIncrementOrDecrementOperation increment:
                    return Deliver(LowerIncrement(increment, valueUsed: true), destination);
                case IArrayElementReferenceOperation element:
                    return LowerArrayLoad(element, destination);
                case IArrayCreationOperation creation:
                    return LowerArrayCreation(creation, destination);
                case IPropertyReferenceOperation property when property.Property.Name == "Length"
                    && property.Instance is not null && Kinds.Of(property.Instance.Type) == ValueKind.DoubleArray:
                    {
                        var array = Lower(property.Instance);
                        var target = destination ?? NewTemp(ValueKind.Int);
                        Emit(OpCode.ArrayLength, target, array);
                        return Operand.Of(_variables[target]);
                    }
                case IPropertyReferenceOperation property when property.Instance is IParameterReferenceOperation owner
                    && _symbols.TryGetValue(owner.Parameter, out var ownerId) && _variables[ownerId].Kind == ValueKind.Opaque
                    && Kinds.Of(property.Type) is ValueKind memberKind && (memberKind == ValueKind.Int || memberKind == ValueKind.Bool
                        || memberKind == ValueKind.Double || memberKind == ValueKind.Token) && property.Arguments.Length == 0:
                    {
                        // comm.Rank, comm.Size: values of a [NoDerivative] object, without derivative.
                        var target = destination ?? NewTemp(memberKind);
                        var member = new Instruction(OpCode.Member, target, new EquatableArray<Operand>(new[] { Operand.Of(_variables[ownerId]) }), property.Property.Name);
                        _current.Add(member);
                        if (memberKind == ValueKind.Token) TokenSites[member] = LocationInfo.From(property.Syntax);
                        return Operand.Of(_variables[target]);
                    }
                case IPropertyReferenceOperation read when read.Instance is not null && Kinds.Of(read.Instance.Type) == ValueKind.Request
                    && (read.Property.Name == "Tensor" || read.Property.Name == "Value"):
                    {
                        // request.Tensor / request.Value: the received value, read through a primitive whose pullback
                        // hands the seed to the request (the pullback of Wait sends it back).
                        var reader = read.Property.ContainingType.GetMembers(read.Property.Name == "Tensor" ? "ReadTensor" : "ReadValue")
                            .OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 0);
                        var request = Lower(read.Instance);
                        if (reader is null || ReferenceEquals(request, Invalid)) return Invalid;
                        return LowerPrimitive(reader, read, null, new[] { request }, destination);
                    }
                case IFieldReferenceOperation field when field.Field.IsStatic && Kinds.Of(field.Type) is ValueKind fieldKind
                    && fieldKind != ValueKind.DoubleArray:
                    return Deliver(Operand.Constant(Kinds.FullyQualified(field.Field.ContainingType) + "." + field.Field.Name, fieldKind), destination);
                case IFieldReferenceOperation table when table.Field.IsStatic && table.Field.IsReadOnly && Kinds.Of(table.Type) == ValueKind.DoubleArray:
                    return Deliver(Operand.Of(_variables[TableVariable(table.Field)]), destination);
                case IPropertyReferenceOperation shape when IsTensorShape(shape.Instance):
                    return LowerShapeRead(shape, destination);
                case IPropertyReferenceOperation property when property.Instance is not null && Kinds.Of(property.Instance.Type) == ValueKind.Tensor:
                    return LowerTensorMember(property, destination);
                case ISwitchExpressionOperation switchExpression:
                    return LowerSwitchExpression(switchExpression, destination);
                case IInvalidOperation:
                    SawInvalidCode = true;
                    return Invalid;
                case IThrowOperation:
                    Report(DiagnosticDescriptors.UnsupportedStatement, operation.Syntax, "throw expression", ThrowFix);
                    return Invalid;
                case IAnonymousFunctionOperation:
                case IDelegateCreationOperation:
                    Report(DiagnosticDescriptors.UnsupportedStatement, operation.Syntax, "lambda expression", LambdaFix);
                    return Invalid;
                default:
                    if (operation.Type?.TypeKind == TypeKind.Error) { SawInvalidCode = true; return Invalid; }
                    return Unsupported(operation, DescribeExpression(operation));
            }
        }

        /// <summary>C# reads an operand when it is evaluated; the IR reads a variable when the instruction runs.
        /// When code evaluated in between assigns that variable (y * (y = 2x), i + i++), take a copy now.</summary>
        private Operand ReadNow(Operand value, params IOperation?[] later)
        {
            if (!value.IsVariable || !later.Any(operation => Assigns(operation, value.Variable))) return value;
            return Produce(OpCode.Copy, value.Kind, null, null, value);
        }

        private bool Assigns(IOperation? operation, int variable)
        {
            if (operation is null) return false;
            foreach (var o in operation.DescendantsAndSelf())
            {
                var target = o switch
                {
                    ISimpleAssignmentOperation a => a.Target,
                    ICompoundAssignmentOperation c => c.Target,
                    IIncrementOrDecrementOperation i => i.Target,
                    _ => null,
                };
                var symbol = target switch
                {
                    ILocalReferenceOperation l => (ISymbol)l.Local,
                    IParameterReferenceOperation p => p.Parameter,
                    _ => null,
                };
                if (symbol is not null && _symbols.TryGetValue(symbol, out var id) && id == variable) return true;
            }
            return false;
        }

        private Operand Deliver(Operand value, int? destination)
        {
            if (destination is null) return value;
            Emit(OpCode.Copy, destination.Value, value);
            return Operand.Of(_variables[destination.Value]);
        }

        /// <summary>Whether an expression reads a local whose declaration was already reported: its errors
        /// would only repeat that one.</summary>
        private bool UsesRejectedLocal(IOperation operation)
            => operation.DescendantsAndSelf().Any(o => o switch
            {
                ILocalReferenceOperation l => _rejectedSymbols.Contains(l.Local) || (_symbols.TryGetValue(l.Local, out var id) && _rejected.Contains(id)),
                IParameterReferenceOperation p => _rejectedSymbols.Contains(p.Parameter),
                _ => false,
            });

        private ValueKind? KindOrReport(IOperation operation)
        {
            var kind = Kinds.Of(operation.Type);
            if (kind is null)
            {
                if (UsesRejectedLocal(operation)) return null;
                if (operation.Type is null || operation.Type.TypeKind == TypeKind.Error) SawInvalidCode = true;
                else Report(DiagnosticDescriptors.UnsupportedExpression, operation.Syntax, operation.Syntax.ToString(),
                    "values of type '" + operation.Type.ToDisplayString() + "' are not supported; differentiable code computes with double, float, int, bool, "
                    + "double[] and Tensor");
            }
            return kind;
        }

        private Operand Produce(OpCode op, ValueKind kind, int? destination, string? name, params Operand[] args)
        {
            var target = destination ?? NewTemp(kind);
            _current.Add(new Instruction(op, target, new EquatableArray<Operand>(args), name));
            return Operand.Of(_variables[target]);
        }

        private Operand LowerBinary(IBinaryOperation binary, int? destination)
        {
            var kind = KindOrReport(binary);
            if (kind is null) return Invalid;
            if (binary.OperatorMethod is not null)
            {
                if (PrimitiveRules.Attribute(binary.OperatorMethod) is null || OperatorToken(binary.OperatorMethod) is null)
                {
                    return Unsupported(binary, "the operator '" + binary.OperatorMethod.ToDisplayString() + "' is not a [Primitive]");
                }
                var leftValue = ReadNow(Lower(binary.LeftOperand), binary.RightOperand);
                var rightValue = Lower(binary.RightOperand);
                return LowerPrimitive(binary.OperatorMethod, binary, OperatorToken(binary.OperatorMethod), new[] { leftValue, rightValue }, destination);
            }
            var operandKind = Kinds.Of(binary.LeftOperand.Type);
            if (binary.OperatorKind == BinaryOperatorKind.ConditionalAnd || binary.OperatorKind == BinaryOperatorKind.ConditionalOr)
            {
                // Short-circuit into a fresh temporary: the right side may read the destination.
                var value = NewTemp(ValueKind.Bool);
                Lower(binary.LeftOperand, value);
                var right = Capture(() => Lower(binary.RightOperand, value));
                var condition = Operand.Of(_variables[value]);
                Emit(binary.OperatorKind == BinaryOperatorKind.ConditionalAnd
                    ? new IfStatement(condition, right, EquatableArray<Statement>.Empty)
                    : new IfStatement(condition, EquatableArray<Statement>.Empty, right));
                return Deliver(condition, destination);
            }
            OpCode op;
            switch (binary.OperatorKind)
            {
                case BinaryOperatorKind.Add: op = OpCode.Add; break;
                case BinaryOperatorKind.Subtract: op = OpCode.Subtract; break;
                case BinaryOperatorKind.Multiply: op = OpCode.Multiply; break;
                case BinaryOperatorKind.Divide: op = OpCode.Divide; break;
                case BinaryOperatorKind.Remainder: op = OpCode.Remainder; break;
                case BinaryOperatorKind.Equals: op = OpCode.Equal; break;
                case BinaryOperatorKind.NotEquals: op = OpCode.NotEqual; break;
                case BinaryOperatorKind.LessThan: op = OpCode.Less; break;
                case BinaryOperatorKind.LessThanOrEqual: op = OpCode.LessOrEqual; break;
                case BinaryOperatorKind.GreaterThan: op = OpCode.Greater; break;
                case BinaryOperatorKind.GreaterThanOrEqual: op = OpCode.GreaterOrEqual; break;
                case BinaryOperatorKind.And when kind == ValueKind.Bool: op = OpCode.And; break;
                case BinaryOperatorKind.Or when kind == ValueKind.Bool: op = OpCode.Or; break;
                case BinaryOperatorKind.ExclusiveOr when kind == ValueKind.Bool: op = OpCode.NotEqual; break;
                default: return Unsupported(binary, "the operator " + binary.OperatorKind + " is not supported");
            }
            if (operandKind is null || operandKind == ValueKind.DoubleArray || operandKind == ValueKind.Opaque || operandKind == ValueKind.Tensor)
            {
                return Unsupported(binary, "operands of this type are not supported");
            }
            var left = ReadNow(Lower(binary.LeftOperand), binary.RightOperand);
            var rightOperand = Lower(binary.RightOperand);
            return Produce(op, kind.Value, destination, null, left, rightOperand);
        }

        private Operand LowerUnary(IUnaryOperation unary, int? destination)
        {
            var kind = KindOrReport(unary);
            if (kind is null) return Invalid;
            if (unary.OperatorMethod is not null)
            {
                if (PrimitiveRules.Attribute(unary.OperatorMethod) is null || OperatorToken(unary.OperatorMethod) is null)
                {
                    return Unsupported(unary, "the operator '" + unary.OperatorMethod.ToDisplayString() + "' is not a [Primitive]");
                }
                return LowerPrimitive(unary.OperatorMethod, unary, OperatorToken(unary.OperatorMethod), new[] { Lower(unary.Operand) }, destination);
            }
            switch (unary.OperatorKind)
            {
                case UnaryOperatorKind.Plus:
                    return Lower(unary.Operand, destination);
                case UnaryOperatorKind.Minus:
                    return Produce(OpCode.Negate, kind.Value, destination, null, Lower(unary.Operand));
                case UnaryOperatorKind.Not:
                    return Produce(OpCode.Not, kind.Value, destination, null, Lower(unary.Operand));
                default:
                    return Unsupported(unary, "the operator " + unary.OperatorKind + " is not supported");
            }
        }

        private Operand LowerConversion(IConversionOperation conversion, int? destination)
        {
            var to = KindOrReport(conversion);
            var from = Kinds.Of(conversion.Operand.Type);
            if (to is null) return Invalid;
            if (conversion.Operand is IThrowOperation) return Lower(conversion.Operand);
            if (conversion.OperatorMethod is not null) return Unsupported(conversion, "user-defined conversions are not supported");
            if (from == to) return Lower(conversion.Operand, destination);
            if (from is ValueKind source && IsNumeric(source) && IsNumeric(to.Value))
            {
                return Produce(OpCode.Convert, to.Value, destination, to.Value.CSharpName(), Lower(conversion.Operand));
            }
            if (from is null && conversion.Operand.Type?.TypeKind != TypeKind.Error)
            {
                return Unsupported(conversion, "conversions from '" + conversion.Operand.Type?.ToDisplayString() + "' are not supported");
            }
            if (from is null) { SawInvalidCode = true; return Invalid; }
            return Unsupported(conversion, "this conversion is not supported");
        }

        private static bool IsNumeric(ValueKind kind) => kind == ValueKind.Double || kind == ValueKind.Float || kind == ValueKind.Int;

        private Operand LowerConditional(IConditionalOperation conditional, int? destination)
        {
            var kind = KindOrReport(conditional);
            if (kind is null) return Invalid;
            var condition = Lower(conditional.Condition);
            var target = destination ?? NewTemp(kind.Value);
            var then = Capture(() => Lower(conditional.WhenTrue, target));
            var otherwise = Capture(() => Lower(conditional.WhenFalse!, target));
            Emit(new IfStatement(condition, then, otherwise));
            return Operand.Of(_variables[target]);
        }

        private Operand LowerArrayLoad(IArrayElementReferenceOperation element, int? destination)
        {
            if (element.Indices.Length != 1 || Kinds.Of(element.ArrayReference.Type) != ValueKind.DoubleArray)
            {
                return Unsupported(element, "only one-dimensional double[] arrays are supported");
            }
            var array = ReadNow(Lower(element.ArrayReference), element.Indices[0]);
            var index = Lower(element.Indices[0]);
            return Produce(OpCode.ArrayLoad, ValueKind.Double, destination, null, array, index);
        }

        private Operand LowerArrayCreation(IArrayCreationOperation creation, int? destination)
        {
            if (Kinds.Of(creation.Type) != ValueKind.DoubleArray || creation.DimensionSizes.Length != 1)
            {
                return Unsupported(creation, "only one-dimensional double[] arrays can be created");
            }
            var length = Lower(creation.DimensionSizes[0]);
            var target = destination ?? NewTemp(ValueKind.DoubleArray);
            if (creation.Initializer is null)
            {
                Emit(OpCode.ArrayNew, target, length);
                return Operand.Of(_variables[target]);
            }
            // Elements are evaluated before the array exists, so an initializer may read the destination.
            var values = creation.Initializer.ElementValues.Select(v => Lower(v)).ToList();
            Emit(OpCode.ArrayNew, target, length);
            for (var i = 0; i < values.Count; i++)
            {
                Emit(OpCode.ArrayStore, -1, Operand.Of(_variables[target]), Operand.Constant(i.ToString(CultureInfo.InvariantCulture), ValueKind.Int), values[i]);
            }
            return Operand.Of(_variables[target]);
        }

        private Operand Unsupported(IOperation operation, string reason)
        {
            if (UsesRejectedLocal(operation)) return Invalid;
            Report(DiagnosticDescriptors.UnsupportedExpression, operation.Syntax, operation.Syntax.ToString(), reason);
            return Invalid;
        }

        /// <summary>Literal C# text for a constant, round-trippable and culture-independent.</summary>
        internal static string FormatConstant(object? value, ValueKind kind)
        {
            switch (kind)
            {
                case ValueKind.Bool:
                    return value is true ? "true" : "false";
                case ValueKind.Int:
                    return System.Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                case ValueKind.Float:
                    return FormatFloating(System.Convert.ToSingle(value, CultureInfo.InvariantCulture), "float", "f");
                case ValueKind.DoubleArray:
                case ValueKind.Tensor:
                case ValueKind.Opaque:
                    // The only constant of a reference type is null.
                    return "null";
                default:
                    return FormatFloating(System.Convert.ToDouble(value, CultureInfo.InvariantCulture), "double", "d");
            }
        }

        private static string FormatFloating(double value, string type, string suffix)
        {
            if (double.IsNaN(value)) return type + ".NaN";
            if (double.IsPositiveInfinity(value)) return type + ".PositiveInfinity";
            if (double.IsNegativeInfinity(value)) return type + ".NegativeInfinity";
            var text = suffix == "f"
                ? ((float)value).ToString("R", CultureInfo.InvariantCulture)
                : value.ToString("R", CultureInfo.InvariantCulture);
            if (suffix == "f") return text + "f";
            return text.IndexOfAny(new[] { '.', 'E', 'e' }) >= 0 ? text : text + ".0";
        }
    }
}
