using System;
using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Model;

namespace Adcme.Generators.Analysis
{
    /// <summary>Less on the tape: which scalar temporaries the reverse sweep recomputes instead of recording.
    /// <para>A variable v is recomputed when it is assigned once in the whole method, by a pure scalar operation
    /// (arithmetic, comparison, conversion, a Math function) or by an element read of a local array, and every value
    /// the reverse sweep reads of v is read inside the block B of that assignment I, after it. The reverse sweep then
    /// evaluates I again once per execution of B, just before it reverses the last statement s_m of B that reads v
    /// (where the state is the forward state right after s_m), and v keeps that value until the reverse passes I.
    /// That gives v's forward value when each of I's operands holds at that point the value it held at I: a literal,
    /// a stable value, a recomputed variable (itself evaluated before, by the same rule), or a value the reverse
    /// sweep restores at every assignment and that no statement of B between I and s_m assigns. An element read
    /// needs in addition the array's contents: its array is local (no parameter, field, call or primitive can reach
    /// it), no element of it is stored between I and s_m, and every element store into it records the element it
    /// overwrites, which the reverse sweep puts back (so arrays hold, in the reverse sweep, their forward contents
    /// at the same point). Everything else is recorded as before.</para>
    /// <para>Why this is exact: B's statements run in order every time B runs (early exits are lowered to flags),
    /// the reverse sweep replays the forward path, and I is evaluated again on the same operand values: the same
    /// value, bit for bit, and no new exception.</para></summary>
    internal sealed class Recomputation
    {
        private readonly MethodModel _model;
        private readonly StabilityAnalysis _stability;
        private readonly ArrayAliases _aliases;
        private readonly ISet<int> _maintained;
        /// <summary>Where each statement is: its block and its index there. A block is known by the statement that owns
        /// it (null for the body) and which of its blocks it is.</summary>
        private readonly Dictionary<object, (Block Block, int Index)> _places = new Dictionary<object, (Block, int)>(IdentityComparer.Instance);
        private readonly List<Instruction> _order = new List<Instruction>();
        private readonly Dictionary<object, int> _orderIndex = new Dictionary<object, int>(IdentityComparer.Instance);
        private readonly Dictionary<int, List<Instruction>> _assignments = new Dictionary<int, List<Instruction>>();
        private readonly Dictionary<int, List<Instruction>> _stores = new Dictionary<int, List<Instruction>>();
        /// <summary>Element stores by the variable of their index.</summary>
        private readonly Dictionary<int, List<Instruction>> _storesAt = new Dictionary<int, List<Instruction>>();
        private readonly Dictionary<int, Instruction> _definition = new Dictionary<int, Instruction>();
        private readonly HashSet<int> _recomputed = new HashSet<int>();
        private readonly HashSet<int> _restoringArrays = new HashSet<int>();
        private readonly Dictionary<object, List<Instruction>> _before = new Dictionary<object, List<Instruction>>(IdentityComparer.Instance);
        private readonly HashSet<int> _reads = new HashSet<int>();

        private static readonly HashSet<string> Cheap = new HashSet<string>
        {
            "Abs", "Max", "Min", "Clamp", "Sign", "Floor", "Ceiling", "Round", "Truncate", "Sqrt", "FusedMultiplyAdd",
        };

        private sealed class Block
        {
            public Block(Block? parent, int parentIndex, bool inCondition)
            {
                Parent = parent;
                ParentIndex = parentIndex;
                InCondition = inCondition;
            }

            public Block? Parent { get; }

            public int ParentIndex { get; }

            /// <summary>A loop's condition block or a block inside one (its code may be written inline: never recomputed there).</summary>
            public bool InCondition { get; }
        }

        /// <param name="reverseReads">The values the reverse of an instruction reads (its rules' operands, indices, …).</param>
        /// <param name="maintained">Every value the reverse sweep reads: each holds, at every point of the reverse sweep,
        /// its forward value at the same point (stable, or restored at each assignment).</param>
        public Recomputation(MethodModel model, StabilityAnalysis stability, ArrayAliases aliases, Func<Instruction, IEnumerable<int>> reverseReads, ISet<int> maintained)
        {
            _model = model;
            _stability = stability;
            _aliases = aliases;
            _maintained = maintained;
            if (!Index(model.Body, new Block(null, -1, false))) return;
            foreach (var instruction in _order)
            {
                if (instruction.Target >= 0)
                {
                    Add(_assignments, instruction.Target, instruction);
                    _definition[instruction.Target] = instruction;
                }
                if (instruction.Op == OpCode.ArrayStore && instruction.Args[0].IsVariable)
                {
                    Add(_stores, _aliases.Root(instruction.Args[0].Variable), instruction);
                    if (instruction.Args[1].IsVariable) Add(_storesAt, instruction.Args[1].Variable, instruction);
                }
            }
            var localArrays = LocalArrays();
            var candidates = new HashSet<int>(model.Variables.Where(v => IsCandidate(v, localArrays)).Select(v => v.Id));
            var uses = new Dictionary<int, List<object>>();
            foreach (var instruction in _order)
            {
                foreach (var variable in reverseReads(instruction)) Add(uses, variable, instruction);
            }
            // Decide, then check the decision against the arrays it restores, until nothing changes: each round only
            // removes candidates (and arrays), so it ends.
            var restoring = new HashSet<int>(localArrays);
            while (true)
            {
                Decide(candidates, restoring, uses);
                var needed = new HashSet<int>(_recomputed.Where(v => _definition[v].Op == OpCode.ArrayLoad).Select(v => _aliases.Root(_definition[v].Args[0].Variable)));
                // An array whose element stores outnumber its recomputed reads is not worth restoring: its reads are recorded.
                var dropped = needed.Where(a => _recomputed.Count(v => _definition[v].Op == OpCode.ArrayLoad && _aliases.Root(_definition[v].Args[0].Variable) == a)
                    < (_stores.TryGetValue(a, out var stores) ? stores.Count : 0)).ToList();
                foreach (var array in dropped)
                {
                    needed.Remove(array);
                    localArrays.Remove(array);
                    candidates.RemoveWhere(v => _definition[v].Op == OpCode.ArrayLoad && _aliases.Root(_definition[v].Args[0].Variable) == array);
                }
                if (dropped.Count == 0 && needed.SetEquals(restoring)) break;
                restoring = needed;
            }
            _restoringArrays.UnionWith(restoring);
            foreach (var variable in _recomputed)
            {
                _reads.Add(variable);
                foreach (var arg in _definition[variable].Args) if (arg.IsVariable) _reads.Add(arg.Variable);
            }
            foreach (var store in _order.Where(RestoresElement))
            {
                _reads.Add(store.Args[0].Variable);
                if (store.Args[1].IsVariable) _reads.Add(store.Args[1].Variable);
            }
        }

        /// <summary>Whether the reverse sweep recomputes this variable instead of restoring it.</summary>
        public bool IsRecomputed(int variable) => _recomputed.Contains(variable);

        /// <summary>The assignments the reverse sweep evaluates again just before it reverses <paramref name="statement"/>, in program order.</summary>
        public IReadOnlyList<Instruction> Before(Statement statement)
            => _before.TryGetValue(statement, out var list) ? list : (IReadOnlyList<Instruction>)Array.Empty<Instruction>();

        /// <summary>Whether an element store records the element it overwrites (its array's reads are recomputed).</summary>
        public bool RestoresElement(Instruction instruction)
            => instruction.Op == OpCode.ArrayStore && instruction.Args[0].IsVariable && _restoringArrays.Contains(_aliases.Root(instruction.Args[0].Variable));

        /// <summary>The values recomputations and element restores read (the reverse sweep must have them), and the recomputed variables.</summary>
        public IEnumerable<int> Reads => _reads;

        /// <summary>Records the place of every statement; false when a statement object occurs twice (then nothing is recomputed).</summary>
        private bool Index(EquatableArray<Statement> statements, Block block)
        {
            for (var i = 0; i < statements.Count; i++)
            {
                var statement = statements[i];
                if (_places.ContainsKey(statement)) return false;
                _places[statement] = (block, i);
                switch (statement)
                {
                    case Instruction instruction:
                        _orderIndex[instruction] = _order.Count;
                        _order.Add(instruction);
                        break;
                    case IfStatement branch:
                        if (!Index(branch.Then, new Block(block, i, block.InCondition)) || !Index(branch.Else, new Block(block, i, block.InCondition))) return false;
                        break;
                    case LoopStatement loop:
                        if (!Index(loop.Condition, new Block(block, i, true)) || !Index(loop.Body, new Block(block, i, block.InCondition))) return false;
                        break;
                }
            }
            return true;
        }

        /// <summary>Array alias classes whose arrays only this method can reach: made here (new, or a copy of one of
        /// the class), never a parameter's, a field's, the result, nor given to a call, a primitive or a kernel.</summary>
        private HashSet<int> LocalArrays()
        {
            var local = new HashSet<int>();
            var excluded = new HashSet<int>();
            foreach (var variable in _model.Variables)
            {
                if (variable.Kind != ValueKind.DoubleArray) continue;
                local.Add(_aliases.Root(variable.Id));
                if (variable.Role == VariableRole.Parameter || variable.Id == _model.ResultVariable) excluded.Add(_aliases.Root(variable.Id));
            }
            foreach (var instruction in _order)
            {
                if (instruction.Target >= 0 && _model.Variables[instruction.Target].Kind == ValueKind.DoubleArray)
                {
                    var made = instruction.Op == OpCode.ArrayNew
                        || (instruction.Op == OpCode.Copy && (instruction.Args[0].IsVariable || instruction.Args[0].Literal == "null"));
                    if (!made) excluded.Add(_aliases.Root(instruction.Target));
                }
                var reads = instruction.Op is OpCode.ArrayLoad or OpCode.ArrayStore or OpCode.ArrayLength
                    || (instruction.Op == OpCode.Copy && instruction.Target >= 0 && _model.Variables[instruction.Target].Kind == ValueKind.DoubleArray);
                if (reads) continue;
                foreach (var arg in instruction.Args)
                {
                    if (arg.IsVariable && arg.Kind == ValueKind.DoubleArray) excluded.Add(_aliases.Root(arg.Variable));
                }
            }
            local.ExceptWith(excluded);
            return local;
        }

        private bool IsCandidate(VariableModel variable, HashSet<int> localArrays)
        {
            if (variable.Kind is not (ValueKind.Double or ValueKind.Float or ValueKind.Int or ValueKind.Bool)) return false;
            if (variable.Role == VariableRole.Parameter || variable.Id == _model.ResultVariable || _stability.IsStable(variable.Id)) return false;
            if (!_assignments.TryGetValue(variable.Id, out var assignments) || assignments.Count != 1) return false;
            var definition = assignments[0];
            if (_places[definition].Block.InCondition || definition.Args.Any(a => a.IsVariable && a.Variable == variable.Id)) return false;
            switch (definition.Op)
            {
                case OpCode.Copy:
                case OpCode.Negate:
                case OpCode.Add:
                case OpCode.Subtract:
                case OpCode.Multiply:
                case OpCode.Divide:
                case OpCode.Remainder:
                case OpCode.Not:
                case OpCode.Equal:
                case OpCode.NotEqual:
                case OpCode.Less:
                case OpCode.LessOrEqual:
                case OpCode.Greater:
                case OpCode.GreaterOrEqual:
                case OpCode.And:
                case OpCode.Or:
                case OpCode.Convert:
                    return definition.Args.All(a => a.Kind is ValueKind.Double or ValueKind.Float or ValueKind.Int or ValueKind.Bool);
                case OpCode.Intrinsic:
                    // Only cheap functions: a sine or an exponential costs more to evaluate again than to read back.
                    return Cheap.Contains(definition.Name!) && definition.Args.All(a => a.Kind is ValueKind.Double or ValueKind.Float);
                case OpCode.ArrayLoad:
                    return definition.Args[0].IsVariable && localArrays.Contains(_aliases.Root(definition.Args[0].Variable));
                default:
                    return false;
            }
        }

        /// <summary>One decision for the given arrays: the candidates whose every read is after their assignment in
        /// its block and whose operands hold there (see the class comment); a rejected one may reject others, so
        /// the pass runs again until none is rejected.</summary>
        private void Decide(HashSet<int> candidates, HashSet<int> restoring, Dictionary<int, List<object>> uses)
        {
            while (true)
            {
                _recomputed.Clear();
                _before.Clear();
                // The values needed: read by the reverse sweep, or by the recomputation of a needed one.
                var needed = new HashSet<int>(candidates.Where(_maintained.Contains));
                var work = new Stack<int>(needed);
                while (work.Count > 0)
                {
                    foreach (var arg in _definition[work.Pop()].Args)
                    {
                        if (arg.IsVariable && candidates.Contains(arg.Variable) && needed.Add(arg.Variable)) work.Push(arg.Variable);
                    }
                }
                // Latest assignment first: everything that reads a variable's recomputed value is placed before it is.
                var where = new Dictionary<int, Statement>();
                var rejected = new List<int>();
                foreach (var variable in needed.OrderByDescending(v => _orderIndex[_definition[v]]))
                {
                    var definition = _definition[variable];
                    var (block, index) = _places[definition];
                    var last = -1;
                    var places = new List<object>();
                    if (uses.TryGetValue(variable, out var direct)) places.AddRange(direct);
                    if (_storesAt.TryGetValue(variable, out var stores))
                    {
                        places.AddRange(stores.Where(store => store.Args[0].IsVariable && restoring.Contains(_aliases.Root(store.Args[0].Variable))));
                    }
                    foreach (var other in where)
                    {
                        if (_definition[other.Key].Args.Any(a => a.IsVariable && a.Variable == variable)) places.Add(other.Value);
                    }
                    foreach (var place in places)
                    {
                        var at = IndexIn(place, block);
                        if (at < index) { last = -2; break; }
                        last = Math.Max(last, at);
                    }
                    if (last == -2 || last < 0 || !OperandsHold(definition, block, index, last, candidates, restoring))
                    {
                        rejected.Add(variable);
                        continue;
                    }
                    where[variable] = Statement(block, last);
                }
                if (rejected.Count > 0)
                {
                    // Recorded now: those that relied on them being recomputed are decided again.
                    candidates.ExceptWith(rejected);
                    continue;
                }
                foreach (var pair in where.OrderBy(p => _orderIndex[_definition[p.Key]]))
                {
                    _recomputed.Add(pair.Key);
                    if (!_before.TryGetValue(pair.Value, out var list)) _before[pair.Value] = list = new List<Instruction>();
                    list.Add(_definition[pair.Key]);
                }
                return;
            }
        }

        /// <summary>Whether I's operands hold their values from I until after statement <paramref name="last"/> of its block.</summary>
        private bool OperandsHold(Instruction definition, Block block, int index, int last, HashSet<int> candidates, HashSet<int> restoring)
        {
            foreach (var arg in definition.Args)
            {
                if (!arg.IsVariable || _stability.IsStable(arg.Variable)) continue;
                if (candidates.Contains(arg.Variable))
                {
                    // Placed after this one only if assigned before it (always so in C#: a value is assigned before it is read).
                    if (_orderIndex[_definition[arg.Variable]] >= _orderIndex[definition]) return false;
                    continue;
                }
                // A value the reverse sweep does not restore yet: only an array reference may become one (its
                // assignments are few); a scalar would be recorded in place of the temporary.
                if (!_maintained.Contains(arg.Variable) && arg.Kind != ValueKind.DoubleArray) return false;
                if (AssignedBetween(_assignments, arg.Variable, block, index, last)) return false;
            }
            if (definition.Op == OpCode.ArrayLoad)
            {
                var array = _aliases.Root(definition.Args[0].Variable);
                if (!restoring.Contains(array) || AssignedBetween(_stores, array, block, index, last)) return false;
            }
            return true;
        }

        private bool AssignedBetween(Dictionary<int, List<Instruction>> writes, int key, Block block, int index, int last)
        {
            if (!writes.TryGetValue(key, out var list)) return false;
            foreach (var write in list)
            {
                var at = IndexIn(write, block);
                if (at > index && at <= last) return true;
            }
            return false;
        }

        /// <summary>The index in <paramref name="block"/> of the statement that is or contains <paramref name="statement"/>; -1 when outside it.</summary>
        private int IndexIn(object statement, Block block)
        {
            var (current, index) = _places[statement];
            while (current != block)
            {
                if (current.Parent is null) return -1;
                index = current.ParentIndex;
                current = current.Parent;
            }
            return index;
        }

        private Statement Statement(Block block, int index)
        {
            foreach (var pair in _places)
            {
                if (pair.Value.Block == block && pair.Value.Index == index) return (Statement)pair.Key;
            }
            throw new InvalidOperationException("no statement at that place");
        }

        private static void Add<T>(Dictionary<int, List<T>> map, int key, T value)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = new List<T>();
            list.Add(value);
        }
    }
}
