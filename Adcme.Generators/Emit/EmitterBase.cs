using System.Linq;
using Adcme.Generators.Analysis;
using Adcme.Generators.Model;

namespace Adcme.Generators.Emit
{
    /// <summary>What the tangent and adjoint emitters share: names, activity, and the primal text of
    /// instructions and control flow.</summary>
    internal abstract class EmitterBase
    {
        protected EmitterBase(MethodModel model, SourceWriter writer)
        {
            Model = model;
            Writer = writer;
            Names = new Namer(model);
            Activity = new ActivityAnalysis(model.Variables, model.Parameters, model.Body, model.ResultVariable);
        }

        protected MethodModel Model { get; }

        protected SourceWriter Writer { get; set; }

        protected Namer Names { get; }

        protected ActivityAnalysis Activity { get; }

        protected ValueKind KindOf(int variable) => Model.Variables[variable].Kind;

        private SourceLine? _lastSource;

        /// <summary>Writes <c>// line N: statement</c> before the first instruction of each user statement (in the order
        /// the sweep visits them), so that generated code can be read and stepped through against the source.</summary>
        protected void SourceComment(Instruction instruction)
        {
            if (instruction.Source is null || Equals(instruction.Source, _lastSource)) return;
            _lastSource = instruction.Source;
            Writer.Line("// line " + instruction.Source.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + instruction.Source.Text);
        }

        /// <summary>Starts a new method body: its first statement gets its comment again.</summary>
        protected void ResetSourceComments() => _lastSource = null;

        protected string Text(Operand operand)
        {
            if (operand.IsVariable) return Names[operand.Variable];
            return operand.Literal!.StartsWith("-", System.StringComparison.Ordinal) ? "(" + operand.Literal + ")" : operand.Literal!;
        }

        /// <summary>A new adjoint (or tangent) array for an array that may be null (a [NoDerivative] or nullable
        /// parameter given null): empty then, as nothing can flow into a null array.</summary>
        internal static string NewArrayLike(string array) => "new double[" + array + "?.Length ?? 0]";

        protected static string Zero(ValueKind kind) => kind switch
        {
            ValueKind.Float => "0f",
            ValueKind.Int => "0",
            ValueKind.Bool => "false",
            ValueKind.Token => "default",
            ValueKind.Request => "null!",
            ValueKind.Tensor => "null",
            ValueKind.DoubleArray => "null",
            _ => "0.0",
        };

        /// <summary>The type of a tangent or adjoint: tensors' may be null (zero).</summary>
        protected static string DerivativeType(string typeName, ValueKind kind)
            => kind == ValueKind.Tensor && !typeName.EndsWith("?", System.StringComparison.Ordinal) ? typeName + "?" : typeName;

        protected static string DefaultValue(VariableModel variable) => variable.Kind switch
        {
            ValueKind.Double => "0.0",
            ValueKind.Float => "0f",
            ValueKind.Int => "0",
            ValueKind.Bool => "false",
            ValueKind.Token => "default",
            _ => "null!",
        };

        /// <summary>Declares every variable that is not a parameter, with a default value, at the top of the
        /// method: lowering flattens C# scopes, and the reverse sweep reads variables outside their scopes.</summary>
        protected void DeclarePrimalVariables(System.Func<int, bool>? used = null)
        {
            // Temporaries that fusion folded into a kernel appear nowhere any more.
            // The target of a primitive that returns nothing is never written either.
            var assigned = new System.Collections.Generic.HashSet<int>(Analysis.IrWalker.Instructions(Model.Body)
                .Where(i => !(i.Instruction.Op == OpCode.Primitive && i.Instruction.Call!.Void)).Select(i => i.Instruction.Target));
            // A loop condition written inline (`while (k < steps)`) leaves its temporary unassigned.
            foreach (var loop in Analysis.IrWalker.Loops(Model.Body))
            {
                if (WritesConditionInline(loop) && loop.Condition.Count == 1 && loop.Condition[0] is Instruction only) assigned.Remove(only.Target);
            }
            foreach (var variable in Model.Variables)
            {
                if (variable.Role == VariableRole.Parameter) continue;
                if ((variable.Role == VariableRole.Temporary || variable.Role == VariableRole.Flag) && !assigned.Contains(variable.Id)) continue;
                if (used is not null && !used(variable.Id)) continue;
                Writer.Line(variable.TypeName + " " + Names[variable.Id] + " = " + DefaultValue(variable) + ";");
            }
        }

        /// <summary>The C# expression computing an instruction's value from its operands.</summary>
        protected string PrimalExpression(Instruction instruction)
        {
            var args = instruction.Args.Select(Text).ToArray();
            switch (instruction.Op)
            {
                case OpCode.Copy: return args[0];
                case OpCode.Negate: return "-" + args[0];
                case OpCode.Not: return "!" + args[0];
                case OpCode.Add: return args[0] + " + " + args[1];
                case OpCode.Subtract: return args[0] + " - " + args[1];
                case OpCode.Multiply: return args[0] + " * " + args[1];
                case OpCode.Divide: return args[0] + " / " + args[1];
                case OpCode.Remainder: return args[0] + " % " + args[1];
                case OpCode.Equal: return args[0] + " == " + args[1];
                case OpCode.NotEqual: return args[0] + " != " + args[1];
                case OpCode.Less: return args[0] + " < " + args[1];
                case OpCode.LessOrEqual: return args[0] + " <= " + args[1];
                case OpCode.Greater: return args[0] + " > " + args[1];
                case OpCode.GreaterOrEqual: return args[0] + " >= " + args[1];
                case OpCode.And: return args[0] + " & " + args[1];
                case OpCode.Or: return args[0] + " | " + args[1];
                case OpCode.Convert: return "(" + instruction.Name + ")" + args[0];
                case OpCode.Intrinsic: return MathClass(instruction) + "." + instruction.Name + "(" + string.Join(", ", args) + ")";
                case OpCode.ArrayNew: return "new double[" + args[0] + "]";
                case OpCode.ArrayLoad: return args[0] + "[" + args[1] + "]";
                case OpCode.ArrayLength: return args[0] + ".Length";
                case OpCode.Call: return instruction.Call!.ContainingType + "." + instruction.Call.Name + "(" + string.Join(", ", args) + ")";
                case OpCode.Fused: return instruction.Name + "(" + string.Join(", ", args) + ")";
                case OpCode.Primitive:
                    var call = instruction.Call!;
                    if (call.Operator is not null) return args.Length == 1 ? call.Operator + args[0] : args[0] + " " + call.Operator + " " + args[1];
                    if (call.Instance) return args[0] + "." + call.Name + "(" + string.Join(", ", args.Skip(1)) + ")";
                    return call.ContainingType + "." + call.Name + "(" + string.Join(", ", args) + ")";
                // t.Shape[d] has the dimension as a second operand.
                case OpCode.Member: return args[0] + "." + instruction.Name + (args.Length == 2 ? "[" + args[1] + "]" : "");
                default: throw new System.InvalidOperationException("no primal form for " + instruction.Op);
            }
        }

        /// <summary>MathF for float arguments (it has every function but Clamp), Math otherwise.</summary>
        protected static string MathClass(Instruction instruction)
            => instruction.Args[0].Kind == ValueKind.Float && instruction.Name != "Clamp" ? "global::System.MathF" : "global::System.Math";

        protected RuleContext Rules(Instruction instruction, string result)
            => new RuleContext(instruction, Text, result, KindOf(instruction.Target) == ValueKind.Float);

        /// <summary>Casts a contribution computed in <paramref name="from"/> when it accumulates into a float.</summary>
        protected static string Cast(string expression, ValueKind from, ValueKind to)
            => to == ValueKind.Float && from == ValueKind.Double ? "(float)(" + expression + ")" : expression;

        /// <summary>A communicator's token check (<c>comm.CheckToken(token)</c>, before each operation): the forward
        /// sweep runs it; nothing flows through it, so it has no tangent and no reverse of its own (the reverse sweep
        /// threads tokens of its own, <see cref="AdjointEmitter"/>).</summary>
        protected static bool IsTokenCheck(Instruction instruction)
            => instruction.Op == OpCode.Primitive && instruction.Name == "CheckToken" && instruction.Call!.Instance
                && instruction.Call.ContainingType == "global::Adcme.Communicator";

        /// <summary>Writes the primal instruction, or the store for <see cref="OpCode.ArrayStore"/>.</summary>
        protected void EmitPrimal(Instruction instruction)
        {
            if (instruction.Op == OpCode.ArrayStore)
            {
                Writer.Line(Text(instruction.Args[0]) + "[" + Text(instruction.Args[1]) + "] = " + Text(instruction.Args[2]) + ";");
                return;
            }
            if (instruction.Op == OpCode.Primitive && instruction.Call!.Void)
            {
                Writer.Line(PrimalExpression(instruction) + ";");
                return;
            }
            Writer.Line(Names[instruction.Target] + " = " + PrimalExpression(instruction) + ";");
        }

        /// <summary>A loop whose condition block is a single assignment of its condition value is written as
        /// `while (expression)`; otherwise as `while (true)` with the condition block and a break.</summary>
        /// <summary>Whether this emitter writes the loop's condition as one expression (see <see cref="SimpleLoopCondition"/>).</summary>
        protected virtual bool WritesConditionInline(LoopStatement loop) => SimpleLoopCondition(loop) is not null;

        protected string? SimpleLoopCondition(LoopStatement loop)
        {
            if (loop.Condition.Count == 1 && loop.Condition[0] is Instruction only && loop.ConditionValue.IsVariable
                && only.Target == loop.ConditionValue.Variable && only.Op != OpCode.ArrayStore)
            {
                return PrimalExpression(only);
            }
            if (loop.Condition.Count == 0) return Text(loop.ConditionValue);
            return null;
        }
    }
}
