using System.Linq;
using Adcme.Generators.Analysis;
using Adcme.Generators.Model;

namespace Adcme.Generators.Emit
{
    internal sealed partial class AdjointEmitter
    {
        private void Forward(EquatableArray<Statement> statements)
        {
            foreach (var statement in statements)
            {
                switch (statement)
                {
                    case Instruction instruction:
                        ForwardInstruction(instruction);
                        break;
                    case IfStatement branch when HasReverseWork(branch):
                        // The direction taken is recorded last in each branch, so the reverse sweep pops it first.
                        _usesTape = true;
                        Writer.Open("if (" + Text(branch.Condition) + ")");
                        Forward(branch.Then);
                        Writer.Line(_tape + ".PushInt(1);");
                        Writer.Close();
                        Writer.Open("else");
                        Forward(branch.Else);
                        Writer.Line(_tape + ".PushInt(0);");
                        Writer.Close();
                        break;
                    case IfStatement branch:
                        Writer.Open("if (" + Text(branch.Condition) + ")");
                        Forward(branch.Then);
                        Writer.Close();
                        if (branch.Else.Count > 0)
                        {
                            Writer.Open("else");
                            Forward(branch.Else);
                            Writer.Close();
                        }
                        break;
                    case LoopStatement loop:
                        var counted = HasReverseWork(loop);
                        var count = counted ? Names.Fresh("count") : null;
                        if (counted)
                        {
                            _usesTape = true;
                            Writer.Line("int " + count + " = 0;");
                        }
                        var simple = loop.Condition.Any(HasReverseWork) ? null : SimpleLoopCondition(loop);
                        Writer.Open("while (" + (simple ?? "true") + ")");
                        if (simple is null)
                        {
                            Forward(loop.Condition);
                            Writer.Line("if (!" + Text(loop.ConditionValue) + ") break;");
                        }
                        Forward(loop.Body);
                        if (counted) Writer.Line(count + "++;");
                        Writer.Close();
                        if (counted) Writer.Line(_tape + ".PushInt(" + count + ");");
                        break;
                }
            }
        }

        private void ForwardInstruction(Instruction instruction)
        {
            if (RestoresValue(instruction)) Push(instruction.Target);
            if (RestoresShadow(instruction)) PushShadow(instruction.Target);
            foreach (var j in SnapshotArguments(instruction))
            {
                _usesTape = true;
                Writer.Line(_tape + ".PushObject(" + Text(instruction.Args[j]) + ".Clone());");
            }
            var tensors = TensorArguments(instruction);
            if (instruction.Op == OpCode.Primitive && !IsRuntimePrimitive(instruction) && instruction.Call!.ResultKind == ValueKind.Tensor && tensors.Count > 0)
            {
                // A user's primitive that returned one of its arguments: its result must be a tensor of its own.
                Writer.Line(Names[instruction.Target] + " = global::Adcme.Adjoints.Own(" + PrimalExpression(instruction) + ", " + string.Join(", ", tensors) + ")!;");
            }
            else
            {
                EmitPrimal(instruction);
            }
            if (!AssignsShadow(instruction)) return;
            Writer.Line(Names.Adjoint(instruction.Target) + " = " + (instruction.Op == OpCode.ArrayNew
                ? "new double[" + Names[instruction.Target] + ".Length]"
                : Names.Adjoint(instruction.Args[0].Variable)) + ";");
        }

        private void Reverse(EquatableArray<Statement> statements)
        {
            for (var i = statements.Count - 1; i >= 0; i--)
            {
                var statement = statements[i];
                if (!HasReverseWork(statement)) continue;
                switch (statement)
                {
                    case Instruction instruction:
                        ReverseInstruction(instruction);
                        break;
                    case IfStatement branch:
                        Writer.Open("if (" + _tape + ".PopInt() != 0)");
                        Reverse(branch.Then);
                        Writer.Close();
                        if (branch.Else.Any(HasReverseWork))
                        {
                            Writer.Open("else");
                            Reverse(branch.Else);
                            Writer.Close();
                        }
                        break;
                    case LoopStatement loop:
                        // Forward ran C (B C)ⁿ: the reverse runs C' (B' C')ⁿ.
                        // The trip count was recorded last, after the final condition: pop it first.
                        var conditionWork = loop.Condition.Any(HasReverseWork);
                        var iteration = Names.Fresh("iteration");
                        if (conditionWork)
                        {
                            Writer.Line("int " + iteration + " = " + _tape + ".PopInt();");
                            Reverse(loop.Condition);
                            Writer.Open("for (; " + iteration + " > 0; " + iteration + "--)");
                        }
                        else
                        {
                            Writer.Open("for (int " + iteration + " = " + _tape + ".PopInt(); " + iteration + " > 0; " + iteration + "--)");
                        }
                        Reverse(loop.Body);
                        if (conditionWork) Reverse(loop.Condition);
                        Writer.Close();
                        break;
                }
            }
        }

        private void ReverseInstruction(Instruction instruction)
        {
            string? release = null;
            ReverseInstruction(instruction, ref release);
            // The value this instruction made is read by nothing earlier: its storage goes back to the pool.
            if (release is not null) Writer.Line(release + ".Dispose();");
        }

        private void ReverseInstruction(Instruction instruction, ref string? release)
        {
            var target = instruction.Target;
            var result = target >= 0 ? Names[target] : "";
            if (RestoresValue(instruction))
            {
                // Rules that read the result find it in the target until the target is restored: keep a copy.
                var variable = Model.Variables[target];
                var releases = MakesFreshTensor(instruction) && _private.Contains(target);
                if ((Activity.IsActive(instruction) && UsesResult(instruction)) || releases)
                {
                    result = Scratch("result", variable.TypeName, DefaultValue(variable));
                    Writer.Line(result + " = " + Names[target] + ";");
                    if (releases) release = result;
                }
                Writer.Line(Names[target] + " = " + Pop(variable.Kind, variable.TypeName) + ";");
            }
            else if (target >= 0 && _firstDefinitions.Contains(instruction) && MakesFreshTensor(instruction) && _private.Contains(target))
            {
                // The first value of a variable: nothing earlier in the program reads it.
                release = Names[target];
            }
            if (RestoresShadow(instruction))
            {
                Writer.Line(Names.Adjoint(target) + " = " + _tape + ".PopObject<double[]>();");
            }
            if (!Activity.IsActive(instruction)) return;

            var args = instruction.Args;
            switch (instruction.Op)
            {
                case OpCode.ArrayStore:
                    {
                        var element = Names.Adjoint(args[0].Variable) + "[" + Text(args[1]) + "]";
                        if (Activity.IsActive(args[2])) Accumulate(args[2].Variable, element, ValueKind.Double);
                        Writer.Line(element + " = 0.0;");
                        return;
                    }
                case OpCode.ArrayLoad:
                    if (Activity.IsActive(args[0]))
                    {
                        Writer.Line(Names.Adjoint(args[0].Variable) + "[" + Text(args[1]) + "] += " + Names.Adjoint(target) + ";");
                    }
                    Writer.Line(Names.Adjoint(target) + " = 0.0;");
                    return;
                case OpCode.ArrayNew:
                    return;
                case OpCode.Copy when KindOf(target) == ValueKind.DoubleArray:
                    return;
                case OpCode.Call:
                    ReverseCall(instruction);
                    return;
                case OpCode.Primitive:
                    ReversePrimitive(instruction, result);
                    return;
                case OpCode.Fused:
                    ReverseFused(instruction);
                    return;
            }

            var adjoint = Names.Adjoint(target);
            var targetKind = KindOf(target);
            var active = Enumerable.Range(0, args.Count).Where(j => Activity.IsActive(args[j]) && ActivityAnalysis.HasPartial(instruction, j)).ToList();
            var rules = Rules(instruction, result);
            var selfPositions = active.Where(j => args[j].Variable == target).ToList();
            var passesThrough = selfPositions.Count == 1 && args.Count(a => a.IsVariable && a.Variable == target) == 1
                && (instruction.Op == OpCode.Copy || instruction.Op == OpCode.Add || (instruction.Op == OpCode.Subtract && selfPositions[0] == 0));
            if (passesThrough)
            {
                // x = x + y: x's adjoint flows through unchanged; only the other operand gains.
                foreach (var j in active.Where(j => j != selfPositions[0]))
                {
                    Accumulate(args[j].Variable, DerivativeRules.Contribution(instruction, j, adjoint, rules), targetKind);
                }
                return;
            }
            var seed = adjoint;
            if (selfPositions.Count > 0 || args.Any(a => a.IsVariable && a.Variable == target))
            {
                // The target is also an operand: take its adjoint before it is reset.
                seed = Scratch("g", targetKind.CSharpName(), Zero(targetKind));
                Writer.Line(seed + " = " + adjoint + ";");
                Writer.Line(adjoint + " = " + Zero(targetKind) + ";");
            }
            if (instruction.Op == OpCode.Copy && targetKind == ValueKind.Tensor && seed == adjoint && active.Count == 1)
            {
                // y = x: y's adjoint is reset right after, so x's adjoint may take it over (added in place).
                var source = Names.Adjoint(args[0].Variable);
                Writer.Line(source + " = global::Adcme.Adjoints.Merge(" + source + ", " + adjoint + ");");
            }
            else
            {
                foreach (var j in active)
                {
                    // Contributions are computed in the target's type (a convert's seed is its target's adjoint).
                    Accumulate(args[j].Variable, DerivativeRules.Contribution(instruction, j, seed, rules), targetKind);
                }
            }
            if (seed == adjoint) Writer.Line(adjoint + " = " + Zero(targetKind) + ";");
        }

        /// <summary>Whether the reverse of an instruction reads its result (primitives' pullbacks always get it).</summary>
        private bool UsesResult(Instruction instruction)
            => instruction.Op == OpCode.Primitive || (instruction.Op == OpCode.Intrinsic && ProbeRules(instruction).UsedResult);

        /// <summary>F's pullback rule with the result's adjoint as seed; nothing flows from a zero adjoint.</summary>
        private void ReversePrimitive(Instruction instruction, string result)
        {
            var call = instruction.Call!;
            var target = instruction.Target;
            var kind = KindOf(target);
            var adjoint = Names.Adjoint(target);
            var seed = Scratch("g", DerivativeType(kind.CSharpName(), kind), Zero(kind));
            Writer.Open("if (" + adjoint + (kind == ValueKind.Tensor ? " is not null)" : " != " + Zero(kind) + ")"));
            Writer.Line(seed + " = " + adjoint + ";");
            Writer.Line(adjoint + " = " + Zero(kind) + ";");
            var args = instruction.Args.Select(Text).ToList();
            args.Add(result);
            args.Add(seed + (kind == ValueKind.Tensor ? "!" : ""));
            AddAdjointArguments(instruction, args);
            Writer.Line(call.ContainingType + "." + call.Pullback + "(" + string.Join(", ", args) + ");");
            if (!IsRuntimePrimitive(instruction)) OwnAdjoints(instruction, kind == ValueKind.Tensor ? seed : null, kind == ValueKind.Tensor ? result : null);
            // The seed was this adjoint's alone, and no rule keeps a reference to it (a user's adjoint that was
            // the seed itself has just been copied).
            if (kind == ValueKind.Tensor) Writer.Line(seed + "!.Dispose();");
            Writer.Close();
        }

        /// <summary>A user's rule may have stored its seed, result or an argument into an adjoint, or one tensor into
        /// two adjoints; every adjoint must be its variable's alone (rules add into them in place, and the reverse
        /// sweep disposes seeds and results): copy such ones.</summary>
        private void OwnAdjoints(Instruction instruction, string? seed, string? result = null)
        {
            var others = new System.Collections.Generic.List<string>();
            if (seed is not null) others.Add(seed);
            if (result is not null) others.Add(result);
            others.AddRange(TensorArguments(instruction));
            var parameters = instruction.Call!.Parameters;
            for (var j = 0; j < parameters.Count; j++)
            {
                var arg = instruction.Args[j];
                if (!parameters[j].Differentiable || parameters[j].Kind != ValueKind.Tensor || !Activity.IsActive(arg)) continue;
                var adjoint = Names.Adjoint(arg.Variable);
                if (others.Contains(adjoint)) continue;
                Writer.Line(adjoint + " = global::Adcme.Adjoints.Own(" + adjoint + (others.Count > 0 ? ", " + string.Join(", ", others) : "") + ");");
                others.Add(adjoint);
            }
        }

        /// <summary>The instruction's tensor variables among its arguments, as C# text.</summary>
        private System.Collections.Generic.List<string> TensorArguments(Instruction instruction)
            => instruction.Args.Where(a => a.IsVariable && a.Kind == ValueKind.Tensor).Select(Text).ToList();

        /// <summary>A fused kernel's pullback with the result's adjoint as seed, for the inputs that want adjoints.</summary>
        private void ReverseFused(Instruction instruction)
        {
            var adjoint = Names.Adjoint(instruction.Target);
            var seed = Scratch("g", "global::Adcme.Tensor?", "null");
            Writer.Open("if (" + adjoint + " is not null)");
            Writer.Line(seed + " = " + adjoint + ";");
            Writer.Line(adjoint + " = null;");
            var args = instruction.Args.Select(Text).ToList();
            args.Add(seed + "!");
            for (var k = 0; k < instruction.Args.Count; k++)
            {
                var arg = instruction.Args[k];
                if (Activity.IsActive(arg) && instruction.Kernel!.Inputs[k].Differentiable) args.Add("ref " + Names.Adjoint(arg.Variable));
            }
            Writer.Line(instruction.Name + "_Pullback(" + string.Join(", ", args) + ");");
            Writer.Line(seed + "!.Dispose();");
            Writer.Close();
        }

        /// <summary>ref adjoints for the differentiable parameters of a call: the argument's own adjoint when it
        /// is active, else a scratch that is cleared first (its value is never read).</summary>
        private void AddAdjointArguments(Instruction instruction, System.Collections.Generic.List<string> args)
        {
            var parameters = instruction.Call!.Parameters;
            var slot = 0;
            for (var j = 0; j < parameters.Count; j++)
            {
                var parameter = parameters[j];
                if (!parameter.Differentiable) continue;
                var arg = instruction.Args[j];
                if (Activity.IsActive(arg))
                {
                    args.Add("ref " + Names.Adjoint(arg.Variable));
                }
                else if ((parameter.Kind == ValueKind.Tensor || parameter.Kind == ValueKind.Double) && instruction.Op == OpCode.Primitive && slot < 8)
                {
                    // A cleared discard slot of its own: rules can tell it apart (Adjoints.IsWanted) and skip the work.
                    var slots = parameter.Kind == ValueKind.Tensor ? "global::Adcme.Adjoints.Slots" : "global::Adcme.Adjoints.ScalarSlots";
                    var index = slot.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (parameter.Kind == ValueKind.Tensor) Writer.Line(slots + "[" + index + "] = null;");
                    args.Add("ref " + slots + "[" + index + "]");
                    slot++;
                }
                else if (parameter.Kind == ValueKind.DoubleArray || parameter.Kind == ValueKind.Tensor)
                {
                    var type = parameter.Kind == ValueKind.Tensor ? "global::Adcme.Tensor?" : "double[]?";
                    var discard = Scratch(parameter.Kind == ValueKind.Tensor ? "ignoredTensor" : "ignoredArray", type, "null");
                    Writer.Line(discard + " = null;");
                    args.Add("ref " + discard + (parameter.Kind == ValueKind.DoubleArray ? "!" : ""));
                }
                else
                {
                    args.Add("ref " + Scratch("ignored", parameter.Kind.CSharpName(), Zero(parameter.Kind)));
                }
            }
        }

        private void ReverseCall(Instruction instruction)
        {
            var call = instruction.Call!;
            var target = instruction.Target;
            var kind = KindOf(target);
            var seed = Scratch("g", DerivativeType(kind.CSharpName(), kind), Zero(kind));
            if (kind == ValueKind.Tensor) Writer.Open("if (" + Names.Adjoint(target) + " is not null)");
            var args = instruction.Args.Select(Text).ToList();
            var snapshots = SnapshotArguments(instruction);
            for (var i = snapshots.Count - 1; i >= 0; i--)
            {
                // The array as it was when the call ran (its contents changed later).
                var snapshot = Scratch("snapshot" + snapshots[i].ToString(System.Globalization.CultureInfo.InvariantCulture), "double[]", "null!");
                Writer.Line(snapshot + " = " + _tape + ".PopObject<double[]>();");
                args[snapshots[i]] = snapshot;
            }
            Writer.Line(seed + " = " + Names.Adjoint(target) + ";");
            Writer.Line(Names.Adjoint(target) + " = " + Zero(kind) + ";");
            args.Add(seed + (kind == ValueKind.Tensor ? "!" : ""));
            AddAdjointArguments(instruction, args);
            Writer.Line(call.ContainingType + "." + call.Name + "_Pullback(" + string.Join(", ", args) + ");");
            if (kind == ValueKind.Tensor)
            {
                // Generated pullbacks copy a tensor seed before they work on it: this one is free again.
                Writer.Line(seed + "!.Dispose();");
                Writer.Close();
            }
        }

        /// <summary>adjoint(variable) += contribution, with a cast when a double flows into a float.</summary>
        private void Accumulate(int variable, string contribution, ValueKind from)
        {
            var to = KindOf(variable);
            var adjoint = Names.Adjoint(variable);
            if (to == ValueKind.Tensor)
            {
                Writer.Line(adjoint + " = global::Adcme.Tensor.Accumulate(" + adjoint + ", " + contribution + ");");
            }
            else if (to == ValueKind.Float && from == ValueKind.Double)
            {
                Writer.Line(adjoint + " += (float)(" + contribution + ");");
            }
            else if (contribution.StartsWith("-", System.StringComparison.Ordinal))
            {
                Writer.Line(adjoint + " -= " + contribution.Substring(1) + ";");
            }
            else
            {
                Writer.Line(adjoint + " += " + contribution + ";");
            }
        }

        private void Push(int variable)
        {
            _usesTape = true;
            var v = Model.Variables[variable];
            var name = Names[variable];
            switch (v.Kind)
            {
                case ValueKind.Double:
                case ValueKind.Float:
                    Writer.Line(_tape + ".PushDouble(" + name + ");");
                    break;
                case ValueKind.Int:
                    Writer.Line(_tape + ".PushInt(" + name + ");");
                    break;
                case ValueKind.Bool:
                    Writer.Line(_tape + ".PushInt(" + name + " ? 1 : 0);");
                    break;
                default:
                    Writer.Line(_tape + ".PushObject(" + name + ");");
                    break;
            }
        }

        private void PushShadow(int array)
        {
            _usesTape = true;
            Writer.Line(_tape + ".PushObject(" + Names.Adjoint(array) + ");");
        }

        private string Pop(ValueKind kind, string typeName) => kind switch
        {
            ValueKind.Double => _tape + ".PopDouble()",
            ValueKind.Float => "(float)" + _tape + ".PopDouble()",
            ValueKind.Int => _tape + ".PopInt()",
            ValueKind.Bool => "(" + _tape + ".PopInt() != 0)",
            _ => _tape + ".PopObject<" + typeName + ">()",
        };
    }
}
