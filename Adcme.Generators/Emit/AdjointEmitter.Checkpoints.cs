using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Adcme.Generators.Analysis;
using Adcme.Generators.Model;

namespace Adcme.Generators.Emit
{
    /// <summary>Checkpointed loops ([Checkpointed]; see <c>Adcme.CheckpointedLoop</c> and docs/performance.md). The forward
    /// sweep saves the loop's initial state, and the runtime decides between recording every step (the loop is then
    /// written as any other) and a binomial schedule: the loop then runs to its end without recording, keeping the
    /// snapshots the schedule takes on its way up, and leaves the run on the tape. The reverse sweep carries the
    /// schedule out: Advance runs steps unrecorded, Store and Restore copy the state to and from a slot, and Reverse
    /// records one step (this emitter's forward code) and runs its reverse at once, so the tape holds one step at a
    /// time. Every step is the same code on the same values as in store-all mode: the gradient is store-all's, bit for bit.</summary>
    internal sealed partial class AdjointEmitter
    {
        /// <summary>How a checkpointed loop's state is laid out in a snapshot.</summary>
        private sealed class CheckpointLayout
        {
            public List<int> Doubles { get; } = new List<int>();
            public List<int> Ints { get; } = new List<int>();
            /// <summary>References: the droppable tensors of the state first (<see cref="DroppableState"/> of them).</summary>
            public List<int> Objects { get; } = new List<int>();
            public int DroppableState { get; set; }
            public List<int> Arrays { get; } = new List<int>();
            /// <summary>Tensor variables whose previous value an unrecorded step gives back to the pool when it overwrites them.</summary>
            public HashSet<int> Droppable { get; } = new HashSet<int>();
            /// <summary>Every variable the loop's code names, for the split reverse's declarations.</summary>
            public HashSet<int> Variables { get; } = new HashSet<int>();
            public string Condition { get; set; } = "";
        }

        private Dictionary<LoopStatement, CheckpointLayout>? _checkpoints;

        /// <summary>The layouts of the checkpointed loops that have reverse work (a loop with none is written as usual).</summary>
        private Dictionary<LoopStatement, CheckpointLayout> Checkpoints => _checkpoints ??= FindCheckpoints();

        private Dictionary<LoopStatement, CheckpointLayout> FindCheckpoints()
        {
            var layouts = new Dictionary<LoopStatement, CheckpointLayout>(IdentityComparer.Instance);
            foreach (var loop in IrWalker.Loops(Model.Body))
            {
                if (loop.Checkpoint is not { Index: >= 0 } || !HasReverseWork(loop)) continue;
                // The parser guarantees the condition's form (go = k < bound); anything else is written as usual.
                if (loop.Condition.Count == 0 || loop.Condition[loop.Condition.Count - 1] is not Instruction { Op: OpCode.Less } last
                    || !loop.ConditionValue.IsVariable || last.Target != loop.ConditionValue.Variable || !last.Args[0].IsVariable
                    || last.Args[0].Variable != loop.Checkpoint.Index) continue;
                var state = new CheckpointState(Model.Variables, Model.Body, loop, Model.ResultVariable);
                if (state.Ordered.Count > 0 || state.ReassignedArrays.Count > 0 || state.Unsupported.Count > 0) continue;
                var layout = new CheckpointLayout { Condition = Text(last.Args[1]) };
                var step = loop.Condition.Concat(loop.Body).ToEquatableArray();
                var inside = IrWalker.Instructions(step).Select(i => i.Instruction).ToList();
                // The split reverse writes the body (and the condition only when it has reverse work: see ReverseCheckpointed).
                var written = loop.Condition.Any(HasReverseWork) ? inside : IrWalker.Instructions(loop.Body).Select(i => i.Instruction).ToList();
                foreach (var instruction in written)
                {
                    if (instruction.Target >= 0) layout.Variables.Add(instruction.Target);
                    foreach (var arg in instruction.Args) if (arg.IsVariable) layout.Variables.Add(arg.Variable);
                }
                foreach (var variable in inside.Where(i => i.Target >= 0).Select(i => i.Target).Distinct())
                {
                    if (KindOf(variable) == ValueKind.Tensor && _private.Contains(variable)
                        && inside.Where(i => i.Target == variable).All(MakesFreshTensor)) layout.Droppable.Add(variable);
                }
                var kept = state.State.Concat(state.Inputs).ToList();
                layout.Variables.UnionWith(kept);
                layout.Variables.UnionWith(state.Arrays);
                foreach (var variable in kept.Where(v => layout.Droppable.Contains(v))) layout.Objects.Add(variable);
                layout.DroppableState = layout.Objects.Count;
                foreach (var variable in kept)
                {
                    switch (KindOf(variable))
                    {
                        case ValueKind.Double:
                        case ValueKind.Float:
                            layout.Doubles.Add(variable);
                            break;
                        case ValueKind.Int:
                        case ValueKind.Bool:
                            layout.Ints.Add(variable);
                            break;
                        default:
                            if (!layout.Droppable.Contains(variable)) layout.Objects.Add(variable);
                            break;
                    }
                }
                layout.Arrays.AddRange(state.Arrays);
                layouts[loop] = layout;
            }
            return layouts;
        }

        /// <summary>Variables the split reverse declares besides those it reads: everything its checkpointed loops run.</summary>
        private bool UsedByCheckpoints(int variable) => Checkpoints.Values.Any(l => l.Variables.Contains(variable));

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private void ForwardCheckpointed(LoopStatement loop, CheckpointLayout layout)
        {
            var checkpoint = Names.Fresh("checkpoint");
            Writer.Line("// A checkpointed loop: its initial state is kept, then every step is recorded or a schedule is used (see Adcme.CheckpointedLoop).");
            // The condition's bound, computed as the condition computes it (pure and unchanged by the loop).
            for (var i = 0; i < loop.Condition.Count - 1; i++) Unrecorded(loop.Condition[i], null);
            Writer.Line("var " + checkpoint + " = global::Adcme.CheckpointedLoop.Begin((long)" + layout.Condition + " - " + Names[loop.Checkpoint!.Index] + ", "
                + Number(loop.Checkpoint.Snapshots) + ", " + Number(layout.Doubles.Count) + ", " + Number(layout.Ints.Count) + ", "
                + Number(layout.Objects.Count) + ", " + Number(layout.DroppableState) + ", " + Number(layout.Arrays.Count) + ");");
            SaveState(layout, checkpoint, "-1");
            Writer.Line(checkpoint + ".Plan();");
            Writer.Open("if (" + checkpoint + ".StoresAll)");
            ForwardLoop(loop);
            Writer.Close();
            Writer.Open("else");
            var step = Names.Fresh("step");
            var slot = Names.Fresh("slot");
            Writer.Open("for (int " + step + " = 0; " + step + " < " + checkpoint + ".Steps; " + step + "++)");
            Writer.Open("if (" + checkpoint + ".StoreBefore(" + step + ", out var " + slot + "))");
            SaveState(layout, checkpoint, slot);
            Writer.Close();
            UnrecordedStep(loop, layout, checkpoint);
            Writer.Close();
            Writer.Close();
            Writer.Line(_tape + ".PushObject(" + checkpoint + ", " + Site(loop, "checkpoint") + ");");
        }

        private void ReverseCheckpointed(LoopStatement loop, CheckpointLayout layout)
        {
            var checkpoint = Names.Fresh("checkpoint");
            Writer.Line("var " + checkpoint + " = " + _tape + ".PopObject<global::Adcme.CheckpointedLoop>(" + Site(loop, "checkpoint") + ");");
            Writer.Open("if (" + checkpoint + ".StoresAll)");
            ReverseLoop(loop);
            Writer.Close();
            Writer.Open("else");
            for (var i = 0; i < layout.Arrays.Count; i++) Writer.Line(checkpoint + ".KeepArray(" + Number(i) + ", " + Names[layout.Arrays[i]] + ");");
            Writer.Open("while (" + checkpoint + ".Next())");
            Writer.Open("if (" + checkpoint + ".Kind == global::Adcme.RevolveActionKind.Advance)");
            var step = Names.Fresh("step");
            Writer.Open("for (int " + step + " = " + checkpoint + ".From; " + step + " < " + checkpoint + ".To; " + step + "++)");
            UnrecordedStep(loop, layout, checkpoint);
            Writer.Close();
            Writer.Close();
            Writer.Open("else if (" + checkpoint + ".Kind == global::Adcme.RevolveActionKind.Store)");
            SaveState(layout, checkpoint, checkpoint + ".Slot");
            Writer.Close();
            Writer.Open("else if (" + checkpoint + ".Kind == global::Adcme.RevolveActionKind.Restore)");
            if (layout.DroppableState > 0)
            {
                // The values a Restore overwrites came from an unrecorded step (or a slot, which keeps them).
                Writer.Open("if (" + checkpoint + ".DropsState)");
                for (var i = 0; i < layout.DroppableState; i++) Writer.Line(checkpoint + ".Drop(" + Names[layout.Objects[i]] + ");");
                Writer.Close();
            }
            LoadState(layout, checkpoint, checkpoint + ".Slot", arrays: true);
            Writer.Close();
            Writer.Open("else if (" + checkpoint + ".Kind == global::Adcme.RevolveActionKind.Reverse)");
            Writer.Line("// One step, recorded, then its reverse.");
            // (A condition without reverse work is not written: it holds for every step the schedule runs.)
            var conditionWork = loop.Condition.Any(HasReverseWork);
            if (conditionWork) Forward(loop.Condition);
            Forward(loop.Body);
            Reverse(loop.Body);
            if (conditionWork) Reverse(loop.Condition);
            Writer.Close();
            Writer.Open("else");
            Writer.Line(checkpoint + ".Free(" + checkpoint + ".Slot);");
            Writer.Close();
            Writer.Close();
            // Back to the state the loop started from (what the code before it reads); arrays as the method left them.
            LoadState(layout, checkpoint, "-1", arrays: false);
            for (var i = 0; i < layout.Arrays.Count; i++) Writer.Line(checkpoint + ".PutBackArray(" + Number(i) + ", " + Names[layout.Arrays[i]] + ");");
            Writer.Line(checkpoint + ".Finish();");
            Writer.Close();
        }

        private void SaveState(CheckpointLayout layout, string checkpoint, string slot)
        {
            if (layout.Doubles.Count > 0)
            {
                var doubles = Names.Fresh("doubles", numbered: true);
                Writer.Line("var " + doubles + " = " + checkpoint + ".Doubles(" + slot + ");");
                for (var i = 0; i < layout.Doubles.Count; i++) Writer.Line(doubles + "[" + Number(i) + "] = " + Names[layout.Doubles[i]] + ";");
            }
            if (layout.Ints.Count > 0)
            {
                var ints = Names.Fresh("ints", numbered: true);
                Writer.Line("var " + ints + " = " + checkpoint + ".Ints(" + slot + ");");
                for (var i = 0; i < layout.Ints.Count; i++)
                {
                    var name = Names[layout.Ints[i]];
                    Writer.Line(ints + "[" + Number(i) + "] = " + (KindOf(layout.Ints[i]) == ValueKind.Bool ? name + " ? 1 : 0" : name) + ";");
                }
            }
            if (layout.Objects.Count > 0)
            {
                var objects = Names.Fresh("objects", numbered: true);
                Writer.Line("var " + objects + " = " + checkpoint + ".Objects(" + slot + ");");
                for (var i = 0; i < layout.Objects.Count; i++) Writer.Line(objects + "[" + Number(i) + "] = " + Names[layout.Objects[i]] + ";");
            }
            for (var i = 0; i < layout.Arrays.Count; i++) Writer.Line(checkpoint + ".SaveArray(" + slot + ", " + Number(i) + ", " + Names[layout.Arrays[i]] + ");");
        }

        private void LoadState(CheckpointLayout layout, string checkpoint, string slot, bool arrays)
        {
            if (layout.Doubles.Count > 0)
            {
                var doubles = Names.Fresh("doubles", numbered: true);
                Writer.Line("var " + doubles + " = " + checkpoint + ".Doubles(" + slot + ");");
                for (var i = 0; i < layout.Doubles.Count; i++)
                {
                    var variable = layout.Doubles[i];
                    Writer.Line(Names[variable] + " = " + (KindOf(variable) == ValueKind.Float ? "(float)" : "") + doubles + "[" + Number(i) + "];");
                }
            }
            if (layout.Ints.Count > 0)
            {
                var ints = Names.Fresh("ints", numbered: true);
                Writer.Line("var " + ints + " = " + checkpoint + ".Ints(" + slot + ");");
                for (var i = 0; i < layout.Ints.Count; i++)
                {
                    var variable = layout.Ints[i];
                    Writer.Line(Names[variable] + " = " + ints + "[" + Number(i) + "]" + (KindOf(variable) == ValueKind.Bool ? " != 0" : "") + ";");
                }
            }
            if (layout.Objects.Count > 0)
            {
                var objects = Names.Fresh("objects", numbered: true);
                Writer.Line("var " + objects + " = " + checkpoint + ".Objects(" + slot + ");");
                for (var i = 0; i < layout.Objects.Count; i++)
                {
                    var variable = Model.Variables[layout.Objects[i]];
                    Writer.Line(Names[variable.Id] + " = (" + variable.TypeName + ")" + objects + "[" + Number(i) + "]!;");
                }
            }
            if (!arrays) return;
            for (var i = 0; i < layout.Arrays.Count; i++) Writer.Line(checkpoint + ".RestoreArray(" + slot + ", " + Number(i) + ", " + Names[layout.Arrays[i]] + ");");
        }

        /// <summary>One step without recording: the body (the condition holds for every step the schedule runs, and its
        /// bound was computed before the loop).</summary>
        private void UnrecordedStep(LoopStatement loop, CheckpointLayout layout, string checkpoint)
        {
            foreach (var statement in loop.Body) Unrecorded(statement, layout.Droppable, checkpoint);
        }

        /// <summary>A statement as the forward sweep runs it, without recording: each instruction through
        /// <paramref name="instruction"/> when given (M_Value's ownership), else <see cref="UnrecordedInstruction"/>.</summary>
        private void Unrecorded(Statement statement, HashSet<int>? droppable, string? owner = null, System.Action<Instruction>? instruction = null)
        {
            switch (statement)
            {
                case Instruction single:
                    if (instruction is not null) instruction(single);
                    else UnrecordedInstruction(single, droppable, owner);
                    break;
                case IfStatement branch:
                    Writer.Open("if (" + Text(branch.Condition) + ")");
                    foreach (var inner in branch.Then) Unrecorded(inner, droppable, owner, instruction);
                    Writer.Close();
                    if (branch.Else.Count > 0)
                    {
                        Writer.Open("else");
                        foreach (var inner in branch.Else) Unrecorded(inner, droppable, owner, instruction);
                        Writer.Close();
                    }
                    break;
                case LoopStatement loop:
                    var simple = SimpleLoopCondition(loop);
                    Writer.Open("while (" + (simple ?? "true") + ")");
                    if (simple is null)
                    {
                        foreach (var inner in loop.Condition) Unrecorded(inner, droppable, owner, instruction);
                        Writer.Line("if (!" + Text(loop.ConditionValue) + ") break;");
                    }
                    foreach (var inner in loop.Body) Unrecorded(inner, droppable, owner, instruction);
                    Writer.Close();
                    break;
            }
        }

        /// <summary>The primal instruction as the forward sweep runs it, without recording; a droppable tensor's previous
        /// value goes back to the pool once it is overwritten (the owner keeps what a snapshot holds).</summary>
        private void UnrecordedInstruction(Instruction instruction, HashSet<int>? droppable, string? owner)
        {
            SourceComment(instruction);
            string? previous = null;
            if (owner is not null && droppable is not null && instruction.Target >= 0 && droppable.Contains(instruction.Target))
            {
                previous = Names.Fresh("previous", numbered: true);
                Writer.Line("var " + previous + " = " + Names[instruction.Target] + ";");
            }
            var tensors = TensorArguments(instruction);
            if (instruction.Op == OpCode.Primitive && !IsRuntimePrimitive(instruction) && instruction.Call!.ResultKind == ValueKind.Tensor && tensors.Count > 0)
            {
                Writer.Line(Names[instruction.Target] + " = global::Adcme.Adjoints.Own(" + PrimalExpression(instruction) + ", " + string.Join(", ", tensors) + ")!;");
            }
            else
            {
                EmitPrimal(instruction);
            }
            if (previous is not null) Writer.Line(owner + ".Drop(" + previous + ");");
        }
    }
}
