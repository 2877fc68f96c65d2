using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Model;

namespace Adcme.Generators.Analysis
{
    /// <summary>What a snapshot of a checkpointed loop keeps (see <see cref="CheckpointModel"/>). The state is every
    /// variable the loop assigns whose value at the head of a step matters: read in the step before the step assigns
    /// it, used outside the loop, a parameter or the result. Variables the loop reads but never assigns (its inputs)
    /// are kept too, so that a reverse sweep that has restored other values since still runs the steps on the inputs
    /// they ran on; arrays the loop writes into keep their contents (copied). Found once for the parser's checks and
    /// the emitter alike.</summary>
    internal sealed class CheckpointState
    {
        public CheckpointState(IReadOnlyList<VariableModel> variables, EquatableArray<Statement> body, LoopStatement loop, int resultVariable)
        {
            var step = loop.Condition.Concat(loop.Body).ToEquatableArray();
            var inside = IrWalker.Instructions(step).Select(i => i.Instruction).ToList();
            var assigned = new HashSet<int>(inside.Where(i => i.Target >= 0).Select(i => i.Target));
            var read = new HashSet<int>();
            foreach (var instruction in inside) foreach (var arg in instruction.Args) if (arg.IsVariable) read.Add(arg.Variable);
            foreach (var operand in Conditions(step)) if (operand.IsVariable) read.Add(operand.Variable);
            var outside = new HashSet<int>();
            Outside(body, loop, outside);
            var exposed = new HashSet<int>();
            Exposed(step, new HashSet<int>(), exposed);

            var aliases = new ArrayAliases(variables, body);
            var written = new HashSet<int>(inside.Where(i => i.Op == OpCode.ArrayStore && i.Args[0].IsVariable).Select(i => aliases.Root(i.Args[0].Variable)));
            foreach (var variable in variables)
            {
                var id = variable.Id;
                var parameter = variable.Role == VariableRole.Parameter;
                if (assigned.Contains(id))
                {
                    if (!(exposed.Contains(id) || outside.Contains(id) || parameter || id == resultVariable)) continue;
                    if (variable.Kind == ValueKind.DoubleArray) ReassignedArrays.Add(id);
                    else if (variable.Kind is ValueKind.Opaque or ValueKind.Token or ValueKind.Request) Unsupported.Add(id);
                    else State.Add(id);
                }
                else if (read.Contains(id) && !(parameter && !IsAssignedAnywhere(body, id)))
                {
                    Inputs.Add(id);
                }
                if (variable.Kind == ValueKind.DoubleArray && !assigned.Contains(id) && read.Contains(id) && written.Contains(aliases.Root(id))) Arrays.Add(id);
            }
            Ordered = inside.Where(i => i.Effect == Effect.Ordered).ToList();
        }

        /// <summary>Scalars, ints, bools and tensors the loop assigns whose value outlives a step.</summary>
        public List<int> State { get; } = new List<int>();

        /// <summary>Variables the loop reads and does not assign (other than parameters nothing assigns).</summary>
        public List<int> Inputs { get; } = new List<int>();

        /// <summary>Arrays (not reassigned in the loop) whose contents the loop writes: a snapshot copies them.</summary>
        public List<int> Arrays { get; } = new List<int>();

        /// <summary>Array variables the loop reassigns whose value outlives a step: not supported (ADCME026).</summary>
        public List<int> ReassignedArrays { get; } = new List<int>();

        /// <summary>Other variables of the state that a snapshot cannot keep (ADCME026).</summary>
        public List<int> Unsupported { get; } = new List<int>();

        /// <summary>Ordered instructions in the loop: an unrecorded step would run their effects again (ADCME026).</summary>
        public List<Instruction> Ordered { get; }

        private static IEnumerable<Operand> Conditions(EquatableArray<Statement> block)
        {
            foreach (var statement in block)
            {
                switch (statement)
                {
                    case IfStatement branch:
                        yield return branch.Condition;
                        foreach (var o in Conditions(branch.Then)) yield return o;
                        foreach (var o in Conditions(branch.Else)) yield return o;
                        break;
                    case LoopStatement inner:
                        yield return inner.ConditionValue;
                        foreach (var o in Conditions(inner.Condition)) yield return o;
                        foreach (var o in Conditions(inner.Body)) yield return o;
                        break;
                }
            }
        }

        private static bool IsAssignedAnywhere(EquatableArray<Statement> body, int variable)
            => IrWalker.Instructions(body).Any(i => i.Instruction.Target == variable);

        /// <summary>Variables read or assigned anywhere outside <paramref name="loop"/>.</summary>
        private static void Outside(EquatableArray<Statement> block, LoopStatement loop, HashSet<int> seen)
        {
            foreach (var statement in block)
            {
                switch (statement)
                {
                    case Instruction instruction:
                        if (instruction.Target >= 0) seen.Add(instruction.Target);
                        foreach (var arg in instruction.Args) if (arg.IsVariable) seen.Add(arg.Variable);
                        break;
                    case IfStatement branch:
                        if (branch.Condition.IsVariable) seen.Add(branch.Condition.Variable);
                        Outside(branch.Then, loop, seen);
                        Outside(branch.Else, loop, seen);
                        break;
                    case LoopStatement other when ReferenceEquals(other, loop):
                        break;
                    case LoopStatement other:
                        if (other.ConditionValue.IsVariable) seen.Add(other.ConditionValue.Variable);
                        Outside(other.Condition, loop, seen);
                        Outside(other.Body, loop, seen);
                        break;
                }
            }
        }

        /// <summary>Reads in a step of variables the step has not surely assigned before them (upward-exposed uses).</summary>
        private static void Exposed(EquatableArray<Statement> block, HashSet<int> defined, HashSet<int> exposed)
        {
            void Read(Operand operand)
            {
                if (operand.IsVariable && !defined.Contains(operand.Variable)) exposed.Add(operand.Variable);
            }
            foreach (var statement in block)
            {
                switch (statement)
                {
                    case Instruction instruction:
                        foreach (var arg in instruction.Args) Read(arg);
                        if (instruction.Target >= 0) defined.Add(instruction.Target);
                        break;
                    case IfStatement branch:
                        Read(branch.Condition);
                        var then = new HashSet<int>(defined);
                        var otherwise = new HashSet<int>(defined);
                        Exposed(branch.Then, then, exposed);
                        Exposed(branch.Else, otherwise, exposed);
                        then.IntersectWith(otherwise);
                        defined.UnionWith(then);
                        break;
                    case LoopStatement inner:
                        // The inner loop's body may run no time: what it assigns is not surely assigned after it.
                        var start = new HashSet<int>(defined);
                        Exposed(inner.Condition, start, exposed);
                        if (inner.ConditionValue.IsVariable && !start.Contains(inner.ConditionValue.Variable)) exposed.Add(inner.ConditionValue.Variable);
                        Exposed(inner.Body, new HashSet<int>(start), exposed);
                        defined.UnionWith(start);
                        break;
                }
            }
        }
    }
}
