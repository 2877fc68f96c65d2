using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Adcme.Generators.Analysis;
using Adcme.Generators.Model;

namespace Adcme.Generators.Emit
{
    /// <summary>Writes reverse mode in split form, two methods that share one tape:
    /// <c>M_Record</c> runs the primal and records on the tape what the adjoint will need (values that do not
    /// survive to the end, the control-flow path, copies of arrays whose contents change later) and, at its end,
    /// the values its reverse reads from the end state; <c>M_Reverse</c> takes those back and walks the IR
    /// backwards, replaying loops by their recorded trip counts and branches by their recorded direction, and adds
    /// adjoints into the caller's ref arguments, so that pullbacks compose. A caller's record calls its callees'
    /// records and its reverse their reverses: every forward runs once per gradient, and every push is popped on
    /// the same path, whatever the adjoints' values. The public entry points call a third method, the core
    /// <c>__M_Gradient</c>: the same two sweeps in one method, the end state read in place (see EmitCore).</summary>
    internal sealed partial class AdjointEmitter : EmitterBase
    {
        private readonly StabilityAnalysis _stability;
        /// <summary>Temporaries the reverse sweep evaluates again instead of reading them back (set by FindRecordedValues).</summary>
        private Recomputation _recompute = null!;
        /// <summary>Variables whose values, and array variables whose adjoints (shadows), the reverse sweep reads.</summary>
        private readonly HashSet<int> _reads = new HashSet<int>();
        private readonly HashSet<int> _shadowReads = new HashSet<int>();
        /// <summary>The subsets that change during the run: saved before each overwrite, restored at its reverse.</summary>
        private readonly HashSet<int> _recorded = new HashSet<int>();
        private readonly HashSet<int> _recordedShadows = new HashSet<int>();
        private readonly HashSet<Instruction> _firstDefinitions;
        private readonly HashSet<int> _private;
        private readonly string _tape;
        private readonly Dictionary<object, int> _sites = new Dictionary<object, int>(IdentityComparer.Instance);
        /// <summary>Parameter arrays given to primitives: copied once when the record starts (the method never writes
        /// them, but its caller may once it has returned), and the copy handed to the reverse.</summary>
        private readonly Dictionary<int, string> _entryCopies = new Dictionary<int, string>();
        private readonly Dictionary<int, string> _reverseTokens;

        public AdjointEmitter(MethodModel model, SourceWriter writer) : base(model, writer)
        {
            _stability = new StabilityAnalysis(model.Variables, model.Body);
            _tape = Names.Fresh("tape");
            Seed = Names.Fresh("seed");
            _firstDefinitions = FindFirstDefinitions();
            _private = FindPrivateTensors();
            FindEntryCopies();
            FindRecordedValues();
            _reverseTokens = FindReverseTokens();
        }

        private void FindEntryCopies()
        {
            foreach (var (instruction, _) in IrWalker.Instructions(Model.Body))
            {
                if (instruction.Op != OpCode.Primitive || !NeedsReverse(instruction)) continue;
                foreach (var arg in instruction.Args)
                {
                    if (!arg.IsVariable || arg.Kind != ValueKind.DoubleArray || _entryCopies.ContainsKey(arg.Variable)) continue;
                    if (Model.Variables[arg.Variable].Role != VariableRole.Parameter || !_stability.IsStable(arg.Variable)) continue;
                    _entryCopies[arg.Variable] = Names.Fresh(Names[arg.Variable].TrimStart('@') + "_atEntry");
                }
            }
        }

        /// <summary>The name of the seed parameter (the result's adjoint).</summary>
        public string Seed { get; }

        public string RecordName => Model.Name + "_Record";

        public string ReverseName => Model.Name + "_Reverse";

        /// <summary>Differentiable array parameters: their adjoint arrays exist in the forward sweep already (local
        /// arrays that alias them share them), so the record takes them too.</summary>
        public IEnumerable<ParameterModel> ArrayParameters => Model.Parameters.Where(p => p.Differentiable && p.Kind == ValueKind.DoubleArray);

        public string CoreName => "__" + Model.Name + "_Gradient";

        public void Emit()
        {
            EmitCore();
            Writer.Line();
            EmitRecord();
            Writer.Line();
            EmitReverse();
        }

        /// <summary>The public entry points' body: the record and the reverse in one method on a tape of its own, the
        /// end state read in place instead of carried. (Same sweeps as the two halves; one method lets the JIT's
        /// profile-guided optimization see both loops together, which the heat benchmark measures at 10–15%.)</summary>
        private void EmitCore()
        {
            var type = Model.ResultKind.CSharpName();
            var parameters = Model.Parameters.Select(p => p.TypeName + " " + Names[p.Variable]).ToList();
            parameters.Add(DerivativeType(type, Model.ResultKind) + " " + Seed);
            foreach (var parameter in Model.Parameters.Where(p => p.Differentiable))
            {
                parameters.Add("ref " + DerivativeType(parameter.TypeName, parameter.Kind) + " " + Namer.PublicDerivativeName(parameter.Name));
            }
            Writer.Line(GeneratedCode.Attribute);
            Writer.Open("private static " + type + " " + CoreName + "(" + string.Join(", ", parameters) + ")");
            Writer.Line("var " + _tape + " = global::Adcme.Tape.Rent();");
            DeclareForwardLocals();
            DeclareAdjoints(arrays: false);
            ResetSourceComments();
            Forward(Model.Body);
            // The reverse sweep restores overwritten values, the result's included: keep the value it returns.
            var value = Names.Fresh("value");
            Writer.Line("var " + value + " = " + Names[Model.ResultVariable] + ";");
            SeedResult();
            StartReverseTokens();
            ResetSourceComments();
            Reverse(Model.Body);
            AccumulateParameters();
            Writer.Line("global::Adcme.Tape.Return(" + _tape + ");");
            Writer.Line("return " + value + ";");
            Writer.Close();
        }

        private void EmitRecord()
        {
            var type = Model.ResultKind.CSharpName();
            var parameters = Model.Parameters.Select(p => p.TypeName + " " + Names[p.Variable]).ToList();
            parameters.Add("global::Adcme.Tape " + _tape);
            parameters.AddRange(ArrayParameters.Select(p => "double[]? " + Namer.PublicDerivativeName(p.Name)));
            Writer.Line("/// <summary>Split reverse mode, first half: runs <see cref=\"" + Model.Name + "\"/> and records on <paramref name=\"" + _tape + "\"/>");
            Writer.Line("/// what <see cref=\"" + ReverseName + "\"/> needs. Called by generated code.</summary>");
            MethodMarks();
            Writer.Open(Model.Accessibility + " static " + type + " " + RecordName + "(" + string.Join(", ", parameters) + ")");
            DeclareForwardLocals();
            ResetSourceComments();
            Forward(Model.Body);
            var carried = Carried();
            foreach (var (variable, shadow) in carried) Push(variable, shadow, CarrySite(variable, shadow));
            foreach (var copy in _entryCopies) Writer.Line(_tape + ".PushObject(" + copy.Value + ", " + SiteText("end." + copy.Value) + ");");
            Writer.Line("return " + Names[Model.ResultVariable] + ";");
            Writer.Close();
        }

        /// <summary>The primal variables, the adjoint arrays of active array variables and the copies of parameter
        /// arrays that the forward sweep uses.</summary>
        private void DeclareForwardLocals()
        {
            DeclarePrimalVariables();
            foreach (var variable in Model.Variables)
            {
                if (variable.Kind != ValueKind.DoubleArray || !Activity.IsActive(variable.Id)) continue;
                Writer.Line("double[] " + Names.Adjoint(variable.Id) + " = " + InitialShadow(variable) + ";");
            }
            // (A [NoDerivative] array may be null: so is its copy.)
            foreach (var copy in _entryCopies) Writer.Line("double[] " + copy.Value + " = (double[])" + Names[copy.Key] + "?.Clone()!;");
        }

        /// <summary>A parameter's adjoint array is the caller's (or a new one when the caller has none); a local array's
        /// is made with the array.</summary>
        private string InitialShadow(VariableModel variable)
        {
            if (variable.Role != VariableRole.Parameter) return "null!";
            var parameter = Model.Parameters.First(p => p.Variable == variable.Id);
            var fresh = NewArrayLike(Names[variable.Id]);
            return parameter.Differentiable ? Namer.PublicDerivativeName(parameter.Name) + " ?? " + fresh : fresh;
        }

        /// <summary>Adjoints of active variables, zero (null for tensors) to start with; adjoint arrays too unless the
        /// forward sweep's declarations made them.</summary>
        private void DeclareAdjoints(bool arrays)
        {
            foreach (var variable in Model.Variables)
            {
                if (!Activity.IsActive(variable.Id) || (!arrays && variable.Kind == ValueKind.DoubleArray)) continue;
                var initial = variable.Kind == ValueKind.Tensor ? "null" : variable.Kind == ValueKind.DoubleArray ? "null!" : DefaultValue(variable);
                Writer.Line(DerivativeType(variable.TypeName, variable.Kind) + " " + Names.Adjoint(variable.Id) + " = " + initial + ";");
            }
        }

        private void SeedResult()
        {
            if (!Activity.IsActive(Model.ResultVariable)) return;
            // A tensor seed belongs to the caller: the reverse sweep works on a copy of its own (of the result's
            // shape: a mismatch throws, naming the method). Null is zero.
            Writer.Line(Names.Adjoint(Model.ResultVariable) + " = " + (Model.ResultKind == ValueKind.Tensor
                ? Seed + " is null ? null : global::Adcme.Adjoints.Seed(" + Seed + ", " + Names[Model.ResultVariable] + ", \"" + Model.Name + "_Pullback\")"
                : Seed) + ";");
        }

        /// <summary>Adds the parameters' adjoints into the caller's ref arguments.</summary>
        private void AccumulateParameters()
        {
            foreach (var parameter in Model.Parameters)
            {
                if (!parameter.Differentiable || !Activity.IsActive(parameter.Variable)) continue;
                var name = Namer.PublicDerivativeName(parameter.Name);
                var adjoint = Names.Adjoint(parameter.Variable);
                if (parameter.Kind.IsScalarFloating()) Writer.Line(name + " += " + adjoint + ";");
                else if (parameter.Kind == ValueKind.Tensor) Writer.Line(name + " = global::Adcme.Tensor.Accumulate(" + name + ", " + adjoint + ");");
                else Writer.Line(name + " ??= " + adjoint + ";");
            }
        }

        private void EmitReverse()
        {
            var type = Model.ResultKind.CSharpName();
            var parameters = Model.Parameters.Select(p => p.TypeName + " " + Names[p.Variable]).ToList();
            parameters.Add("global::Adcme.Tape " + _tape);
            parameters.Add(DerivativeType(type, Model.ResultKind) + " " + Seed);
            foreach (var parameter in Model.Parameters.Where(p => p.Differentiable))
            {
                parameters.Add("ref " + DerivativeType(parameter.TypeName, parameter.Kind) + " " + Namer.PublicDerivativeName(parameter.Name));
            }
            Writer.Line("/// <summary>Split reverse mode, second half: takes back what <see cref=\"" + RecordName + "\"/> recorded and adds");
            Writer.Line("/// <paramref name=\"" + Seed + "\"/> times the derivatives into the <c>ref</c> adjoints. Called by generated code.</summary>");
            MethodMarks();
            Writer.Open(Model.Accessibility + " static void " + ReverseName + "(" + string.Join(", ", parameters) + ")");
            // The reverse sweep reads only the values the analysis found (carried from the record or restored).
            DeclarePrimalVariables(v => _reads.Contains(v) || UsedByCheckpoints(v));
            DeclareAdjoints(arrays: true);
            foreach (var copy in _entryCopies.Reverse())
            {
                Writer.Line("double[] " + copy.Value + " = " + Pop(ValueKind.DoubleArray, "double[]", SiteText("end." + copy.Value)) + ";");
            }
            var carried = Carried();
            for (var i = carried.Count - 1; i >= 0; i--)
            {
                var (variable, shadow) = carried[i];
                var name = shadow ? Names.Adjoint(variable) : Names[variable];
                var kind = shadow ? ValueKind.DoubleArray : KindOf(variable);
                Writer.Line(name + " = " + Pop(kind, shadow ? "double[]" : Model.Variables[variable].TypeName, CarrySite(variable, shadow)) + ";");
            }
            SeedResult();
            StartReverseTokens();
            ResetSourceComments();
            Reverse(Model.Body);
            AccumulateParameters();
            Writer.Close();
        }

        private void MethodMarks()
        {
            Writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            Writer.Line(GeneratedCode.Attribute);
        }

        /// <summary>What the record hands to the reverse at its end, in push order: each value the reverse sweep reads
        /// (a parameter only when the method reassigns it: the caller passes it again), then each adjoint array of
        /// an active array variable (made in the forward sweep).</summary>
        private List<(int Variable, bool Shadow)> Carried()
        {
            var carried = new List<(int, bool)>();
            foreach (var variable in Model.Variables)
            {
                if (!_reads.Contains(variable.Id) || _recompute.IsRecomputed(variable.Id)) continue;
                if (variable.Role == VariableRole.Parameter && _stability.IsStable(variable.Id)) continue;
                carried.Add((variable.Id, false));
            }
            foreach (var variable in Model.Variables)
            {
                if (variable.Kind == ValueKind.DoubleArray && Activity.IsActive(variable.Id)) carried.Add((variable.Id, true));
            }
            return carried;
        }

        private string CarrySite(int variable, bool shadow) => SiteText("end." + (shadow ? "shadow." : "") + Names[variable].TrimStart('@'));

        /// <summary>Array arguments of a primitive whose contents may change before its pullback runs: the forward
        /// sweep saves a copy and the pullback is given the copy. (A differentiable callee copies what it needs itself.)</summary>
        private List<int> SnapshotArguments(Instruction instruction)
        {
            var positions = new List<int>();
            if (instruction.Op != OpCode.Primitive || !NeedsReverse(instruction)) return positions;
            for (var j = 0; j < instruction.Args.Count; j++)
            {
                var arg = instruction.Args[j];
                if (arg.IsVariable && arg.Kind == ValueKind.DoubleArray && Activity.Aliases.MayChange(arg.Variable)
                    && !_entryCopies.ContainsKey(arg.Variable)) positions.Add(j);
            }
            return positions;
        }

        /// <summary>Whether an instruction gets reverse code: when it is active, and always when it is ordered (an
        /// effect's adjoint runs once per forward execution, whatever flows into it). A call to a differentiable
        /// method is ordered: the callee may hold ordered operations, so it is recorded and reversed even when
        /// nothing about it is active (with a zero seed).</summary>
        private bool NeedsReverse(Instruction instruction)
            => (Activity.IsActive(instruction) || instruction.Effect == Effect.Ordered) && !IsTokenCheck(instruction);

        /// <summary>The reverse sweep's own token of each communicator whose operations it reverses: taken when the
        /// sweep starts, checked before each adjoint operation, the next one taken after it (and after anything else
        /// that may communicate on it: a callee's reverse, a user's rule), so that the adjoint carries explicit tokens
        /// like the forward.</summary>
        private Dictionary<int, string> FindReverseTokens()
        {
            var tokens = new Dictionary<int, string>();
            foreach (var (instruction, _) in IrWalker.Instructions(Model.Body))
            {
                if (IsCommunicatorOperation(instruction) && NeedsReverse(instruction) && !tokens.ContainsKey(instruction.Args[0].Variable))
                {
                    tokens[instruction.Args[0].Variable] = Names.Fresh(Names[instruction.Args[0].Variable].TrimStart('@') + "AdjointToken");
                }
            }
            return tokens;
        }

        private static bool IsCommunicatorOperation(Instruction instruction)
            => instruction.Op == OpCode.Primitive && instruction.Call!.Instance && instruction.Call.ContainingType == "global::Adcme.Communicator"
                && !IsTokenCheck(instruction);

        private void StartReverseTokens()
        {
            foreach (var pair in _reverseTokens) Writer.Line("global::Adcme.CommToken " + pair.Value + " = " + Names[pair.Key] + ".Token;");
        }

        /// <summary>Primitives of Adcme.Runtime: they never return their arguments, and their pullbacks never
        /// store the seed or an argument into an adjoint. A user's primitive promises the same in its docs
        /// (docs/custom-primitives.md), and generated code checks what it can: its result and its adjoints are
        /// copied when they are the same tensor as an argument or the seed.</summary>
        private static bool IsRuntimePrimitive(Instruction instruction)
            => instruction.Op == OpCode.Primitive && instruction.Call!.ContainingType is "global::Adcme.Tensor" or "global::Adcme.Stencils" or "global::Adcme.Sparse"
                or "global::Adcme.Communicator";

        /// <summary>Instructions whose result is a new tensor that nothing else refers to (a user's primitive's
        /// result is made so by <c>Adjoints.Own</c> in the forward sweep).</summary>
        private static bool MakesFreshTensor(Instruction instruction)
            => instruction.Op == OpCode.Fused || (instruction.Op == OpCode.Primitive && instruction.Call!.ResultKind == ValueKind.Tensor);

        /// <summary>Tensor variables whose values never escape: read only by kernels and primitives, which keep
        /// no reference to their arguments (never copied, passed to a differentiable method, or returned). A value such a variable got from a
        /// fresh-tensor instruction is referred to by that variable (and the tape) alone, so the reverse sweep
        /// gives its storage back to the pool once the instruction's reverse has run.</summary>
        private HashSet<int> FindPrivateTensors()
        {
            var candidates = new HashSet<int>(Model.Variables.Where(v => v.Kind == ValueKind.Tensor && v.Role != VariableRole.Parameter
                && v.Id != Model.ResultVariable).Select(v => v.Id));
            void Escapes(Operand operand)
            {
                if (operand.IsVariable) candidates.Remove(operand.Variable);
            }
            void Walk(EquatableArray<Statement> block)
            {
                foreach (var statement in block)
                {
                    switch (statement)
                    {
                        case Instruction instruction when instruction.Op == OpCode.Fused || instruction.Op == OpCode.Primitive:
                            break;
                        case Instruction instruction:
                            foreach (var arg in instruction.Args) Escapes(arg);
                            break;
                        case IfStatement branch:
                            Escapes(branch.Condition);
                            Walk(branch.Then);
                            Walk(branch.Else);
                            break;
                        case LoopStatement loop:
                            Escapes(loop.ConditionValue);
                            Walk(loop.Condition);
                            Walk(loop.Body);
                            break;
                    }
                }
            }
            Walk(Model.Body);
            return candidates;
        }

        /// <summary>The fused kernels the forward and reverse sweeps call (after the core methods).</summary>
        public void EmitKernels()
        {
            foreach (var (instruction, _) in IrWalker.Instructions(Model.Body))
            {
                if (instruction.Op != OpCode.Fused) continue;
                var kernel = instruction.Kernel!;
                var description = KernelEmitter.Describe(kernel, instruction.Args.Select(Text).ToList());
                Writer.Line();
                KernelEmitter.EmitForward(Writer, instruction.Name!, kernel, description);
                if (!Activity.IsActive(instruction)) continue;
                Writer.Line();
                var wanted = instruction.Args.Select((arg, k) => Activity.IsActive(arg) && kernel.Inputs[k].Differentiable).ToList();
                KernelEmitter.EmitPullback(Writer, instruction.Name!, kernel, wanted, description);
            }
        }

        /// <summary>A local of the reverse sweep for one instruction's use, declared where it is first needed under a
        /// name of its own (never shared with another instruction's helper).</summary>
        private string Local(string purpose, string type, string initial)
        {
            var name = Names.Fresh(purpose, numbered: true);
            Writer.Line(type + " " + name + " = " + initial + ";");
            return name;
        }

        /// <summary>Reverse work: adjoint code for instructions that need it, and restoring a recorded value at each
        /// assignment that overwrote it (inactive ones included, such as a loop index).</summary>
        private bool HasReverseWork(Statement statement) => statement switch
        {
            Instruction instruction => NeedsReverse(instruction) || RestoresValue(instruction) || RestoresShadow(instruction) || _recompute.RestoresElement(instruction),
            IfStatement branch => branch.Then.Any(HasReverseWork) || branch.Else.Any(HasReverseWork),
            LoopStatement loop => loop.Condition.Any(HasReverseWork) || loop.Body.Any(HasReverseWork),
            _ => false,
        };

        private bool RestoresValue(Instruction instruction)
            => instruction.Target >= 0 && _recorded.Contains(instruction.Target) && !_firstDefinitions.Contains(instruction);

        /// <summary>An int stepped by a literal or a stable int (<c>i = i + 1</c>, <c>k -= n</c>): its reverse steps it back
        /// (exact in two's complement) instead of taking the old value from the tape.</summary>
        private bool Inverts(Instruction instruction)
        {
            if (instruction.Op is not (OpCode.Add or OpCode.Subtract) || instruction.Target < 0 || KindOf(instruction.Target) != ValueKind.Int) return false;
            var (self, step) = (instruction.Args[0], instruction.Args[1]);
            if (!self.IsVariable || self.Variable != instruction.Target || step.Kind != ValueKind.Int) return false;
            return !step.IsVariable || (step.Variable != instruction.Target && _stability.IsStable(step.Variable));
        }

        /// <summary>Top-level assignments that come before any other assignment of their variable: the value
        /// they overwrite is the declaration's default, which nothing reads, so it need not be saved.</summary>
        private HashSet<Instruction> FindFirstDefinitions()
        {
            var first = new HashSet<Instruction>(IdentityComparer.Instance);
            var assigned = new HashSet<int>();
            foreach (var statement in Model.Body)
            {
                if (statement is Instruction instruction)
                {
                    // A parameter's first assignment overwrites the caller's argument, which may still be read.
                    if (instruction.Target >= 0 && assigned.Add(instruction.Target)
                        && Model.Variables[instruction.Target].Role != VariableRole.Parameter) first.Add(instruction);
                    continue;
                }
                foreach (var (nested, _) in IrWalker.Instructions(new EquatableArray<Statement>(new[] { statement })))
                {
                    if (nested.Target >= 0) assigned.Add(nested.Target);
                }
            }
            return first;
        }

        private bool RestoresShadow(Instruction instruction)
            => AssignsShadow(instruction) && _recordedShadows.Contains(instruction.Target) && !_firstDefinitions.Contains(instruction);

        private bool AssignsShadow(Instruction instruction) => Activity.IsActive(instruction)
            && (instruction.Op == OpCode.ArrayNew || (instruction.Op == OpCode.Copy && KindOf(instruction.Target) == ValueKind.DoubleArray));

        /// <summary>To-be-recorded analysis. The reverse sweep reads some primal values (operands of nonlinear
        /// rules, results, indices, call arguments) and some array adjoints (shadows). A stable one is read
        /// directly; every other one is saved on the tape just before each assignment that overwrites it and
        /// restored at that assignment's reverse, so that it holds, at every point of the reverse sweep, the
        /// value it held at the same point of the forward sweep. Except cheap temporaries that the reverse sweep
        /// evaluates again from such values (<see cref="Recomputation"/>), and ints stepped by a constant, which it
        /// steps back.</summary>
        private void FindRecordedValues()
        {
            foreach (var (instruction, _) in IrWalker.Instructions(Model.Body))
            {
                ReverseReads(instruction, v => _reads.Add(v), v => _shadowReads.Add(v));
            }
            if (Model.ResultKind == ValueKind.Tensor && Activity.IsActive(Model.ResultVariable)) _reads.Add(Model.ResultVariable);
            _recompute = new Recomputation(Model, _stability, Activity.Aliases, instruction =>
            {
                var values = new List<int>();
                ReverseReads(instruction, values.Add, _ => { });
                return values;
            }, _reads);
            _reads.UnionWith(_recompute.Reads);
            foreach (var variable in _reads) if (!_stability.IsStable(variable) && !_recompute.IsRecomputed(variable)) _recorded.Add(variable);
            foreach (var variable in _shadowReads) if (!_stability.IsStable(variable)) _recordedShadows.Add(variable);
            // A stepped int's reverse reads its step.
            foreach (var (instruction, _) in IrWalker.Instructions(Model.Body))
            {
                if (RestoresValue(instruction) && Inverts(instruction) && instruction.Args[1].IsVariable) _reads.Add(instruction.Args[1].Variable);
            }
        }

        /// <summary>The values and the adjoint arrays the reverse of one instruction reads.</summary>
        private void ReverseReads(Instruction instruction, System.Action<int> value, System.Action<int> shadow)
        {
            void Value(Operand operand)
            {
                if (operand.IsVariable) value(operand.Variable);
            }
            void Shadow(Operand operand)
            {
                if (operand.IsVariable) shadow(operand.Variable);
            }
            // The value a first definition made is released at its reverse: read there.
            if (instruction.Target >= 0 && _firstDefinitions.Contains(instruction) && MakesFreshTensor(instruction) && _private.Contains(instruction.Target))
            {
                value(instruction.Target);
            }
            if (!NeedsReverse(instruction)) return;
            var args = instruction.Args;
            switch (instruction.Op)
            {
                case OpCode.ArrayStore:
                    Shadow(args[0]);
                    Value(args[1]);
                    break;
                case OpCode.ArrayLoad:
                    if (Activity.IsActive(args[0]))
                    {
                        Shadow(args[0]);
                        Value(args[1]);
                    }
                    break;
                case OpCode.ArrayNew:
                case OpCode.Copy when KindOf(instruction.Target) == ValueKind.DoubleArray:
                    break;
                case OpCode.Primitive:
                    var snapshots = SnapshotArguments(instruction);
                    for (var j = 0; j < args.Count; j++)
                    {
                        if (!snapshots.Contains(j) && !(args[j].IsVariable && _entryCopies.ContainsKey(args[j].Variable))) Value(args[j]);
                        if (args[j].Kind == ValueKind.DoubleArray && instruction.Call!.Parameters[j].Differentiable && Activity.IsActive(args[j])) Shadow(args[j]);
                    }
                    if (!instruction.Call!.Void) Value(Operand.Of(Model.Variables[instruction.Target]));
                    break;
                case OpCode.Fused:
                    // The kernel's pullback recomputes its intermediate values from the inputs.
                    foreach (var arg in args) Value(arg);
                    break;
                case OpCode.Call:
                    for (var j = 0; j < args.Count; j++)
                    {
                        Value(args[j]);
                        if (args[j].Kind == ValueKind.DoubleArray && instruction.Call!.Parameters[j].Differentiable && Activity.IsActive(args[j])) Shadow(args[j]);
                    }
                    break;
                default:
                    var reads = ReadsOf(instruction);
                    foreach (var j in reads.UsedArguments) Value(args[j]);
                    if (reads.UsedResult) Value(Operand.Of(Model.Variables[instruction.Target]));
                    break;
            }
        }

        /// <summary>Which operands, and whether the result, an instruction's derivative rules read, as the rules declare it.</summary>
        private RuleReads ReadsOf(Instruction instruction)
            => DerivativeRules.Reads(instruction, j => Activity.IsActive(instruction.Args[j]) && ActivityAnalysis.HasPartial(instruction, j));

        /// <summary>The name of a tape site, as a C# string literal: the method, the statement, what it records.</summary>
        private string Site(object statement, string what)
        {
            if (!_sites.TryGetValue(statement, out var index))
            {
                index = _sites.Count + 1;
                _sites[statement] = index;
            }
            return SiteText(index.ToString(CultureInfo.InvariantCulture) + "." + what);
        }

        private string SiteText(string what) => "\"" + Model.ContainingTypes.Last().Name + "." + Model.UniqueName + "#" + what + "\"";
    }
}
