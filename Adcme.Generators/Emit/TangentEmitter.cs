using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Analysis;
using Adcme.Generators.Model;

namespace Adcme.Generators.Emit
{
    /// <summary>Writes M_Pushforward: the primal computation with the tangent of every active value carried
    /// alongside it (forward mode). Returns (Value, Tangent).</summary>
    internal sealed class TangentEmitter : EmitterBase
    {
        public TangentEmitter(MethodModel model, SourceWriter writer) : base(model, writer)
        {
        }

        public void Emit()
        {
            var type = Model.ResultKind.CSharpName();
            var parameters = new List<string>();
            foreach (var parameter in Model.Parameters)
            {
                parameters.Add(parameter.TypeName + " " + Names[parameter.Variable]);
                // Tangent arrays and tensors may be null (zero).
                if (parameter.Differentiable) parameters.Add((parameter.Kind == ValueKind.DoubleArray ? "double[]?" : DerivativeType(parameter.TypeName, parameter.Kind))
                    + " " + Namer.PublicDerivativeName(parameter.Name));
            }
            Writer.Line("/// <summary>Forward mode: the value of <see cref=\"" + Model.Name + "\"/> and its directional derivative along the");
            Writer.Line("/// tangents given after each differentiable parameter (a null tangent array counts as zeros).</summary>");
            Writer.Line(GeneratedCode.Attribute);
            Writer.Open(Model.Accessibility + " static (" + type + " Value, " + DerivativeType(type, Model.ResultKind) + " Tangent) " + Model.Name + "_Pushforward(" + string.Join(", ", parameters) + ")");
            foreach (var parameter in Model.Parameters)
            {
                if (parameter.Differentiable && parameter.Kind == ValueKind.DoubleArray && Activity.IsActive(parameter.Variable))
                {
                    var tangent = Namer.PublicDerivativeName(parameter.Name);
                    Writer.Line(tangent + " ??= " + NewArrayLike(Names[parameter.Variable]) + ";");
                }
            }
            DeclarePrimalVariables();
            foreach (var variable in Model.Variables)
            {
                if (!Activity.IsActive(variable.Id) || IsDifferentiableParameter(variable.Id)) continue;
                if (variable.Role == VariableRole.Parameter && variable.Kind == ValueKind.DoubleArray)
                {
                    // A [NoDerivative] array that aliases active arrays: its own elements have zero tangent.
                    Writer.Line("double[] " + Tangent(variable.Id) + " = " + NewArrayLike(Names[variable.Id]) + ";");
                    continue;
                }
                Writer.Line(DerivativeType(variable.TypeName, variable.Kind) + " " + Tangent(variable.Id) + " = " + (variable.Kind == ValueKind.Tensor ? "null" : DefaultValue(variable)) + ";");
            }
            Block(Model.Body);
            var resultTangent = Activity.IsActive(Model.ResultVariable) ? Tangent(Model.ResultVariable) : Zero(Model.ResultKind);
            Writer.Line("return (" + Names[Model.ResultVariable] + ", " + resultTangent + ");");
            Writer.Close();
        }

        private bool IsDifferentiableParameter(int variable) => Model.Parameters.Any(p => p.Variable == variable && p.Differentiable);

        private string Tangent(int variable)
        {
            foreach (var parameter in Model.Parameters)
            {
                if (parameter.Variable == variable && parameter.Differentiable) return Namer.PublicDerivativeName(parameter.Name);
            }
            return Names.Tangent(variable);
        }

        private void Block(EquatableArray<Statement> statements)
        {
            foreach (var statement in statements)
            {
                switch (statement)
                {
                    case Instruction instruction:
                        EmitInstruction(instruction);
                        break;
                    case IfStatement branch:
                        Writer.Open("if (" + Text(branch.Condition) + ")");
                        Block(branch.Then);
                        Writer.Close();
                        if (branch.Else.Count > 0)
                        {
                            Writer.Open("else");
                            Block(branch.Else);
                            Writer.Close();
                        }
                        break;
                    case LoopStatement loop:
                        var simple = SimpleLoopCondition(loop);
                        Writer.Open("while (" + (simple ?? "true") + ")");
                        if (simple is null)
                        {
                            Block(loop.Condition);
                            Writer.Line("if (!" + Text(loop.ConditionValue) + ") break;");
                        }
                        Block(loop.Body);
                        Writer.Close();
                        break;
                }
            }
        }

        private void EmitInstruction(Instruction instruction)
        {
            SourceComment(instruction);
            if (IsTokenCheck(instruction))
            {
                EmitPrimal(instruction);
                return;
            }
            if (instruction.Op == OpCode.Primitive && instruction.Effect == Effect.Ordered)
            {
                // An effect's tangent rule runs whatever is active: a communication's tangent communicates, and every
                // rank must issue it (a send's receiver cannot tell whether the sent value was active here).
                EmitPrimitive(instruction);
                return;
            }
            if (!Activity.IsActive(instruction))
            {
                EmitPrimal(instruction);
                return;
            }
            switch (instruction.Op)
            {
                case OpCode.ArrayStore:
                    EmitPrimal(instruction);
                    var value = instruction.Args[2];
                    Writer.Line(Tangent(instruction.Args[0].Variable) + "[" + Text(instruction.Args[1]) + "] = "
                        + (Activity.IsActive(value) ? Tangent(value.Variable) : "0.0") + ";");
                    return;
                case OpCode.ArrayNew:
                    EmitPrimal(instruction);
                    Writer.Line(Tangent(instruction.Target) + " = new double[" + Names[instruction.Target] + ".Length];");
                    return;
                case OpCode.Copy when KindOf(instruction.Target) == ValueKind.DoubleArray:
                    EmitPrimal(instruction);
                    Writer.Line(Tangent(instruction.Target) + " = " + (instruction.Args[0].IsVariable ? Tangent(instruction.Args[0].Variable) : "null!") + ";");
                    return;
                case OpCode.ArrayLoad:
                    var array = instruction.Args[0];
                    var index = Text(instruction.Args[1]);
                    EmitPrimal(instruction);
                    Writer.Line(Tangent(instruction.Target) + " = " + (Activity.IsActive(array) ? Tangent(array.Variable) + "[" + index + "]" : "0.0") + ";");
                    return;
                case OpCode.Call:
                    EmitCall(instruction);
                    return;
                case OpCode.Primitive:
                    EmitPrimitive(instruction);
                    return;
            }

            var target = instruction.Target;
            // The rule declares which values it reads; the result text depends on it.
            var probe = DerivativeRules.Reads(instruction, j => Activity.IsActive(instruction.Args[j]) && ActivityAnalysis.HasPartial(instruction, j));
            var readsOldTarget = probe.UsedArguments.Any(j => instruction.Args[j].IsVariable && instruction.Args[j].Variable == target);
            var keepBoth = readsOldTarget && probe.UsedResult;
            var result = keepBoth ? Names.Fresh("value") : Names[target];
            var terms = TangentTerms(instruction, Rules(instruction, result));
            var tangent = Tangent(target);
            var sum = terms.Count == 0 ? Zero(KindOf(target)) : Sum(terms);
            // y = y + c: the tangent is unchanged (no self-assignment written).
            var assignTangent = sum == tangent ? null
                : sum.StartsWith(tangent + " + ", System.StringComparison.Ordinal)
                ? tangent + " += " + sum.Substring(tangent.Length + 3) + ";"
                : tangent + " = " + sum + ";";
            if (keepBoth)
            {
                // The rule needs the operand before and the result after the assignment: keep both.
                Writer.Open("");
                Writer.Line("var " + result + " = " + PrimalExpression(instruction) + ";");
                if (assignTangent is not null) Writer.Line(assignTangent);
                Writer.Line(Names[target] + " = " + result + ";");
                Writer.Close();
            }
            else if (readsOldTarget)
            {
                if (assignTangent is not null) Writer.Line(assignTangent);
                EmitPrimal(instruction);
            }
            else
            {
                EmitPrimal(instruction);
                if (assignTangent is not null) Writer.Line(assignTangent);
            }
        }

        private List<string> TangentTerms(Instruction instruction, RuleContext rules)
        {
            var target = instruction.Target;
            var terms = new List<string>();
            for (var j = 0; j < instruction.Args.Count; j++)
            {
                var arg = instruction.Args[j];
                if (!Activity.IsActive(arg) || !ActivityAnalysis.HasPartial(instruction, j)) continue;
                var from = instruction.Op == OpCode.Convert ? arg.Kind : KindOf(target);
                terms.Add(Cast(DerivativeRules.Contribution(instruction, j, Tangent(arg.Variable), rules), from, KindOf(target)));
            }
            return terms;
        }

        private static string Sum(List<string> terms)
        {
            var text = terms[0];
            for (var i = 1; i < terms.Count; i++)
            {
                text += terms[i].StartsWith("-", System.StringComparison.Ordinal) ? " - " + terms[i].Substring(1) : " + " + terms[i];
            }
            return text;
        }

        /// <summary>t = F(args); ṫ = F's tangent rule (args with their tangents, t).</summary>
        private void EmitPrimitive(Instruction instruction)
        {
            var call = instruction.Call!;
            var target = instruction.Target;
            var args = new List<string>();
            for (var j = 0; j < call.Parameters.Count; j++)
            {
                var arg = instruction.Args[j];
                args.Add(Text(arg));
                if (call.Parameters[j].Differentiable) args.Add(Activity.IsActive(arg) ? Tangent(arg.Variable) : Zero(call.Parameters[j].Kind));
            }
            if (call.Void)
            {
                EmitPrimal(instruction);
                Writer.Line(call.ContainingType + "." + call.Tangent + "(" + string.Join(", ", args) + ");");
                return;
            }
            var targetIsArgument = instruction.Args.Any(a => a.IsVariable && a.Variable == target);
            var result = targetIsArgument ? Names.Fresh("value") : Names[target];
            args.Add(result);
            // An ordered primitive's tangent is computed even where nothing reads it (see EmitInstruction).
            var tangentTarget = Activity.IsActive(target) ? Tangent(target) : "_";
            var tangent = tangentTarget + " = " + call.ContainingType + "." + call.Tangent + "(" + string.Join(", ", args) + ");";
            if (targetIsArgument)
            {
                Writer.Open("");
                Writer.Line("var " + result + " = " + PrimalExpression(instruction) + ";");
                Writer.Line(tangent);
                Writer.Line(Names[target] + " = " + result + ";");
                Writer.Close();
                return;
            }
            EmitPrimal(instruction);
            Writer.Line(tangent);
        }

        private void EmitCall(Instruction instruction)
        {
            var call = instruction.Call!;
            var args = new List<string>();
            for (var j = 0; j < call.Parameters.Count; j++)
            {
                var arg = instruction.Args[j];
                args.Add(Text(arg));
                if (!call.Parameters[j].Differentiable) continue;
                if (Activity.IsActive(arg)) args.Add(Tangent(arg.Variable));
                else args.Add(Zero(arg.Kind));
            }
            Writer.Line("(" + Names[instruction.Target] + ", " + Tangent(instruction.Target) + ") = " + call.ContainingType + "." + call.Name
                + "_Pushforward(" + string.Join(", ", args) + ");");
        }
    }
}
