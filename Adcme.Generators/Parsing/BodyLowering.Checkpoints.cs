using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Diagnostics;
using Adcme.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Adcme.Generators.Parsing
{
    internal sealed partial class BodyLowering
    {
        /// <summary>The [Checkpointed] snapshot budget of the method (−1: from the memory budget), or null when the
        /// method is not [Checkpointed].</summary>
        public int? CheckpointSnapshots { get; set; }

        /// <summary>The name of the method being lowered, for messages.</summary>
        public string MethodName { get; set; } = "";

        /// <summary>The checkpointed loops, with their locations (in the order they were lowered), for the checks that
        /// need the whole IR (<see cref="MethodParser"/>).</summary>
        public List<(CheckpointModel Model, LocationInfo? Location)> CheckpointedLoops { get; } = new List<(CheckpointModel, LocationInfo?)>();

        /// <summary>For an outermost for loop of a [Checkpointed] method: the loop's checkpoint, or null after reporting
        /// why it cannot have one (ADCME026). Null for every other loop.</summary>
        private CheckpointModel? CheckpointOf(ILoopOperation loop, int index)
        {
            if (CheckpointSnapshots is not int snapshots || _loops.Count > 0 || loop is not IForLoopOperation forLoop) return null;
            var location = LocationInfo.From(loop.Syntax is ForStatementSyntax syntax ? syntax.ForKeyword.GetLocation() : loop.Syntax.GetLocation());
            var problem = CountedLoopProblem(forLoop);
            if (problem is not null)
            {
                _diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.LoopNotCheckpointable, location, MethodName, problem));
                return null;
            }
            var model = new CheckpointModel(index, snapshots);
            CheckpointedLoops.Add((model, location));
            return model;
        }

        /// <summary>The loop's index variable when it has the form for (k = a; k &lt; b; k++), else null.</summary>
        private static ILocalSymbol? CountedIndex(IForLoopOperation loop)
        {
            ILocalSymbol? index = null;
            if (loop.Before.Length == 1 && loop.Before[0] is IVariableDeclarationGroupOperation group
                && group.Declarations.Length == 1 && group.Declarations[0].Declarators.Length == 1)
            {
                index = group.Declarations[0].Declarators[0].Symbol;
            }
            else if (loop.Before.Length == 1 && loop.Before[0] is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } })
            {
                index = local.Local;
            }
            return index?.Type.SpecialType == SpecialType.System_Int32 ? index : null;
        }

        private string? CountedLoopProblem(IForLoopOperation loop)
        {
            const string form = "its trip count must be known when it starts: write it 'for (var k = a; k < b; k++)'";
            var index = CountedIndex(loop);
            if (index is null) return form + " (one int index, declared or assigned in the initializer)";
            if (Strip(loop.Condition) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan } comparison
                || Strip(comparison.LeftOperand) is not ILocalReferenceOperation left || !SymbolEqualityComparer.Default.Equals(left.Local, index)
                || comparison.RightOperand.Type?.SpecialType != SpecialType.System_Int32)
            {
                return form + " (the condition 'k < b', b an int)";
            }
            if (loop.AtLoopBottom.Length != 1 || !IsIncrement(loop.AtLoopBottom[0], index)) return form + " (the step 'k++')";
            var assigned = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var operation in loop.Body.DescendantsAndSelf()) AddAssigned(operation, assigned);
            if (assigned.Contains(index)) return "its index '" + index.Name + "' is assigned in the body; the trip count must be known when it starts";
            foreach (var operation in comparison.RightOperand.DescendantsAndSelf())
            {
                if (operation is IInvocationOperation or IObjectCreationOperation) return "its bound '" + comparison.RightOperand.Syntax + "' calls a method; compute it into a variable before the loop";
                var symbol = operation switch
                {
                    ILocalReferenceOperation local => (ISymbol)local.Local,
                    IParameterReferenceOperation parameter => parameter.Parameter,
                    _ => null,
                };
                if (symbol is not null && assigned.Contains(symbol)) return "its bound uses '" + symbol.Name + "', which the body assigns; the trip count must be known when it starts";
            }
            foreach (var operation in loop.Body.DescendantsAndSelf())
            {
                if (operation is IReturnOperation { Kind: OperationKind.Return }) return "it returns from inside; every step must run to its end (set a variable instead)";
                if (operation is IBranchOperation { BranchKind: BranchKind.Break } branch && SymbolEqualityComparer.Default.Equals(branch.Target, loop.ExitLabel))
                {
                    return "it breaks out; the trip count must be known when it starts";
                }
            }
            return null;
        }

        private static IOperation? Strip(IOperation? operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
            return operation;
        }

        private static bool IsIncrement(IOperation operation, ILocalSymbol index)
        {
            if (operation is IExpressionStatementOperation statement) operation = statement.Operation;
            bool IsIndex(IOperation? target) => Strip(target) is ILocalReferenceOperation local && SymbolEqualityComparer.Default.Equals(local.Local, index);
            bool IsOne(IOperation? value) => Strip(value) is { ConstantValue: { HasValue: true, Value: 1 } };
            return operation switch
            {
                IIncrementOrDecrementOperation increment => increment.Kind == OperationKind.Increment && IsIndex(increment.Target),
                ICompoundAssignmentOperation compound => compound.OperatorKind == BinaryOperatorKind.Add && IsIndex(compound.Target) && IsOne(compound.Value),
                ISimpleAssignmentOperation { Value: IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum } simple
                    => IsIndex(simple.Target) && ((IsIndex(sum.LeftOperand) && IsOne(sum.RightOperand)) || (IsOne(sum.LeftOperand) && IsIndex(sum.RightOperand))),
                _ => false,
            };
        }

        /// <summary>Locals and parameters an operation assigns (as a target, through a deconstruction, or by ref/out).</summary>
        private static void AddAssigned(IOperation operation, HashSet<ISymbol> assigned)
        {
            void Target(IOperation? target)
            {
                switch (Strip(target))
                {
                    case ILocalReferenceOperation local:
                        assigned.Add(local.Local);
                        break;
                    case IParameterReferenceOperation parameter:
                        assigned.Add(parameter.Parameter);
                        break;
                    case ITupleOperation tuple:
                        foreach (var element in tuple.Elements) Target(element);
                        break;
                    case IDeclarationExpressionOperation declaration:
                        Target(declaration.Expression);
                        break;
                }
            }
            switch (operation)
            {
                case IAssignmentOperation assignment:
                    Target(assignment.Target);
                    break;
                case IIncrementOrDecrementOperation increment:
                    Target(increment.Target);
                    break;
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument:
                    Target(argument.Value);
                    break;
            }
        }
    }
}
