using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Adcme.Generators.Diagnostics;
using Adcme.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Adcme.Generators.Parsing
{
    internal sealed partial class BodyLowering
    {
        private void LowerLoop(ILoopOperation loop, ImmutableArray<IOperation> before, IOperation? condition,
            ImmutableArray<IOperation> atBottom, bool conditionFirst)
            => LowerLoop(loop,
                () => { foreach (var statement in before) LowerStatement(statement, isTail: false); },
                condition is null ? null : target => Lower(condition, target),
                bodyStart: null,
                atBottom.IsEmpty ? null : () => { foreach (var statement in atBottom) LowerStatement(statement, isTail: false); },
                conditionFirst);

        /// <summary>A loop from its parts: <paramref name="before"/> runs once, <paramref name="condition"/> writes the
        /// loop's condition into its target, <paramref name="bodyStart"/> runs at the start of each iteration (a
        /// foreach's element read) and <paramref name="atBottom"/> at its end unless the loop returned or broke.</summary>
        private void LowerLoop(ILoopOperation loop, System.Action before, System.Func<int, Operand>? condition,
            System.Action? bodyStart, System.Action? atBottom, bool conditionFirst)
        {
            LoopLocations.Add(LocationInfo.From(loop.Syntax));
            before();
            // (Before the loop's own variables exist: the index was declared by `before`.)
            var checkpoint = loop is IForLoopOperation forLoop && CountedIndex(forLoop) is { } indexSymbol && _symbols.TryGetValue(indexSymbol, out var indexVariable)
                ? CheckpointOf(loop, indexVariable) : CheckpointOf(loop, -1);

            var context = new LoopContext { ContinueLabel = loop.ContinueLabel, ExitLabel = loop.ExitLabel };
            var descendants = loop.Body.DescendantsAndSelf().ToList();
            var hasReturn = descendants.Any(o => o is IReturnOperation { Kind: OperationKind.Return });
            if (descendants.Any(o => o is IBranchOperation b && SymbolEqualityComparer.Default.Equals(b.Target, loop.ExitLabel)))
            {
                context.BreakFlag = NewVariable("broke", ValueKind.Bool, VariableRole.Flag, "bool");
                Emit(OpCode.Copy, context.BreakFlag, BoolLiteral(false));
            }
            if (descendants.Any(o => o is IBranchOperation b && SymbolEqualityComparer.Default.Equals(b.Target, loop.ContinueLabel)))
            {
                context.ContinueFlag = NewVariable("continued", ValueKind.Bool, VariableRole.Flag, "bool");
            }
            var first = -1;
            if (!conditionFirst)
            {
                first = NewVariable("first", ValueKind.Bool, VariableRole.Flag, "bool");
                Emit(OpCode.Copy, first, BoolLiteral(true));
            }

            // The loop runs while: (first iteration of a do-while) || (!returned && !broke && condition).
            var go = NewTemp(ValueKind.Bool);
            var conditionBlock = Capture(() =>
            {
                var guards = new List<System.Func<int, Operand>>();
                if (hasReturn) guards.Add(target => Produce(OpCode.Not, ValueKind.Bool, target, null, Operand.Of(_variables[ReturnedFlag])));
                if (context.BreakFlag >= 0) guards.Add(target => Produce(OpCode.Not, ValueKind.Bool, target, null, Operand.Of(_variables[context.BreakFlag])));
                if (condition is not null) guards.Add(condition);
                if (first < 0)
                {
                    LowerConjunction(guards, go);
                }
                else
                {
                    Emit(OpCode.Copy, go, Operand.Of(_variables[first]));
                    var rest = Capture(() => LowerConjunction(guards, go));
                    Emit(new IfStatement(Negated(go), rest, EquatableArray<Statement>.Empty));
                }
            });

            _loops.Push(context);
            var body = Capture(() =>
            {
                if (first >= 0) Emit(OpCode.Copy, first, BoolLiteral(false));
                if (context.ContinueFlag >= 0) Emit(OpCode.Copy, context.ContinueFlag, BoolLiteral(false));
                bodyStart?.Invoke();
                LowerStatement(loop.Body, isTail: false);
                if (atBottom is null) return;
                var stops = new List<int>();
                if (hasReturn) stops.Add(ReturnedFlag);
                if (context.BreakFlag >= 0) stops.Add(context.BreakFlag);
                if (stops.Count == 0)
                {
                    atBottom();
                    return;
                }
                var stop = Operand.Of(_variables[stops[0]]);
                if (stops.Count == 2)
                {
                    var either = NewTemp(ValueKind.Bool);
                    Emit(OpCode.Or, either, stop, Operand.Of(_variables[stops[1]]));
                    stop = Operand.Of(_variables[either]);
                }
                var proceed = NewTemp(ValueKind.Bool);
                Emit(OpCode.Not, proceed, stop);
                var increments = Capture(atBottom);
                Emit(new IfStatement(Operand.Of(_variables[proceed]), increments, EquatableArray<Statement>.Empty));
            });
            _loops.Pop();
            Emit(new LoopStatement(conditionBlock, Operand.Of(_variables[go]), body, checkpoint));
        }

        private Operand Negated(int flag)
        {
            var negated = NewTemp(ValueKind.Bool);
            Emit(OpCode.Not, negated, Operand.Of(_variables[flag]));
            return Operand.Of(_variables[negated]);
        }

        /// <summary>target = g₀ &amp;&amp; g₁ &amp;&amp; …, evaluating each guard (into the target) only when the previous ones hold.</summary>
        private void LowerConjunction(List<System.Func<int, Operand>> guards, int target)
        {
            if (guards.Count == 0)
            {
                Emit(OpCode.Copy, target, BoolLiteral(true));
                return;
            }
            guards[0](target);
            if (guards.Count == 1) return;
            var rest = Capture(() => LowerConjunction(guards.GetRange(1, guards.Count - 1), target));
            Emit(new IfStatement(Operand.Of(_variables[target]), rest, EquatableArray<Statement>.Empty));
        }

        /// <summary>foreach over a double[]: the array is read once into a variable of its own (as C# does), then
        /// an index loop reads one element per iteration into the iteration variable.</summary>
        private void LowerForEach(IForEachLoopOperation forEach)
        {
            var collection = forEach.Collection;
            while (collection is IConversionOperation { IsImplicit: true } conversion) collection = conversion.Operand;
            var local = (forEach.LoopControlVariable as IVariableDeclaratorOperation)?.Symbol;
            if (collection.Type is null || collection.Type.TypeKind == TypeKind.Error || local?.Type.TypeKind == TypeKind.Error)
            {
                SawInvalidCode = true;
                return;
            }
            var localKind = local is null ? null : Kinds.Of(local.Type);
            if (Kinds.Of(collection.Type) != ValueKind.DoubleArray || forEach.IsAsynchronous)
            {
                Report(DiagnosticDescriptors.UnsupportedStatement, forEach.Syntax, "foreach loop over '" + collection.Type.ToDisplayString() + "'",
                    "differentiable code can iterate a double[] with foreach, nothing else; use a for loop with an index");
                return;
            }
            if (local is null || localKind is null || !IsNumeric(localKind.Value))
            {
                Report(DiagnosticDescriptors.UnsupportedStatement, forEach.LoopControlVariable.Syntax, "foreach loop variable of this form",
                    "declare one variable, 'foreach (var v in array)'");
                return;
            }
            var element = NewVariable(local.Name, localKind.Value, VariableRole.Local, Kinds.FullyQualified(local.Type));
            _symbols[local] = element;
            var items = NewVariable("items", ValueKind.DoubleArray, VariableRole.Local, "double[]");
            var index = NewVariable("index", ValueKind.Int, VariableRole.Local, "int");
            var zero = Operand.Constant("0", ValueKind.Int);
            LowerLoop(forEach,
                before: () =>
                {
                    Lower(collection, items);
                    Emit(OpCode.Copy, index, zero);
                },
                condition: target =>
                {
                    var length = Produce(OpCode.ArrayLength, ValueKind.Int, null, null, Operand.Of(_variables[items]));
                    return Produce(OpCode.Less, ValueKind.Bool, target, null, Operand.Of(_variables[index]), length);
                },
                bodyStart: () =>
                {
                    if (localKind == ValueKind.Double)
                    {
                        Produce(OpCode.ArrayLoad, ValueKind.Double, element, null, Operand.Of(_variables[items]), Operand.Of(_variables[index]));
                        return;
                    }
                    // foreach (float v in values): C#'s explicit conversion of each element.
                    var value = Produce(OpCode.ArrayLoad, ValueKind.Double, null, null, Operand.Of(_variables[items]), Operand.Of(_variables[index]));
                    Produce(OpCode.Convert, localKind.Value, element, localKind.Value.CSharpName(), value);
                },
                atBottom: () => Produce(OpCode.Add, ValueKind.Int, index, null, Operand.Of(_variables[index]), Operand.Constant("1", ValueKind.Int)),
                conditionFirst: true);
        }
    }
}
