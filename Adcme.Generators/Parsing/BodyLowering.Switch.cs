using System.Linq;
using Adcme.Generators.Diagnostics;
using Adcme.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Adcme.Generators.Parsing
{
    internal sealed partial class BodyLowering
    {
        /// <summary>A switch expression, lowered like nested <c>?:</c>: the governing value is read once, then each arm's
        /// pattern (and its <c>when</c> guard) is tested only when the arms before it did not match, and the first arm
        /// that matches writes the result. Patterns: constants, relational (<c>&lt; 0.5</c>), <c>and</c>/<c>or</c>/<c>not</c>,
        /// parentheses and the discard <c>_</c>.</summary>
        private Operand LowerSwitchExpression(ISwitchExpressionOperation switchExpression, int? destination)
        {
            var kind = KindOrReport(switchExpression);
            if (kind is null) return Invalid;
            var inputKind = KindOrReport(switchExpression.Value);
            if (inputKind is null) return Invalid;
            if (!IsNumeric(inputKind.Value) && inputKind != ValueKind.Bool)
            {
                return Unsupported(switchExpression.Value, "a switch expression can test a number or a bool, not a value of type '"
                    + switchExpression.Value.Type?.ToDisplayString() + "'; test it with if/else");
            }
            foreach (var arm in switchExpression.Arms)
            {
                var problem = PatternProblem(arm.Pattern);
                if (problem is not null) return Unsupported(arm.Pattern, problem);
            }
            var arms = switchExpression.Arms;
            var last = arms[arms.Length - 1];
            // C# throws when no arm matches; generated code cannot, so the last arm must be the one left when the others
            // did not match: a discard, or an arm the compiler proves the switch exhaustive with.
            var lastIsFallback = last.Guard is null && (IsDiscard(last.Pattern) || switchExpression.IsExhaustive);
            if (!lastIsFallback)
            {
                return Unsupported(switchExpression, "no arm may match (C# would throw); end it with a discard arm '_ => …'");
            }
            // The governing value, read once before any guard could assign it.
            var input = Lower(switchExpression.Value);
            if (input.IsVariable && arms.Any(a => a.Guard is not null && Assigns(a.Guard, input.Variable)))
            {
                input = Produce(OpCode.Copy, input.Kind, null, null, input);
            }
            var target = destination ?? NewTemp(kind.Value);
            LowerArms(switchExpression, input, 0, target);
            return Operand.Of(_variables[target]);
        }

        private void LowerArms(ISwitchExpressionOperation switchExpression, Operand input, int index, int target)
        {
            var arm = switchExpression.Arms[index];
            if (index == switchExpression.Arms.Length - 1)
            {
                Lower(arm.Value, target);
                return;
            }
            var matched = NewTemp(ValueKind.Bool);
            if (IsDiscard(arm.Pattern) && arm.Guard is not null)
            {
                // _ when guard: the guard alone decides.
                Lower(arm.Guard, matched);
            }
            else
            {
                LowerPattern(arm.Pattern, input, matched);
            }
            if (arm.Guard is not null && !IsDiscard(arm.Pattern))
            {
                var guard = Capture(() => Lower(arm.Guard, matched));
                Emit(new IfStatement(Operand.Of(_variables[matched]), guard, EquatableArray<Statement>.Empty));
            }
            var then = Capture(() => Lower(arm.Value, target));
            var otherwise = Capture(() => LowerArms(switchExpression, input, index + 1, target));
            Emit(new IfStatement(Operand.Of(_variables[matched]), then, otherwise));
        }

        private static bool IsDiscard(IPatternOperation pattern) => pattern is IDiscardPatternOperation;

        /// <summary>Why a pattern cannot be lowered, or null when it can.</summary>
        private static string? PatternProblem(IPatternOperation pattern)
        {
            switch (pattern)
            {
                case IDiscardPatternOperation:
                    return null;
                case IConstantPatternOperation constant when constant.Value.ConstantValue.HasValue && Kinds.Of(constant.Value.Type) is ValueKind k && k != ValueKind.Opaque:
                    return null;
                case IRelationalPatternOperation relational when relational.Value.ConstantValue.HasValue && Kinds.Of(relational.Value.Type) is ValueKind r && IsNumeric(r):
                    return null;
                case IBinaryPatternOperation binary:
                    return PatternProblem(binary.LeftPattern) ?? PatternProblem(binary.RightPattern);
                case INegatedPatternOperation negated:
                    return PatternProblem(negated.Pattern);
                case IDeclarationPatternOperation:
                    return "a pattern that declares a variable is not supported; test the value with constants or comparisons ('< 0.5', '0 or 1')";
                default:
                    return "only constant patterns, comparisons ('< 0.5'), 'and', 'or', 'not' and the discard '_' are supported";
            }
        }

        /// <summary>Writes whether <paramref name="input"/> matches <paramref name="pattern"/> into <paramref name="target"/>,
        /// testing the right side of and/or only when it decides the outcome.</summary>
        private void LowerPattern(IPatternOperation pattern, Operand input, int target)
        {
            switch (pattern)
            {
                case IDiscardPatternOperation:
                    Emit(OpCode.Copy, target, BoolLiteral(true));
                    return;
                case IConstantPatternOperation constant:
                    {
                        var value = Lower(constant.Value);
                        // A constant pattern matches NaN when the constant is NaN (double.IsNaN), unlike ==.
                        if (value.Literal is "double.NaN" or "float.NaN") Produce(OpCode.NotEqual, ValueKind.Bool, target, null, input, input);
                        else Produce(OpCode.Equal, ValueKind.Bool, target, null, input, value);
                        return;
                    }
                case IRelationalPatternOperation relational:
                    {
                        var op = relational.OperatorKind switch
                        {
                            BinaryOperatorKind.LessThan => OpCode.Less,
                            BinaryOperatorKind.LessThanOrEqual => OpCode.LessOrEqual,
                            BinaryOperatorKind.GreaterThan => OpCode.Greater,
                            _ => OpCode.GreaterOrEqual,
                        };
                        Produce(op, ValueKind.Bool, target, null, input, Lower(relational.Value));
                        return;
                    }
                case IBinaryPatternOperation binary:
                    {
                        LowerPattern(binary.LeftPattern, input, target);
                        var right = Capture(() => LowerPattern(binary.RightPattern, input, target));
                        var decided = Operand.Of(_variables[target]);
                        Emit(binary.OperatorKind == BinaryOperatorKind.And
                            ? new IfStatement(decided, right, EquatableArray<Statement>.Empty)
                            : new IfStatement(decided, EquatableArray<Statement>.Empty, right));
                        return;
                    }
                case INegatedPatternOperation negated:
                    {
                        var inner = NewTemp(ValueKind.Bool);
                        LowerPattern(negated.Pattern, input, inner);
                        Produce(OpCode.Not, ValueKind.Bool, target, null, Operand.Of(_variables[inner]));
                        return;
                    }
            }
        }
    }
}
