using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Adcme.Generators.Analysis;
using Adcme.Generators.Model;

namespace Adcme.Generators.Emit
{
    internal sealed partial class AdjointEmitter
    {
        /// <summary>A condition with reverse work (a recorded value) is written out statement by statement.</summary>
        protected override bool WritesConditionInline(LoopStatement loop) => !loop.Condition.Any(HasReverseWork) && base.WritesConditionInline(loop);

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
                        Writer.Open("if (" + Text(branch.Condition) + ")");
                        Forward(branch.Then);
                        Writer.Line(_tape + ".PushInt(1, " + Site(branch, "branch") + ");");
                        Writer.Close();
                        Writer.Open("else");
                        Forward(branch.Else);
                        Writer.Line(_tape + ".PushInt(0, " + Site(branch, "branch") + ");");
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
                    case LoopStatement loop when Checkpoints.TryGetValue(loop, out var layout):
                        ForwardCheckpointed(loop, layout);
                        break;
                    case LoopStatement loop:
                        ForwardLoop(loop);
                        break;
                }
            }
        }

        /// <summary>A loop recording every step, and its trip count at the end.</summary>
        private void ForwardLoop(LoopStatement loop)
        {
            var counted = HasReverseWork(loop);
            var count = counted ? Names.Fresh("count") : null;
            if (counted) Writer.Line("int " + count + " = 0;");
            var simple = WritesConditionInline(loop) ? SimpleLoopCondition(loop) : null;
            Writer.Open("while (" + (simple ?? "true") + ")");
            if (simple is null)
            {
                Forward(loop.Condition);
                Writer.Line("if (!" + Text(loop.ConditionValue) + ") break;");
            }
            Forward(loop.Body);
            if (counted) Writer.Line(count + "++;");
            Writer.Close();
            if (counted) Writer.Line(_tape + ".PushInt(" + count + ", " + Site(loop, "trips") + ");");
        }

        /// <summary>What one instruction records, in this order: copies of array arguments, the value and the adjoint
        /// array its target held (for a call, after the callee's own record); its reverse takes them back in the
        /// opposite order.</summary>
        private void ForwardInstruction(Instruction instruction)
        {
            SourceComment(instruction);
            var snapshots = SnapshotArguments(instruction);
            foreach (var j in snapshots)
            {
                Writer.Line(_tape + ".PushObject(" + Text(instruction.Args[j]) + "?.Clone(), " + Site(instruction, "copy" + j.ToString(CultureInfo.InvariantCulture)) + ");");
            }
            if (instruction.Op == OpCode.Call && NeedsReverse(instruction))
            {
                ForwardCall(instruction);
                return;
            }
            if (RestoresValue(instruction) && !Inverts(instruction)) Push(instruction.Target, shadow: false, Site(instruction, "value"));
            if (RestoresShadow(instruction)) Push(instruction.Target, shadow: true, Site(instruction, "shadow"));
            if (_recompute.RestoresElement(instruction))
            {
                // The element it overwrites: the reverse sweep puts it back (the array's reads are recomputed there).
                Writer.Line(_tape + ".PushDouble(" + ElementText(instruction) + ", " + Site(instruction, "element") + ");");
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
                : instruction.Args[0].IsVariable ? Names.Adjoint(instruction.Args[0].Variable) : "null!") + ";");
        }

        /// <summary>The callee's record, on this tape; the target's old value is saved after it, so that the reverse
        /// restores it (the callee's arguments) before the callee's reverse.</summary>
        private void ForwardCall(Instruction instruction)
        {
            var call = instruction.Call!;
            var args = instruction.Args.Select(Text).ToList();
            args.Add(_tape);
            for (var j = 0; j < call.Parameters.Count; j++)
            {
                if (!call.Parameters[j].Differentiable || call.Parameters[j].Kind != ValueKind.DoubleArray) continue;
                args.Add(Activity.IsActive(instruction.Args[j]) ? Names.Adjoint(instruction.Args[j].Variable) : "null");
            }
            var record = call.ContainingType + "." + call.Name + "_Record(" + string.Join(", ", args) + ")";
            if (!RestoresValue(instruction))
            {
                Writer.Line(Names[instruction.Target] + " = " + record + ";");
                return;
            }
            var value = Names.Fresh("value", numbered: true);
            Writer.Line("var " + value + " = " + record + ";");
            Push(instruction.Target, shadow: false, Site(instruction, "value"));
            Writer.Line(Names[instruction.Target] + " = " + value + ";");
        }

        private void Reverse(EquatableArray<Statement> statements)
        {
            for (var i = statements.Count - 1; i >= 0; i--)
            {
                var statement = statements[i];
                // Temporaries read in this statement's reverse (or later in this block's), evaluated again from their
                // operands, which hold here what they held at the assignment.
                foreach (var definition in _recompute.Before(statement))
                {
                    Writer.Line(Names[definition.Target] + " = " + PrimalExpression(definition) + ";");
                }
                if (!HasReverseWork(statement)) continue;
                switch (statement)
                {
                    case Instruction instruction:
                        ReverseInstruction(instruction);
                        break;
                    case IfStatement branch:
                        Writer.Open("if (" + _tape + ".PopInt(" + Site(branch, "branch") + ") != 0)");
                        Reverse(branch.Then);
                        Writer.Close();
                        if (branch.Else.Any(HasReverseWork))
                        {
                            Writer.Open("else");
                            Reverse(branch.Else);
                            Writer.Close();
                        }
                        break;
                    case LoopStatement loop when Checkpoints.TryGetValue(loop, out var layout):
                        ReverseCheckpointed(loop, layout);
                        break;
                    case LoopStatement loop:
                        ReverseLoop(loop);
                        break;
                }
            }
        }

        private void ReverseLoop(LoopStatement loop)
        {
            // Forward ran C (B C)ⁿ: the reverse runs C' (B' C')ⁿ.
            // The trip count was recorded last, after the final condition: pop it first.
            var conditionWork = loop.Condition.Any(HasReverseWork);
            var iteration = Names.Fresh("iteration");
            var trips = _tape + ".PopInt(" + Site(loop, "trips") + ")";
            if (conditionWork)
            {
                Writer.Line("int " + iteration + " = " + trips + ";");
                Reverse(loop.Condition);
                Writer.Open("for (; " + iteration + " > 0; " + iteration + "--)");
            }
            else
            {
                Writer.Open("for (int " + iteration + " = " + trips + "; " + iteration + " > 0; " + iteration + "--)");
            }
            Reverse(loop.Body);
            if (conditionWork) Reverse(loop.Condition);
            Writer.Close();
        }

        private void ReverseInstruction(Instruction instruction)
        {
            SourceComment(instruction);
            // The communicators this instruction's reverse may communicate on: an adjoint operation is checked against
            // the reverse token before it, and every such token is taken again after it.
            var communicators = NeedsReverse(instruction)
                ? instruction.Args.Where(a => a.IsVariable && _reverseTokens.ContainsKey(a.Variable)).Select(a => a.Variable).Distinct().ToList()
                : new List<int>();
            if (communicators.Count > 0 && IsCommunicatorOperation(instruction))
            {
                Writer.Line(Text(instruction.Args[0]) + ".CheckToken(" + _reverseTokens[instruction.Args[0].Variable] + ");");
            }
            string? release = null;
            ReverseInstruction(instruction, ref release);
            foreach (var communicator in communicators) Writer.Line(_reverseTokens[communicator] + " = " + Names[communicator] + ".Token;");
            // The value this instruction made is read by nothing earlier: its storage goes back to the pool.
            if (release is not null) Writer.Line(release + ".Dispose();");
        }

        private void ReverseInstruction(Instruction instruction, ref string? release)
        {
            var target = instruction.Target;
            var result = target >= 0 ? Names[target] : "";
            // Pops in the opposite order of ForwardInstruction's pushes.
            if (_recompute.RestoresElement(instruction))
            {
                Writer.Line(ElementText(instruction) + " = " + _tape + ".PopDouble(" + Site(instruction, "element") + ");");
            }
            if (RestoresShadow(instruction))
            {
                Writer.Line(Names.Adjoint(target) + " = " + _tape + ".PopObject<double[]>(" + Site(instruction, "shadow") + ");");
            }
            if (RestoresValue(instruction))
            {
                // Rules that read the result find it in the target until the target is restored: keep it.
                var variable = Model.Variables[target];
                var releases = MakesFreshTensor(instruction) && _private.Contains(target);
                if ((NeedsReverse(instruction) && UsesResult(instruction)) || releases)
                {
                    result = Local("result", variable.TypeName, Names[target]);
                    if (releases) release = result;
                }
                if (Inverts(instruction))
                {
                    Writer.Line(Names[target] + " = " + Names[target] + (instruction.Op == OpCode.Add ? " - " : " + ") + Text(instruction.Args[1]) + ";");
                }
                else
                {
                    Writer.Line(Names[target] + " = " + Pop(variable.Kind, variable.TypeName, Site(instruction, "value")) + ";");
                }
            }
            else if (target >= 0 && _firstDefinitions.Contains(instruction) && MakesFreshTensor(instruction) && _private.Contains(target))
            {
                // The first value of a variable: nothing earlier in the program reads it.
                release = Names[target];
            }
            var snapshots = SnapshotArguments(instruction);
            var copies = new Dictionary<int, string>();
            for (var i = snapshots.Count - 1; i >= 0; i--)
            {
                // The array as it was when the primitive ran (its contents may have changed since).
                var j = snapshots[i];
                var name = Names.Fresh(Text(instruction.Args[j]).TrimStart('@') + "_atCall");
                Writer.Line("double[] " + name + " = " + _tape + ".PopObject<double[]>(" + Site(instruction, "copy" + j.ToString(CultureInfo.InvariantCulture)) + ");");
                copies[j] = name;
            }
            for (var j = 0; j < instruction.Args.Count; j++)
            {
                var arg = instruction.Args[j];
                if (instruction.Op == OpCode.Primitive && arg.IsVariable && _entryCopies.TryGetValue(arg.Variable, out var entry)) copies[j] = entry;
            }
            if (!NeedsReverse(instruction)) return;

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
                    ReversePrimitive(instruction, result, copies);
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
                seed = Local("g", targetKind.CSharpName(), adjoint);
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
            => (instruction.Op == OpCode.Primitive && !instruction.Call!.Void) || (instruction.Op == OpCode.Intrinsic && ReadsOf(instruction).UsedResult);

        /// <summary>F's pullback rule with the result's adjoint as seed. A pure primitive is skipped when nothing flows
        /// into it; an ordered one runs every time, with a zero seed made where nothing flowed.</summary>
        private void ReversePrimitive(Instruction instruction, string result, Dictionary<int, string> copies)
        {
            var call = instruction.Call!;
            var target = instruction.Target;
            if (call.Void)
            {
                // An effect with no result (a send): its pullback takes the arguments and their adjoints only.
                var voidArgs = instruction.Args.Select((a, j) => copies.TryGetValue(j, out var copy) ? copy : Text(a)).ToList();
                AddAdjointArguments(instruction, voidArgs);
                Writer.Line(call.ContainingType + "." + call.Pullback + "(" + string.Join(", ", voidArgs) + ");");
                if (!IsRuntimePrimitive(instruction)) OwnAdjoints(instruction, null);
                return;
            }
            var kind = KindOf(target);
            var isTensor = kind == ValueKind.Tensor;
            var active = Activity.IsActive(target);
            var adjoint = active ? Names.Adjoint(target) : null;
            var ordered = instruction.Effect == Effect.Ordered;
            if (!ordered) Writer.Open("if (" + adjoint + (isTensor ? " is not null)" : " != " + Zero(kind) + ")"));
            else Writer.Open("");
            var seedValue = adjoint is null
                ? (isTensor ? "global::Adcme.Tensor.ZerosLike(" + result + ")" : Zero(kind))
                : isTensor && ordered ? adjoint + " ?? global::Adcme.Tensor.ZerosLike(" + result + ")" : adjoint + (isTensor ? "!" : "");
            var seed = Local("g", isTensor ? "global::Adcme.Tensor" : kind.CSharpName(), seedValue);
            if (adjoint is not null) Writer.Line(adjoint + " = " + Zero(kind) + ";");
            var args = instruction.Args.Select((a, j) => copies.TryGetValue(j, out var copy) ? copy : Text(a)).ToList();
            args.Add(result);
            args.Add(seed);
            AddAdjointArguments(instruction, args);
            Writer.Line(call.ContainingType + "." + call.Pullback + "(" + string.Join(", ", args) + ");");
            if (!IsRuntimePrimitive(instruction)) OwnAdjoints(instruction, isTensor ? seed : null, isTensor ? result : null);
            // The seed was this adjoint's alone, and no rule keeps a reference to it (a user's adjoint that was
            // the seed itself has just been copied).
            if (isTensor) Writer.Line(seed + ".Dispose();");
            Writer.Close();
        }

        /// <summary>A user's rule may have stored its seed, result or an argument into an adjoint, or one tensor into
        /// two adjoints; every adjoint must be its variable's alone (rules add into them in place, and the reverse
        /// sweep disposes seeds and results): copy such ones.</summary>
        private void OwnAdjoints(Instruction instruction, string? seed, string? result = null)
        {
            var others = new List<string>();
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
        private List<string> TensorArguments(Instruction instruction)
            => instruction.Args.Where(a => a.IsVariable && a.Kind == ValueKind.Tensor).Select(Text).ToList();

        /// <summary>A fused kernel's pullback with the result's adjoint as seed, for the inputs that want adjoints.</summary>
        private void ReverseFused(Instruction instruction)
        {
            var adjoint = Names.Adjoint(instruction.Target);
            Writer.Open("if (" + adjoint + " is not null)");
            var seed = Local("g", "global::Adcme.Tensor", adjoint);
            Writer.Line(adjoint + " = null;");
            var args = instruction.Args.Select(Text).ToList();
            args.Add(seed);
            for (var k = 0; k < instruction.Args.Count; k++)
            {
                var arg = instruction.Args[k];
                if (Activity.IsActive(arg) && instruction.Kernel!.Inputs[k].Differentiable) args.Add("ref " + Names.Adjoint(arg.Variable));
            }
            Writer.Line(instruction.Name + "_Pullback(" + string.Join(", ", args) + ");");
            Writer.Line(seed + ".Dispose();");
            Writer.Close();
        }

        /// <summary>ref adjoints for the differentiable parameters of a call: the argument's own adjoint when it
        /// is active, else a discard of its own (two arguments never share one: a callee may size or keep it).</summary>
        private void AddAdjointArguments(Instruction instruction, List<string> args)
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
                    var index = slot.ToString(CultureInfo.InvariantCulture);
                    if (parameter.Kind == ValueKind.Tensor) Writer.Line(slots + "[" + index + "] = null;");
                    args.Add("ref " + slots + "[" + index + "]");
                    slot++;
                }
                else
                {
                    var type = parameter.Kind switch
                    {
                        ValueKind.Tensor => "global::Adcme.Tensor?",
                        ValueKind.DoubleArray => "double[]",
                        _ => parameter.Kind.CSharpName(),
                    };
                    var initial = parameter.Kind switch
                    {
                        ValueKind.Tensor => "null",
                        // Sized like the argument as the call sees it (a primitive's copy, where it has one).
                        ValueKind.DoubleArray => arg.IsVariable ? NewArrayLike(args[j]) : "null!",
                        _ => Zero(parameter.Kind),
                    };
                    args.Add("ref " + Local("ignored", type, initial));
                }
            }
        }

        /// <summary>The callee's reverse, on the tape its record wrote: it always runs (it takes back what its record
        /// pushed, and the callee may hold ordered operations), with a zero seed when nothing flowed.</summary>
        private void ReverseCall(Instruction instruction)
        {
            var call = instruction.Call!;
            var target = instruction.Target;
            var kind = KindOf(target);
            var seed = Zero(kind);
            if (Activity.IsActive(target))
            {
                var adjoint = Names.Adjoint(target);
                seed = Local("g", DerivativeType(kind.CSharpName(), kind), adjoint);
                Writer.Line(adjoint + " = " + Zero(kind) + ";");
            }
            var args = instruction.Args.Select(Text).ToList();
            args.Add(_tape);
            args.Add(seed);
            AddAdjointArguments(instruction, args);
            Writer.Line(call.ContainingType + "." + call.Name + "_Reverse(" + string.Join(", ", args) + ");");
            // The callee's reverse copies a tensor seed before it works on it: this one is free again.
            if (kind == ValueKind.Tensor && Activity.IsActive(target)) Writer.Line(seed + "?.Dispose();");
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

        /// <summary>The array element an element store writes, as C# text.</summary>
        private string ElementText(Instruction store) => Text(store.Args[0]) + "[" + Text(store.Args[1]) + "]";

        /// <summary>Records a variable's value (or its adjoint array) at a site.</summary>
        private void Push(int variable, bool shadow, string site)
        {
            if (shadow)
            {
                Writer.Line(_tape + ".PushObject(" + Names.Adjoint(variable) + ", " + site + ");");
                return;
            }
            var name = Names[variable];
            switch (Model.Variables[variable].Kind)
            {
                case ValueKind.Double:
                case ValueKind.Float:
                    Writer.Line(_tape + ".PushDouble(" + name + ", " + site + ");");
                    break;
                case ValueKind.Int:
                    Writer.Line(_tape + ".PushInt(" + name + ", " + site + ");");
                    break;
                case ValueKind.Bool:
                    Writer.Line(_tape + ".PushInt(" + name + " ? 1 : 0, " + site + ");");
                    break;
                default:
                    Writer.Line(_tape + ".PushObject(" + name + ", " + site + ");");
                    break;
            }
        }

        private string Pop(ValueKind kind, string typeName, string site) => kind switch
        {
            ValueKind.Double => _tape + ".PopDouble(" + site + ")",
            ValueKind.Float => "(float)" + _tape + ".PopDouble(" + site + ")",
            ValueKind.Int => _tape + ".PopInt(" + site + ")",
            ValueKind.Bool => "(" + _tape + ".PopInt(" + site + ") != 0)",
            _ => _tape + ".PopObject<" + typeName + ">(" + site + ")",
        };
    }
}
